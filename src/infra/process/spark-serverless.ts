import * as emrserverless from 'aws-cdk-lib/aws-emrserverless';
import * as iam from 'aws-cdk-lib/aws-iam';
import { Construct } from 'constructs';
import type { DataLake } from '../store/data-lake';
import { acknowledgeBucketGrant, acknowledgeKeyGrant } from '../shared/nag';
import { acknowledgeAssetRead, type PipelineAssets } from './pipeline-assets';

export interface SparkServerlessProps {
  readonly lake: DataLake;
  readonly assets: PipelineAssets;
  /** Application name (answers hash, not customer text). */
  readonly name: string;
}

/** EMR release with Spark 3.5, the same Spark line as Glue 5.0. */
const EMR_RELEASE = 'emr-7.5.0';

/**
 * Amazon EMR Serverless Spark application for teams bringing Spark code: it starts on a
 * job run, stops after 15 idle minutes and runs the same medallion script as Glue.
 */
export class SparkServerless extends Construct {
  readonly application: emrserverless.CfnApplication;
  readonly jobRole: iam.Role;

  constructor(scope: Construct, id: string, private readonly props: SparkServerlessProps) {
    super(scope, id);
    this.application = new emrserverless.CfnApplication(this, 'application', {
      name: props.name,
      releaseLabel: EMR_RELEASE,
      type: 'SPARK',
      autoStartConfiguration: { enabled: true },
      autoStopConfiguration: { enabled: true, idleTimeoutMinutes: 15 },
      maximumCapacity: { cpu: '32 vCPU', memory: '128 GB', disk: '400 GB' },
    });
    this.jobRole = new iam.Role(this, 'job-role', {
      assumedBy: new iam.ServicePrincipal('emr-serverless.amazonaws.com'),
      description: 'Lakewise EMR Serverless job runs: bronze to silver to gold',
    });
    const { zones } = props.lake;
    zones.bronze.grantRead(this.jobRole);
    zones.silver.grantReadWrite(this.jobRole);
    zones.gold.grantReadWrite(this.jobRole);
    props.assets.script.grantRead(this.jobRole);
    props.assets.spec.grantRead(this.jobRole);
    acknowledgeBucketGrant(this.jobRole, zones.bronze, 'read', 'reads raw files from');
    acknowledgeBucketGrant(this.jobRole, zones.silver, 'read-write', 'rewrites typed tables and the quarantine in');
    acknowledgeBucketGrant(this.jobRole, zones.gold, 'read-write', 'rewrites aggregate tables in');
    acknowledgeKeyGrant(this.jobRole, 'encrypt-decrypt');
    acknowledgeAssetRead(this.jobRole);
  }

  /** The StartJobRun job driver of one stage, for the orchestrator. */
  jobDriver(stage: 'silver' | 'gold'): Record<string, unknown> {
    const { zones } = this.props.lake;
    return {
      SparkSubmit: {
        EntryPoint: this.props.assets.script.s3ObjectUrl,
        EntryPointArguments: [
          '--stage', stage,
          '--spec', this.props.assets.spec.s3ObjectUrl,
          '--bronze', `s3://${zones.bronze.bucketName}`,
          '--silver', `s3://${zones.silver.bucketName}`,
          '--gold', `s3://${zones.gold.bucketName}`,
        ],
      },
    };
  }
}
