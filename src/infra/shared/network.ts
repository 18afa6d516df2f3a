import * as ec2 from 'aws-cdk-lib/aws-ec2';
import type * as kms from 'aws-cdk-lib/aws-kms';
import { Construct } from 'constructs';
import { encryptedLogGroup } from './log-groups';

export interface PrivateNetworkProps {
  /** Encrypts the flow log group. */
  readonly logKey: kms.IKey;
  /** Availability Zones to spread subnets over (Redshift Serverless needs three). */
  readonly availabilityZones: readonly string[];
}

/**
 * A VPC with isolated subnets only: no internet gateway, no NAT (nothing here needs the
 * internet, and NAT would add an hourly charge the estimate does not carry). S3 is reached
 * through a gateway endpoint; every flow is logged.
 */
export class PrivateNetwork extends Construct {
  readonly vpc: ec2.Vpc;

  constructor(scope: Construct, id: string, props: PrivateNetworkProps) {
    super(scope, id);
    this.vpc = new ec2.Vpc(this, 'vpc', {
      ipAddresses: ec2.IpAddresses.cidr('10.42.0.0/16'),
      availabilityZones: [...props.availabilityZones],
      natGateways: 0,
      subnetConfiguration: [{ name: 'private', subnetType: ec2.SubnetType.PRIVATE_ISOLATED, cidrMask: 22 }],
      // Nothing is ever placed in the default security group; locking it down would take a
      // custom-resource Lambda (more code and IAM in the account) for no reachable gain here.
      restrictDefaultSecurityGroup: false,
      gatewayEndpoints: { s3: { service: ec2.GatewayVpcEndpointAwsService.S3 } },
      flowLogs: {
        all: { destination: ec2.FlowLogDestination.toCloudWatchLogs(encryptedLogGroup(this, 'flow-logs', props.logKey)), trafficType: ec2.FlowLogTrafficType.ALL },
      },
    });
  }

  /**
   * A security group with no inbound rule and, unless asked, no outbound rule; callers open
   * only the ports their clients use.
   */
  securityGroup(scope: Construct, id: string, description: string, options: { readonly allowAllOutbound?: boolean } = {}): ec2.SecurityGroup {
    return new ec2.SecurityGroup(scope, id, { vpc: this.vpc, description, allowAllOutbound: options.allowAllOutbound ?? false });
  }
}
