import * as macie from 'aws-cdk-lib/aws-macie';
import { CfnCondition, CfnParameter, CfnWaitConditionHandle, Fn } from 'aws-cdk-lib';
import { Construct } from 'constructs';

/** Stack parameter that skips enabling Macie when the account already runs it. */
export const MACIE_PARAMETER = 'MacieAlreadyEnabled';

export interface SensitiveDataProps {
  /** Name of the CPF custom data identifier (answers hash, not customer text). */
  readonly identifierName: string;
}

/**
 * Amazon Macie for personal-data discovery. Macie is enabled once per account and region,
 * so enabling it is a stack parameter (`MacieAlreadyEnabled`): an account that already
 * runs Macie keeps its own session. Brazilian CPF numbers are added as a custom data
 * identifier, because LGPD treats them as personal data.
 */
export class SensitiveData extends Construct {
  constructor(scope: Construct, id: string, props: SensitiveDataProps) {
    super(scope, id);
    const alreadyEnabled = new CfnParameter(this, 'already-enabled', {
      type: 'String',
      allowedValues: ['true', 'false'],
      default: 'false',
      description: 'true when Amazon Macie is already enabled in this account and region',
    });
    // A fixed name, so `lakewise deploy --macie-already-enabled` can set it.
    alreadyEnabled.overrideLogicalId(MACIE_PARAMETER);
    const enable = new CfnCondition(this, 'enable-macie', { expression: Fn.conditionEquals(alreadyEnabled.valueAsString, 'false') });
    const session = new macie.CfnSession(this, 'session', { status: 'ENABLED', findingPublishingFrequency: 'ONE_HOUR' });
    session.cfnOptions.condition = enable;
    const cpf = new macie.CfnCustomDataIdentifier(this, 'cpf', {
      name: props.identifierName,
      description: 'Brazilian CPF (taxpayer id), formatted 000.000.000-00 or 11 digits',
      regex: '\\b\\d{3}\\.?\\d{3}\\.?\\d{3}-?\\d{2}\\b',
      keywords: ['cpf', 'CPF'],
      maximumMatchDistance: 50,
    });
    // The identifier needs Macie on. A DependsOn on a resource whose condition is false is a
    // template error, so the wait handle references the session only when it exists.
    const sessionReady = new CfnWaitConditionHandle(this, 'session-ready');
    sessionReady.addMetadata('session', Fn.conditionIf(enable.logicalId, session.ref, ''));
    cpf.addResourceDependency(sessionReady);
  }
}
