import { Duration } from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import type * as kms from 'aws-cdk-lib/aws-kms';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import { Construct } from 'constructs';
import { lambdaCode, type RuntimeEntry } from './lambda-code';
import { encryptedLogGroup } from './log-groups';
import { acknowledge, nagAttribute } from './nag';

export interface LakeFunctionProps {
  /** The handler file under `src/infra/runtime/`. */
  readonly entry: RuntimeEntry;
  readonly description: string;
  /** Memory the estimate priced (MB). */
  readonly memoryMb: number;
  /** Graviton (arm64) when the estimate priced Arm. */
  readonly arm: boolean;
  readonly timeout: Duration;
  readonly environment: Record<string, string>;
  /** Encrypts the function's log group and environment variables. */
  readonly logKey: kms.IKey;
}

/**
 * A Lambda function with its own role (no AWS managed policy: the role may write only to
 * its own encrypted log group) and the latest Node.js runtime.
 */
export class LakeFunction extends Construct {
  readonly function: lambda.Function;
  readonly role: iam.Role;

  constructor(scope: Construct, id: string, props: LakeFunctionProps) {
    super(scope, id);
    const logGroup = encryptedLogGroup(this, 'log-group', props.logKey);
    this.role = new iam.Role(this, 'role', { assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com'), description: props.description });
    logGroup.grantWrite(this.role);
    acknowledge(this.role, {
      id: `AwsSolutions-IAM5[Resource::${nagAttribute(logGroup, 'Arn')}:*]`,
      reason: 'Log streams are created at run time with generated names; the statement is limited to this function\'s own log group.',
    });
    this.function = new lambda.Function(this, 'function', {
      description: props.description,
      runtime: lambda.Runtime.NODEJS_24_X,
      architecture: props.arm ? lambda.Architecture.ARM_64 : lambda.Architecture.X86_64,
      handler: 'index.handler',
      code: lambdaCode(props.entry),
      memorySize: props.memoryMb,
      timeout: props.timeout,
      role: this.role,
      logGroup,
      environment: props.environment,
      environmentEncryption: props.logKey,
    });
  }
}
