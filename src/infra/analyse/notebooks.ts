import * as iam from 'aws-cdk-lib/aws-iam';
import type * as kms from 'aws-cdk-lib/aws-kms';
import * as sagemaker from 'aws-cdk-lib/aws-sagemaker';
import { Construct } from 'constructs';
import type { DataLake } from '../store/data-lake';
import type { PrivateNetwork } from '../shared/network';
import { acknowledgeBucketGrant } from '../shared/nag';

export interface NotebooksProps {
  readonly network: PrivateNetwork;
  readonly lake: DataLake;
  readonly key: kms.IKey;
  /** Notebook instance type, as the estimate priced. */
  readonly instanceType: string;
}

/**
 * Amazon SageMaker notebook instance for data scientists: in a private subnet with no
 * direct internet access and no root, storage encrypted with the data key, reading the
 * curated (gold) and typed (silver) zones through the S3 gateway endpoint.
 */
export class Notebooks extends Construct {
  readonly notebook: sagemaker.CfnNotebookInstance;
  readonly role: iam.Role;

  constructor(scope: Construct, id: string, props: NotebooksProps) {
    super(scope, id);
    this.role = new iam.Role(this, 'role', { assumedBy: new iam.ServicePrincipal('sagemaker.amazonaws.com'), description: 'Lakewise SageMaker notebook: reads silver and gold' });
    props.lake.zones.silver.grantRead(this.role);
    props.lake.zones.gold.grantRead(this.role);
    acknowledgeBucketGrant(this.role, props.lake.zones.silver, 'read', 'reads training data from');
    acknowledgeBucketGrant(this.role, props.lake.zones.gold, 'read', 'reads features from');
    // Outbound is open inside the VPC because the subnets have no route to the internet:
    // the only ways out are the S3 gateway endpoint and other private addresses.
    const securityGroup = props.network.securityGroup(this, 'notebook-sg', 'Lakewise SageMaker notebook', { allowAllOutbound: true });
    this.notebook = new sagemaker.CfnNotebookInstance(this, 'notebook', {
      instanceType: props.instanceType,
      roleArn: this.role.roleArn,
      kmsKeyId: props.key.keyArn,
      directInternetAccess: 'Disabled',
      rootAccess: 'Disabled',
      subnetId: props.network.vpc.isolatedSubnets[0]!.subnetId,
      securityGroupIds: [securityGroup.securityGroupId],
      volumeSizeInGb: 20,
    });
  }
}
