import * as ec2 from 'aws-cdk-lib/aws-ec2';
import * as iam from 'aws-cdk-lib/aws-iam';
import type * as kms from 'aws-cdk-lib/aws-kms';
import * as redshift from 'aws-cdk-lib/aws-redshiftserverless';
import { Construct } from 'constructs';
import type { DataCatalog } from '../govern/data-catalog';
import type { DataLake } from '../store/data-lake';
import type { PrivateNetwork } from '../shared/network';
import { acknowledge, acknowledgeBucketGrant } from '../shared/nag';

export interface WarehouseProps {
  readonly network: PrivateNetwork;
  readonly lake: DataLake;
  readonly catalog: DataCatalog;
  readonly key: kms.IKey;
  /** Base capacity in RPUs, as the estimate priced. */
  readonly baseRpus: number;
  /** Namespace and workgroup name (answers hash, not customer text). */
  readonly name: string;
  /** Query the lake through Redshift Spectrum (read gold and the catalog). */
  readonly spectrum: boolean;
}

/** Redshift listens on a non-default port, so scans for 5439 find nothing. */
const REDSHIFT_PORT = 5440;

/**
 * Amazon Redshift Serverless in private subnets: encrypted with the data key, admin
 * password generated and kept by Secrets Manager (never in the template), audit logs on,
 * and a role that can COPY from gold and, with Spectrum, query the lake in place.
 */
export class Warehouse extends Construct {
  readonly namespace: redshift.CfnNamespace;
  readonly workgroup: redshift.CfnWorkgroup;
  readonly role: iam.Role;
  readonly securityGroup: ec2.SecurityGroup;
  /** Attach to a SQL client (in this VPC) to reach the workgroup. */
  readonly clientSecurityGroup: ec2.SecurityGroup;

  constructor(scope: Construct, id: string, props: WarehouseProps) {
    super(scope, id);
    this.role = new iam.Role(this, 'role', {
      assumedBy: new iam.ServicePrincipal('redshift.amazonaws.com'),
      description: 'Lakewise Redshift: COPY from gold and Spectrum queries over the lake',
    });
    props.lake.zones.gold.grantRead(this.role);
    acknowledgeBucketGrant(this.role, props.lake.zones.gold, 'read', 'loads and queries curated tables from');
    if (props.spectrum) {
      const arns = props.catalog.arns('gold');
      this.role.addToPolicy(new iam.PolicyStatement({ actions: ['glue:GetDatabase', 'glue:GetDatabases', 'glue:GetTable', 'glue:GetTables', 'glue:GetPartition', 'glue:GetPartitions', 'glue:BatchGetPartition'], resources: [arns.catalog, arns.database, arns.tables] }));
      acknowledge(this.role, {
        id: `AwsSolutions-IAM5[Resource::arn:<AWS::Partition>:glue:<AWS::Region>:<AWS::AccountId>:table/${props.catalog.goldName}/*]`,
        reason: 'Spectrum reads whatever gold tables the crawler has created; read-only and limited to the gold database.',
      });
    }
    this.namespace = new redshift.CfnNamespace(this, 'namespace', {
      namespaceName: props.name,
      dbName: 'lakewise',
      adminUsername: 'lakewise_admin',
      manageAdminPassword: true,
      adminPasswordSecretKmsKeyId: props.key.keyArn,
      kmsKeyId: props.key.keyArn,
      iamRoles: [this.role.roleArn],
      defaultIamRoleArn: this.role.roleArn,
      logExports: ['userlog', 'connectionlog', 'useractivitylog'],
    });
    this.securityGroup = props.network.securityGroup(this, 'warehouse-sg', 'Lakewise Redshift Serverless workgroup');
    this.clientSecurityGroup = props.network.securityGroup(this, 'client-sg', 'Lakewise Redshift SQL clients (attach to whatever connects)');
    this.securityGroup.addIngressRule(this.clientSecurityGroup, ec2.Port.tcp(REDSHIFT_PORT), 'SQL clients');
    this.clientSecurityGroup.addEgressRule(this.securityGroup, ec2.Port.tcp(REDSHIFT_PORT), 'Redshift workgroup');
    this.workgroup = new redshift.CfnWorkgroup(this, 'workgroup', {
      workgroupName: props.name,
      namespaceName: props.name,
      baseCapacity: props.baseRpus,
      publiclyAccessible: false,
      enhancedVpcRouting: true,
      port: REDSHIFT_PORT,
      subnetIds: props.network.vpc.isolatedSubnets.map((subnet) => subnet.subnetId),
      securityGroupIds: [this.securityGroup.securityGroupId],
      configParameters: [
        { parameterKey: 'require_ssl', parameterValue: 'true' },
        { parameterKey: 'enable_user_activity_logging', parameterValue: 'true' },
      ],
    });
    this.workgroup.addResourceDependency(this.namespace);
  }
}
