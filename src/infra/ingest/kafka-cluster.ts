import { Aws, Fn, Stack } from 'aws-cdk-lib';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as msk from 'aws-cdk-lib/aws-msk';
import { Construct } from 'constructs';
import type { PrivateNetwork } from '../shared/network';
import { acknowledge } from '../shared/nag';

export interface KafkaClusterProps {
  readonly network: PrivateNetwork;
  /** Cluster name (from the stack's answers hash, never customer text). */
  readonly clusterName: string;
  /** Topics and consumer groups clients may use start with this (e.g. `lakewise.`). */
  readonly namePrefix: string;
}

/** Kafka clients reach MSK Serverless with IAM authentication on this port. */
const KAFKA_IAM_PORT = 9098;

/**
 * Amazon MSK Serverless with IAM authentication (TLS only, no passwords), in the private
 * subnets, plus a client role allowed to use only this cluster and its prefixed topics.
 */
export class KafkaCluster extends Construct {
  readonly cluster: msk.CfnServerlessCluster;
  readonly clientRole: iam.Role;
  readonly clientSecurityGroup: ec2.SecurityGroup;

  constructor(scope: Construct, id: string, private readonly props: KafkaClusterProps) {
    super(scope, id);
    const clusterSecurityGroup = props.network.securityGroup(this, 'cluster-sg', 'Lakewise MSK Serverless brokers');
    this.clientSecurityGroup = props.network.securityGroup(this, 'client-sg', 'Lakewise Kafka clients');
    clusterSecurityGroup.addIngressRule(this.clientSecurityGroup, ec2.Port.tcp(KAFKA_IAM_PORT), 'Kafka clients, IAM auth over TLS');
    this.clientSecurityGroup.addEgressRule(clusterSecurityGroup, ec2.Port.tcp(KAFKA_IAM_PORT), 'Kafka brokers, IAM auth over TLS');

    this.cluster = new msk.CfnServerlessCluster(this, 'cluster', {
      clusterName: props.clusterName,
      clientAuthentication: { sasl: { iam: { enabled: true } } },
      vpcConfigs: [{ subnetIds: props.network.vpc.isolatedSubnets.map((subnet) => subnet.subnetId), securityGroups: [clusterSecurityGroup.securityGroupId] }],
    });

    this.clientRole = new iam.Role(this, 'client-role', {
      assumedBy: new iam.AccountRootPrincipal(),
      description: 'Lakewise Kafka producers and consumers (assume it from your applications)',
    });
    this.grantClient(this.clientRole);
  }

  /** Lets a role connect to this cluster and use topics and consumer groups under the name prefix. */
  grantClient(role: iam.Role): void {
    const props = this.props;
    // Topic and group ARNs are cluster-name/cluster-uuid/name; the uuid is the last segment of the cluster ARN.
    const clusterUuid = Fn.select(2, Fn.split('/', this.cluster.attrArn));
    const scoped = (kind: 'topic' | 'group') => `arn:${Aws.PARTITION}:kafka:${Aws.REGION}:${Aws.ACCOUNT_ID}:${kind}/${props.clusterName}/${clusterUuid}/${props.namePrefix}*`;
    role.addToPolicy(new iam.PolicyStatement({ actions: ['kafka-cluster:Connect', 'kafka-cluster:DescribeCluster'], resources: [this.cluster.attrArn] }));
    role.addToPolicy(
      new iam.PolicyStatement({ actions: ['kafka-cluster:CreateTopic', 'kafka-cluster:DescribeTopic', 'kafka-cluster:WriteData', 'kafka-cluster:ReadData'], resources: [scoped('topic')] }),
    );
    role.addToPolicy(new iam.PolicyStatement({ actions: ['kafka-cluster:AlterGroup', 'kafka-cluster:DescribeGroup'], resources: [scoped('group')] }));
    // cdk-nag prints the uuid expression as the template JSON it resolves to.
    const uuidInFinding = JSON.stringify({ 'Fn::Select': [2, { 'Fn::Split': ['/', { 'Fn::GetAtt': [Stack.of(this).getLogicalId(this.cluster), 'Arn'] }] }] });
    for (const kind of ['topic', 'group'] as const) {
      acknowledge(role, {
        id: `AwsSolutions-IAM5[Resource::arn:<AWS::Partition>:kafka:<AWS::Region>:<AWS::AccountId>:${kind}/${props.clusterName}/${uuidInFinding}/${props.namePrefix}*]`,
        reason: `Kafka ${kind}s are created by applications at run time; access is limited to this cluster and to ${kind} names starting with "${props.namePrefix}".`,
      });
    }
  }
}
