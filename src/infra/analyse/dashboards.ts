import { Aws } from 'aws-cdk-lib';
import * as quicksight from 'aws-cdk-lib/aws-quicksight';
import { Construct } from 'constructs';

export interface DashboardsProps {
  /** Athena workgroup the data source queries through (its scan cutoff applies to dashboards too). */
  readonly workgroupName: string;
  /** QuickSight user or group ARN that may use the data source; without one it is created unshared. */
  readonly principalArn?: string;
  /** Data source id (answers hash, not customer text). */
  readonly dataSourceId: string;
}

/** Amazon QuickSight Athena data source over the Lakewise workgroup, TLS required. */
export class Dashboards extends Construct {
  readonly dataSource: quicksight.CfnDataSource;

  constructor(scope: Construct, id: string, props: DashboardsProps) {
    super(scope, id);
    this.dataSource = new quicksight.CfnDataSource(this, 'data-source', {
      awsAccountId: Aws.ACCOUNT_ID,
      dataSourceId: props.dataSourceId,
      name: 'Lakewise gold zone (Athena)',
      type: 'ATHENA',
      dataSourceParameters: { athenaParameters: { workGroup: props.workgroupName } },
      sslProperties: { disableSsl: false },
      permissions: props.principalArn
        ? [{ principal: props.principalArn, actions: ['quicksight:DescribeDataSource', 'quicksight:DescribeDataSourcePermissions', 'quicksight:PassDataSource', 'quicksight:UpdateDataSource', 'quicksight:DeleteDataSource', 'quicksight:UpdateDataSourcePermissions'] }]
        : undefined,
    });
  }
}
