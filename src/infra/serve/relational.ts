import { CfnDeletionPolicy } from 'aws-cdk-lib';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import type * as kms from 'aws-cdk-lib/aws-kms';
import * as rds from 'aws-cdk-lib/aws-rds';
import { Construct } from 'constructs';
import type { PrivateNetwork } from '../shared/network';
import { acknowledge } from '../shared/nag';

/** PostgreSQL on a non-default port, so scans for 5432 find nothing. */
const POSTGRES_PORT = 5433;
const BACKUP_RETENTION_DAYS = 7;
const DELETION_PROTECTION_REASON =
  'Deletion protection is off so `lakewise destroy` can remove the demo stack; automated backups and the final snapshot CloudFormation takes on delete or replacement (DeletionPolicy and UpdateReplacePolicy Snapshot) keep the data recoverable.';

interface RelationalBase {
  readonly network: PrivateNetwork;
  /** Encrypts storage, snapshots and the managed master password. */
  readonly key: kms.IKey;
}

function databaseNetwork(scope: Construct, props: RelationalBase, description: string): { subnetGroup: rds.CfnDBSubnetGroup; securityGroup: ec2.SecurityGroup; clientSecurityGroup: ec2.SecurityGroup } {
  const securityGroup = props.network.securityGroup(scope, 'db-sg', description);
  const clientSecurityGroup = props.network.securityGroup(scope, 'client-sg', `${description} clients (attach to whatever connects)`);
  securityGroup.addIngressRule(clientSecurityGroup, ec2.Port.tcp(POSTGRES_PORT), 'PostgreSQL clients');
  clientSecurityGroup.addEgressRule(securityGroup, ec2.Port.tcp(POSTGRES_PORT), 'PostgreSQL database');
  const subnetGroup = new rds.CfnDBSubnetGroup(scope, 'subnets', {
    dbSubnetGroupDescription: description,
    subnetIds: props.network.vpc.isolatedSubnets.map((subnet) => subnet.subnetId),
  });
  return { subnetGroup, securityGroup, clientSecurityGroup };
}

export interface OperationalDatabaseProps extends RelationalBase {
  /** Instance class, Multi-AZ and storage, as the estimate priced. */
  readonly instanceClass: string;
  readonly multiAz: boolean;
  readonly storageGb: number;
}

/**
 * Amazon RDS for PostgreSQL serving application reads: private, encrypted with the data key,
 * IAM database authentication, master password generated and rotated by RDS in Secrets Manager.
 */
export class OperationalDatabase extends Construct {
  readonly instance: rds.CfnDBInstance;
  /** Attach to an application (in this VPC) to reach the database. */
  readonly clientSecurityGroup: ec2.SecurityGroup;

  constructor(scope: Construct, id: string, props: OperationalDatabaseProps) {
    super(scope, id);
    const { subnetGroup, securityGroup, clientSecurityGroup } = databaseNetwork(this, props, 'Lakewise RDS for PostgreSQL');
    this.clientSecurityGroup = clientSecurityGroup;
    this.instance = new rds.CfnDBInstance(this, 'instance', {
      engine: 'postgres',
      dbInstanceClass: props.instanceClass,
      allocatedStorage: String(props.storageGb),
      storageType: 'gp3',
      storageEncrypted: true,
      kmsKeyId: props.key.keyArn,
      multiAz: props.multiAz,
      port: String(POSTGRES_PORT),
      dbSubnetGroupName: subnetGroup.ref,
      vpcSecurityGroups: [securityGroup.securityGroupId],
      publiclyAccessible: false,
      masterUsername: 'lakewise_admin',
      manageMasterUserPassword: true,
      masterUserSecret: { kmsKeyId: props.key.keyArn },
      enableIamDatabaseAuthentication: true,
      backupRetentionPeriod: BACKUP_RETENTION_DAYS,
      deletionProtection: false,
      autoMinorVersionUpgrade: true,
      enableCloudwatchLogsExports: ['postgresql'],
      copyTagsToSnapshot: true,
    });
    this.instance.cfnOptions.deletionPolicy = CfnDeletionPolicy.SNAPSHOT;
    this.instance.cfnOptions.updateReplacePolicy = CfnDeletionPolicy.SNAPSHOT;
    acknowledge(this.instance, { id: 'AwsSolutions-RDS10', reason: DELETION_PROTECTION_REASON });
    if (!props.multiAz) {
      acknowledge(this.instance, { id: 'AwsSolutions-RDS3', reason: 'The estimate priced a Single-AZ instance (rds_deployment=single-az); set rds_deployment=multi-az to deploy and price a standby.' });
    }
  }
}

export interface AuroraClusterProps extends RelationalBase {
  readonly instanceClass: string;
  /** Writer plus readers. */
  readonly instances: number;
}

/** Amazon Aurora PostgreSQL with the same protections as the RDS instance, writer plus readers. */
export class AuroraCluster extends Construct {
  readonly cluster: rds.CfnDBCluster;
  /** Attach to an application (in this VPC) to reach the cluster. */
  readonly clientSecurityGroup: ec2.SecurityGroup;

  constructor(scope: Construct, id: string, props: AuroraClusterProps) {
    super(scope, id);
    const { subnetGroup, securityGroup, clientSecurityGroup } = databaseNetwork(this, props, 'Lakewise Aurora PostgreSQL');
    this.clientSecurityGroup = clientSecurityGroup;
    this.cluster = new rds.CfnDBCluster(this, 'cluster', {
      engine: 'aurora-postgresql',
      storageEncrypted: true,
      kmsKeyId: props.key.keyArn,
      port: POSTGRES_PORT,
      dbSubnetGroupName: subnetGroup.ref,
      vpcSecurityGroupIds: [securityGroup.securityGroupId],
      masterUsername: 'lakewise_admin',
      manageMasterUserPassword: true,
      masterUserSecret: { kmsKeyId: props.key.keyArn },
      enableIamDatabaseAuthentication: true,
      backupRetentionPeriod: BACKUP_RETENTION_DAYS,
      deletionProtection: false,
      enableCloudwatchLogsExports: ['postgresql'],
      copyTagsToSnapshot: true,
    });
    this.cluster.cfnOptions.deletionPolicy = CfnDeletionPolicy.SNAPSHOT;
    this.cluster.cfnOptions.updateReplacePolicy = CfnDeletionPolicy.SNAPSHOT;
    acknowledge(this.cluster, { id: 'AwsSolutions-RDS10', reason: DELETION_PROTECTION_REASON });
    for (let index = 0; index < props.instances; index += 1) {
      const instance = new rds.CfnDBInstance(this, `instance-${index + 1}`, {
        engine: 'aurora-postgresql',
        dbClusterIdentifier: this.cluster.ref,
        dbInstanceClass: props.instanceClass,
        publiclyAccessible: false,
        autoMinorVersionUpgrade: true,
      });
      instance.addResourceDependency(this.cluster);
    }
  }
}
