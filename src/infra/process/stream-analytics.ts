import * as iam from 'aws-cdk-lib/aws-iam';
import type * as kinesis from 'aws-cdk-lib/aws-kinesis';
import * as kda from 'aws-cdk-lib/aws-kinesisanalyticsv2';
import { Aws } from 'aws-cdk-lib';
import { Construct } from 'constructs';
import type { KafkaCluster } from '../ingest/kafka-cluster';
import type { PrivateNetwork } from '../shared/network';
import type { DataCatalog } from '../govern/data-catalog';
import { acknowledge } from '../shared/nag';

export interface StreamAnalyticsProps {
  /** The Kinesis stream the notebook reads with Flink SQL… */
  readonly stream?: kinesis.IStream;
  /** …or the Kafka cluster (the notebook then runs in the VPC as a Kafka client). */
  readonly kafka?: KafkaCluster;
  readonly network?: PrivateNetwork;
  readonly catalog: DataCatalog;
}

/**
 * Amazon Managed Service for Apache Flink as a Studio notebook: analysts write Flink SQL
 * over the live events, from Kinesis or from Kafka (windows, joins, alerts), without
 * building a Flink JAR. Tables they define are kept in the silver catalog database.
 */
export class StreamAnalytics extends Construct {
  readonly application: kda.CfnApplication;
  readonly role: iam.Role;

  constructor(scope: Construct, id: string, props: StreamAnalyticsProps) {
    super(scope, id);
    this.role = new iam.Role(this, 'role', {
      assumedBy: new iam.ServicePrincipal('kinesisanalytics.amazonaws.com'),
      description: 'Lakewise Flink Studio notebook: reads the event stream',
    });
    props.stream?.grantRead(this.role);
    if (props.kafka) props.kafka.grantClient(this.role);
    const vpc = props.kafka && props.network ? this.grantVpcAccess(props.network, props.kafka) : undefined;
    const arns = props.catalog.arns('silver');
    this.role.addToPolicy(
      new iam.PolicyStatement({
        actions: ['glue:GetDatabase', 'glue:GetDatabases', 'glue:GetTable', 'glue:GetTables', 'glue:CreateTable', 'glue:UpdateTable', 'glue:DeleteTable', 'glue:GetPartitions', 'glue:GetUserDefinedFunction', 'glue:GetUserDefinedFunctions'],
        resources: [arns.catalog, arns.database, arns.tables],
      }),
    );
    acknowledge(this.role, {
      id: `AwsSolutions-IAM5[Resource::arn:<AWS::Partition>:glue:<AWS::Region>:<AWS::AccountId>:table/${props.catalog.silverName}/*]`,
      reason: 'Notebook users define stream tables by name at run time; the role may manage tables only in the silver database.',
    });
    this.application = new kda.CfnApplication(this, 'notebook', {
      runtimeEnvironment: 'ZEPPELIN-FLINK-3_0',
      applicationMode: 'INTERACTIVE',
      serviceExecutionRole: this.role.roleArn,
      applicationConfiguration: {
        vpcConfigurations: vpc ? [vpc] : undefined,
        zeppelinApplicationConfiguration: {
          catalogConfiguration: { glueDataCatalogConfiguration: { databaseArn: arns.database } },
        },
      },
    });
  }

  /**
   * A notebook in a VPC reaches Kafka through network interfaces Managed Flink creates in
   * the private subnets with the Kafka client security group.
   */
  private grantVpcAccess(network: PrivateNetwork, kafka: KafkaCluster): { subnetIds: string[]; securityGroupIds: string[] } {
    const subnets = network.vpc.isolatedSubnets;
    const ec2Arn = (resource: string) => `arn:${Aws.PARTITION}:ec2:${Aws.REGION}:${Aws.ACCOUNT_ID}:${resource}`;
    // EC2 Describe* calls have no resource-level permissions; "*" is the only valid resource.
    // The condition keeps them to this stack's region.
    this.role.addToPolicy(
      new iam.PolicyStatement({
        actions: ['ec2:DescribeVpcs', 'ec2:DescribeSubnets', 'ec2:DescribeSecurityGroups', 'ec2:DescribeDhcpOptions', 'ec2:DescribeNetworkInterfaces'],
        resources: ['*'],
        conditions: { StringEquals: { 'aws:RequestedRegion': Aws.REGION } },
      }),
    );
    this.role.addToPolicy(
      new iam.PolicyStatement({
        actions: ['ec2:CreateNetworkInterface'],
        resources: [...subnets.map((subnet) => ec2Arn(`subnet/${subnet.subnetId}`)), ec2Arn(`security-group/${kafka.clientSecurityGroup.securityGroupId}`), ec2Arn('network-interface/*')],
      }),
    );
    this.role.addToPolicy(
      new iam.PolicyStatement({
        actions: ['ec2:CreateNetworkInterfacePermission', 'ec2:DeleteNetworkInterface'],
        resources: [ec2Arn('network-interface/*')],
        conditions: { StringEquals: { 'ec2:Vpc': ec2Arn(`vpc/${network.vpc.vpcId}`) } },
      }),
    );
    acknowledge(
      this.role,
      { id: 'AwsSolutions-IAM5[Resource::*]', reason: 'EC2 Describe* calls Managed Flink makes before attaching to the VPC have no resource-level permissions; the statement is limited to this region by condition.' },
      {
        id: 'AwsSolutions-IAM5[Resource::arn:<AWS::Partition>:ec2:<AWS::Region>:<AWS::AccountId>:network-interface/*]',
        reason: 'Managed Flink creates and later deletes its own network interfaces, whose ids exist only at run time; creation is tied to the private subnets and the Kafka client security group, deletion to this VPC by condition.',
      },
    );
    return { subnetIds: subnets.map((subnet) => subnet.subnetId), securityGroupIds: [kafka.clientSecurityGroup.securityGroupId] };
  }
}
