import { Aws } from 'aws-cdk-lib';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import * as iam from 'aws-cdk-lib/aws-iam';
import type * as kms from 'aws-cdk-lib/aws-kms';
import * as logs from 'aws-cdk-lib/aws-logs';
import * as opensearch from 'aws-cdk-lib/aws-opensearchservice';
import { Construct } from 'constructs';
import { encryptedLogGroup } from '../shared/log-groups';
import type { PrivateNetwork } from '../shared/network';
import { acknowledge } from '../shared/nag';

export interface SearchDomainProps {
  readonly network: PrivateNetwork;
  readonly dataKey: kms.IKey;
  readonly logKey: kms.IKey;
  /** Data node instance type and count, as the estimate priced. */
  readonly instanceType: string;
  readonly instanceCount: number;
  /** Domain name (answers hash, not customer text; at most 28 characters). */
  readonly domainName: string;
}

const ENGINE_VERSION = 'OpenSearch_2.19';
const TLS_POLICY = 'Policy-Min-TLS-1-2-PFS-2023-10';
const VOLUME_GB = 20;

/**
 * Amazon OpenSearch Service in private subnets: encryption at rest with the data key,
 * node-to-node TLS, HTTPS only (TLS 1.2+ with forward secrecy), fine-grained access control
 * with an IAM admin role, a resource policy that admits only signed requests from this
 * account, and slow and error logs in encrypted log groups.
 *
 * Written at the CloudFormation level on purpose: the higher-level construct adds
 * custom-resource Lambdas (for the access and log policies) that this stack does not need.
 */
export class SearchDomain extends Construct {
  readonly domain: opensearch.CfnDomain;
  readonly adminRole: iam.Role;
  /** Attach to an application (in this VPC) to reach the domain. */
  readonly clientSecurityGroup: ec2.SecurityGroup;

  constructor(scope: Construct, id: string, props: SearchDomainProps) {
    super(scope, id);
    const securityGroup = props.network.securityGroup(this, 'domain-sg', 'Lakewise OpenSearch domain');
    this.clientSecurityGroup = props.network.securityGroup(this, 'client-sg', 'Lakewise OpenSearch clients (attach to whatever connects)');
    securityGroup.addIngressRule(this.clientSecurityGroup, ec2.Port.tcp(443), 'HTTPS from OpenSearch clients');
    this.clientSecurityGroup.addEgressRule(securityGroup, ec2.Port.tcp(443), 'OpenSearch domain');
    this.adminRole = new iam.Role(this, 'admin-role', { assumedBy: new iam.AccountRootPrincipal(), description: 'Lakewise OpenSearch administrator (fine-grained access master)' });

    const logGroups = {
      SEARCH_SLOW_LOGS: encryptedLogGroup(this, 'slow-search-log', props.logKey),
      INDEX_SLOW_LOGS: encryptedLogGroup(this, 'slow-index-log', props.logKey),
      ES_APPLICATION_LOGS: encryptedLogGroup(this, 'app-log', props.logKey),
    };
    const logPolicy = new logs.CfnResourcePolicy(this, 'log-policy', {
      policyName: `${props.domainName}-opensearch-logs`,
      policyDocument: JSON.stringify({
        Version: '2012-10-17',
        Statement: [
          {
            Effect: 'Allow',
            Principal: { Service: 'es.amazonaws.com' },
            Action: ['logs:PutLogEvents', 'logs:CreateLogStream'],
            Resource: Object.values(logGroups).map((group) => `${group.logGroupArn}`),
            Condition: { StringEquals: { 'aws:SourceAccount': Aws.ACCOUNT_ID } },
          },
        ],
      }),
    });

    const zoneCount = Math.min(3, Math.max(1, props.instanceCount));
    const domainArn = `arn:${Aws.PARTITION}:es:${Aws.REGION}:${Aws.ACCOUNT_ID}:domain/${props.domainName}`;
    this.domain = new opensearch.CfnDomain(this, 'domain', {
      domainName: props.domainName,
      engineVersion: ENGINE_VERSION,
      clusterConfig: {
        instanceType: props.instanceType,
        instanceCount: props.instanceCount,
        dedicatedMasterEnabled: false,
        zoneAwarenessEnabled: zoneCount > 1,
        zoneAwarenessConfig: zoneCount > 1 ? { availabilityZoneCount: zoneCount } : undefined,
      },
      ebsOptions: { ebsEnabled: true, volumeSize: VOLUME_GB, volumeType: 'gp3' },
      encryptionAtRestOptions: { enabled: true, kmsKeyId: props.dataKey.keyId },
      nodeToNodeEncryptionOptions: { enabled: true },
      domainEndpointOptions: { enforceHttps: true, tlsSecurityPolicy: TLS_POLICY },
      advancedSecurityOptions: { enabled: true, internalUserDatabaseEnabled: false, masterUserOptions: { masterUserArn: this.adminRole.roleArn } },
      vpcOptions: { subnetIds: props.network.vpc.isolatedSubnets.slice(0, zoneCount).map((subnet) => subnet.subnetId), securityGroupIds: [securityGroup.securityGroupId] },
      accessPolicies: {
        Version: '2012-10-17',
        Statement: [{ Effect: 'Allow', Principal: { AWS: `arn:${Aws.PARTITION}:iam::${Aws.ACCOUNT_ID}:root` }, Action: 'es:ESHttp*', Resource: `${domainArn}/*` }],
      },
      logPublishingOptions: Object.fromEntries(
        Object.entries(logGroups).map(([kind, group]) => [kind, { enabled: true, cloudWatchLogsLogGroupArn: group.logGroupArn }]),
      ),
    });
    this.domain.addResourceDependency(logPolicy);
    acknowledge(
      this.domain,
      { id: 'AwsSolutions-OS3', reason: 'The domain has no public endpoint: it sits in isolated subnets, its security group admits HTTPS only from the client security group, and every request must be SigV4-signed by an IAM principal of this account and pass fine-grained access control. An IP allowlist adds nothing inside a VPC.' },
      { id: 'AwsSolutions-OS4', reason: 'Dedicated master nodes are an availability choice for large clusters (AWS recommends them from about ten data nodes); this domain is sized from the estimate and the extra nodes would add cost the estimate does not carry. Not a data-protection control.' },
    );
    if (zoneCount === 1) {
      acknowledge(this.domain, { id: 'AwsSolutions-OS7', reason: 'The estimate sized a single data node, so there is no second zone to replicate to; set opensearch_instance_count to 2 or more and zone awareness turns on.' });
    }
  }
}
