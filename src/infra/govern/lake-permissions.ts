import * as iam from 'aws-cdk-lib/aws-iam';
import * as lakeformation from 'aws-cdk-lib/aws-lakeformation';
import { DefaultStackSynthesizer, Stack, Fn } from 'aws-cdk-lib';
import { Construct } from 'constructs';
import type { DataLake, LakeZone } from '../store/data-lake';
import type { DataCatalog } from './data-catalog';
import { acknowledgeBucketGrant, acknowledgeKeyGrant } from '../shared/nag';

export interface LakePermissionsProps {
  readonly lake: DataLake;
  readonly catalog: DataCatalog;
  /** Principals that transform data (Glue or EMR job roles): write silver and gold tables. */
  readonly writers: readonly iam.IRole[];
  /** Principals that only read curated data (analysts, Redshift, notebooks): gold tables. */
  readonly readers: readonly iam.IRole[];
}

/**
 * AWS Lake Formation: the zones registered as data locations (accessed through a dedicated
 * role), the CloudFormation execution role appended as a data-lake administrator so the stack
 * can grant, and table permissions per zone: writers manage silver and gold, readers get
 * SELECT and DESCRIBE on gold only.
 */
export class LakePermissions extends Construct {
  constructor(scope: Construct, id: string, props: LakePermissionsProps) {
    super(scope, id);
    const synthesizer = Stack.of(this).synthesizer;
    const deployRoleArn =
      synthesizer instanceof DefaultStackSynthesizer
        ? Fn.sub(synthesizer.cloudFormationExecutionRoleArn)
        : Fn.sub('arn:${AWS::Partition}:iam::${AWS::AccountId}:role/cdk-hnb659fds-cfn-exec-role-${AWS::AccountId}-${AWS::Region}');
    // APPEND adds the deploy role to the existing administrators instead of replacing them,
    // so deploying never locks the customer's own data-lake administrators out.
    const settings = new lakeformation.CfnDataLakeSettings(this, 'settings', {
      admins: [{ dataLakePrincipalIdentifier: deployRoleArn }],
      mutationType: 'APPEND',
    });

    const locationRole = new iam.Role(this, 'location-role', {
      assumedBy: new iam.ServicePrincipal('lakeformation.amazonaws.com'),
      description: 'Lakewise: Lake Formation reads and writes the registered zones for its principals',
    });
    const zones: LakeZone[] = ['bronze', 'silver', 'gold'];
    const locations = zones.map((zone) => {
      const bucket = props.lake.zones[zone];
      bucket.grantReadWrite(locationRole);
      acknowledgeBucketGrant(locationRole, bucket, 'read-write', `vends to Lake Formation principals for the ${zone} zone of`);
      const location = new lakeformation.CfnResource(this, `${zone}-location`, { resourceArn: bucket.bucketArn, useServiceLinkedRole: false, roleArn: locationRole.roleArn });
      location.addResourceDependency(settings);
      return location;
    });
    acknowledgeKeyGrant(locationRole, 'encrypt-decrypt');

    const grant = (grantId: string, role: iam.IRole, database: 'silver' | 'gold', permissions: string[]) => {
      const databaseName = database === 'silver' ? props.catalog.silverName : props.catalog.goldName;
      const tables = new lakeformation.CfnPrincipalPermissions(this, `${grantId}-${database}-tables`, {
        principal: { dataLakePrincipalIdentifier: role.roleArn },
        resource: { table: { catalogId: Stack.of(this).account, databaseName, tableWildcard: {} } },
        permissions,
        permissionsWithGrantOption: [],
      });
      tables.addResourceDependency(settings);
      tables.addResourceDependency(database === 'silver' ? props.catalog.silver : props.catalog.gold);
      for (const location of locations) tables.addResourceDependency(location);
    };
    props.writers.forEach((role, index) => {
      for (const database of ['silver', 'gold'] as const) grant(`writer-${index + 1}`, role, database, ['SELECT', 'INSERT', 'DELETE', 'DESCRIBE', 'ALTER']);
    });
    props.readers.forEach((role, index) => grant(`reader-${index + 1}`, role, 'gold', ['SELECT', 'DESCRIBE']));
  }
}
