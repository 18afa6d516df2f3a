import { Duration } from 'aws-cdk-lib';
import { Match } from 'aws-cdk-lib/assertions';
import { Schedule } from 'aws-cdk-lib/aws-events';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { SERVICE_CATALOG } from '../../src/core/catalog/services';
import { MANUAL_SERVICES } from '../../src/infra/plan';
import { sanitizeTagValue, TAG_KEYS } from '../../src/infra/shared/tags';
import { everyServiceAnswers, everyServiceModel, HOSTILE_CUSTOMER_NAME } from './support/every-service';
import { removeSyntheses, resourcesOf, synthesize, type Synthesized } from './support/synth';

/**
 * One synth of a model holding every catalog service (cdk-nag on), shared by every
 * assertion below: each component's resources are checked for encryption, public
 * access, TLS, IAM scope and the values the plan derived from the estimate's assumptions.
 */
const ESTIMATE_USD = '1234.56';
let built: Synthesized;

beforeAll(() => {
  built = synthesize(everyServiceModel(), everyServiceAnswers(), ESTIMATE_USD);
});
afterAll(removeSyntheses);

type Json = Record<string, unknown>;
const props = (resource: { Properties?: Json }) => resource.Properties ?? {};

describe('LakewiseStack with every catalog service', () => {
  test('uses catalog service ids (or a few shared names) as construct ids, never customer text', () => {
    const catalogIds = new Set<string>(SERVICE_CATALOG.map((service) => service.id));
    const shared = new Set(['kms', 'notifications', 's3', 'vpc', 'sample-data', 'pipeline-assets', 'budget']);
    for (const child of built.stack.node.children) {
      const id = child.node.id;
      if (/^[A-Z]/.test(id) || id.startsWith('@aws-cdk')) continue;
      expect(catalogIds.has(id) || shared.has(id), id).toBe(true);
    }
  });

  test('S3: every bucket blocks public access, is versioned and denies requests without TLS', () => {
    const buckets = resourcesOf(built.template, 'AWS::S3::Bucket');
    expect(buckets).toHaveLength(5);
    for (const [, bucket] of buckets) {
      expect(props(bucket).PublicAccessBlockConfiguration).toEqual({ BlockPublicAcls: true, BlockPublicPolicy: true, IgnorePublicAcls: true, RestrictPublicBuckets: true });
      expect(props(bucket).VersioningConfiguration).toEqual({ Status: 'Enabled' });
    }
    const policies = resourcesOf(built.template, 'AWS::S3::BucketPolicy');
    expect(policies).toHaveLength(5);
    for (const [, policy] of policies) {
      expect(JSON.stringify(props(policy).PolicyDocument)).toContain('"aws:SecureTransport":"false"');
    }
  });

  test('S3: zone and result buckets use the data key and log access; the log bucket uses S3-managed keys', () => {
    for (const [id, bucket] of resourcesOf(built.template, 'AWS::S3::Bucket')) {
      const encryption = JSON.stringify(props(bucket).BucketEncryption);
      if (id.startsWith('s3accesslogs')) {
        expect(encryption).toContain('AES256');
      } else {
        expect(encryption, id).toContain('"SSEAlgorithm":"aws:kms"');
        expect(encryption, id).toMatch(/"KMSMasterKeyID":\{"Fn::GetAtt":\["kmsdata/);
        expect(encryption, id).toContain('"BucketKeyEnabled":true');
        expect(props(bucket).LoggingConfiguration, id).toMatchObject({ DestinationBucketName: { Ref: expect.stringMatching(/^s3accesslogs/) } });
      }
    }
  });

  test('S3: lifecycle days come from the plan (archive, then expiry, for raw data)', () => {
    const { plan } = built;
    expect(plan.archive).toBeDefined();
    built.template.hasResourceProperties('AWS::S3::Bucket', {
      LifecycleConfiguration: {
        Rules: Match.arrayWith([
          Match.objectLike({
            Id: 'archive-then-expire-raw',
            ExpirationInDays: plan.bronzeQueryableDays + plan.archive!.days,
            Transitions: [{ StorageClass: plan.archive!.storageClass, TransitionInDays: plan.bronzeQueryableDays }],
          }),
        ]),
      },
    });
  });

  test('KMS: both keys rotate', () => {
    const keys = resourcesOf(built.template, 'AWS::KMS::Key');
    expect(keys).toHaveLength(2);
    for (const [, key] of keys) expect(props(key).EnableKeyRotation).toBe(true);
  });

  test('tags every taggable resource with the sanitised opportunity and the answers hash', () => {
    const opportunity = sanitizeTagValue(HOSTILE_CUSTOMER_NAME);
    expect(opportunity).not.toMatch(/[<>"%;]/);
    expect(opportunity.length).toBeLessThanOrEqual(255);
    let tagged = 0;
    for (const [id, resource] of Object.entries(built.template.toJSON().Resources as Record<string, { Properties?: Json }>)) {
      const tags = props(resource).Tags;
      if (!Array.isArray(tags)) continue;
      tagged += 1;
      expect(tags, id).toEqual(expect.arrayContaining([{ Key: TAG_KEYS.opportunity, Value: opportunity }, { Key: TAG_KEYS.answersHash, Value: built.plan.answersHash }]));
    }
    expect(tagged).toBeGreaterThan(40);
  });

  test('budget: one monthly cost budget at the estimate, alerting on actual and forecast spend', () => {
    built.template.resourceCountIs('AWS::Budgets::Budget', 1);
    built.template.hasResourceProperties('AWS::Budgets::Budget', {
      Budget: { BudgetType: 'COST', TimeUnit: 'MONTHLY', BudgetLimit: { Amount: Number(ESTIMATE_USD), Unit: 'USD' } },
      NotificationsWithSubscribers: [
        Match.objectLike({ Notification: { NotificationType: 'ACTUAL', ComparisonOperator: 'GREATER_THAN', Threshold: 100, ThresholdType: 'PERCENTAGE' } }),
        Match.objectLike({ Notification: { NotificationType: 'FORECASTED', ComparisonOperator: 'GREATER_THAN', Threshold: 100, ThresholdType: 'PERCENTAGE' } }),
      ],
    });
  });

  test('IAM: no AWS managed policies, and the only "*" resource is the X-Ray and log-delivery statement', () => {
    for (const [id, role] of resourcesOf(built.template, 'AWS::IAM::Role')) expect(props(role).ManagedPolicyArns, id).toBeUndefined();
    const wildcardStatements: { id: string; actions: string[] }[] = [];
    for (const type of ['AWS::IAM::Policy', 'AWS::IAM::ManagedPolicy']) {
      for (const [id, policy] of resourcesOf(built.template, type)) {
        for (const statement of (props(policy).PolicyDocument as { Statement: Json[] }).Statement) {
          const resources = [statement.Resource].flat();
          if (resources.includes('*') && statement.Condition === undefined) wildcardStatements.push({ id, actions: [statement.Action].flat() as string[] });
        }
      }
    }
    expect(wildcardStatements).toHaveLength(1);
    expect(wildcardStatements[0]!.id).toMatch(/^stepfunctions/);
    for (const action of wildcardStatements[0]!.actions) expect(action).toMatch(/^(xray:|logs:(Create|Delete|Get|Update)LogDelivery$|logs:ListLogDeliveries$|logs:Describe|logs:PutResourcePolicy$)/);
  });

  test('IAM: the Glue job role reads bronze and writes silver and gold, nothing else in S3', () => {
    const policy = resourcesOf(built.template, 'AWS::IAM::Policy').find(([id]) => id.startsWith('gluejobrole'));
    expect(policy).toBeDefined();
    const document = JSON.stringify(props(policy![1]).PolicyDocument);
    expect(document).toContain('s3bronze');
    expect(document).toContain('s3silver');
    expect(document).toContain('s3gold');
    expect(document).not.toContain('s3queryresults');
    expect(document).not.toMatch(/"s3:\*"/);
  });

  test('Glue: jobs and crawlers run under a security configuration encrypting S3, logs and bookmarks', () => {
    built.template.hasResourceProperties('AWS::Glue::SecurityConfiguration', {
      EncryptionConfiguration: {
        S3Encryptions: [{ S3EncryptionMode: 'SSE-KMS', KmsKeyArn: Match.anyValue() }],
        CloudWatchEncryption: { CloudWatchEncryptionMode: 'SSE-KMS', KmsKeyArn: Match.anyValue() },
        JobBookmarksEncryption: { JobBookmarksEncryptionMode: 'CSE-KMS', KmsKeyArn: Match.anyValue() },
      },
    });
    for (const [, job] of resourcesOf(built.template, 'AWS::Glue::Job')) {
      expect(props(job).SecurityConfiguration).toBeDefined();
      expect(props(job).NumberOfWorkers).toBe(built.plan.glue.workers);
    }
    for (const [, crawler] of resourcesOf(built.template, 'AWS::Glue::Crawler')) expect(props(crawler).CrawlerSecurityConfiguration).toBeDefined();
  });

  test('Athena: enforced workgroup with the plan\'s scan cutoff and KMS-encrypted results', () => {
    built.template.hasResourceProperties('AWS::Athena::WorkGroup', {
      WorkGroupConfiguration: {
        EnforceWorkGroupConfiguration: true,
        BytesScannedCutoffPerQuery: built.plan.athenaScanCutoffBytes,
        ResultConfiguration: { EncryptionConfiguration: { EncryptionOption: 'SSE_KMS', KmsKey: Match.anyValue() } },
      },
    });
    expect(resourcesOf(built.template, 'AWS::Athena::NamedQuery').length).toBeGreaterThan(2);
  });

  test('streaming: Kinesis, Firehose, SQS and SNS are encrypted; queues have a dead-letter queue and TLS only', () => {
    built.template.hasResourceProperties('AWS::Kinesis::Stream', { StreamEncryption: { EncryptionType: 'KMS', KeyId: Match.anyValue() }, ShardCount: built.plan.kinesis.shards });
    for (const [id, queue] of resourcesOf(built.template, 'AWS::SQS::Queue')) expect(props(queue).KmsMasterKeyId, id).toBeDefined();
    built.template.hasResourceProperties('AWS::SQS::Queue', { RedrivePolicy: { maxReceiveCount: 5, deadLetterTargetArn: Match.anyValue() } });
    for (const [, policy] of resourcesOf(built.template, 'AWS::SQS::QueuePolicy')) expect(JSON.stringify(props(policy).PolicyDocument)).toContain('"aws:SecureTransport":"false"');
    built.template.hasResourceProperties('AWS::SNS::Topic', { KmsMasterKeyId: Match.anyValue() });
    built.template.hasResourceProperties('AWS::KinesisFirehose::DeliveryStream', {
      ExtendedS3DestinationConfiguration: Match.objectLike({ EncryptionConfiguration: { KMSEncryptionConfig: { AWSKMSKeyARN: Match.anyValue() } } }),
    });
    built.template.hasResourceProperties('AWS::MSK::ServerlessCluster', { ClientAuthentication: { Sasl: { Iam: { Enabled: true } } } });
  });

  test('Lambda: latest Node.js runtime, encrypted logs and environment', () => {
    for (const [, fn] of resourcesOf(built.template, 'AWS::Lambda::Function')) {
      expect(props(fn).Runtime).toBe('nodejs24.x');
      expect(props(fn).KmsKeyArn).toBeDefined();
    }
    for (const [id, group] of resourcesOf(built.template, 'AWS::Logs::LogGroup')) expect(props(group).KmsKeyId, id).toBeDefined();
  });

  test('orchestration: Step Functions logs everything and traces; EventBridge runs it on the plan\'s schedule', () => {
    built.template.hasResourceProperties('AWS::StepFunctions::StateMachine', { TracingConfiguration: { Enabled: true }, LoggingConfiguration: Match.objectLike({ Level: 'ALL' }) });
    built.template.hasResourceProperties('AWS::Events::Rule', { ScheduleExpression: Schedule.rate(Duration.minutes(built.plan.scheduleMinutes)).expressionString });
  });

  test('serving stores are private and encrypted', () => {
    built.template.hasResourceProperties('AWS::RedshiftServerless::Workgroup', {
      PubliclyAccessible: false,
      BaseCapacity: built.plan.redshiftBaseRpus,
      ConfigParameters: Match.arrayWith([{ ParameterKey: 'require_ssl', ParameterValue: 'true' }]),
    });
    built.template.hasResourceProperties('AWS::RedshiftServerless::Namespace', { ManageAdminPassword: true, KmsKeyId: Match.anyValue() });
    built.template.hasResourceProperties('AWS::DynamoDB::GlobalTable', {
      SSESpecification: { SSEEnabled: true, SSEType: 'KMS' },
      Replicas: [Match.objectLike({ PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true } })],
    });
    built.template.hasResourceProperties('AWS::OpenSearchService::Domain', {
      EncryptionAtRestOptions: { Enabled: true, KmsKeyId: Match.anyValue() },
      NodeToNodeEncryptionOptions: { Enabled: true },
      DomainEndpointOptions: { EnforceHTTPS: true, TLSSecurityPolicy: Match.stringLikeRegexp('TLS-1-2') },
      AdvancedSecurityOptions: Match.objectLike({ Enabled: true }),
      VPCOptions: Match.anyValue(),
    });
    for (const type of ['AWS::RDS::DBInstance', 'AWS::RDS::DBCluster']) {
      for (const [id, database] of resourcesOf(built.template, type)) {
        if (props(database).DBClusterIdentifier) {
          expect(props(database).PubliclyAccessible, id).toBe(false);
          continue;
        }
        expect(props(database).StorageEncrypted, id).toBe(true);
        expect(props(database).ManageMasterUserPassword, id).toBe(true);
        expect(props(database).MasterUserPassword, id).toBeUndefined();
      }
    }
    built.template.hasResourceProperties('AWS::SageMaker::NotebookInstance', { DirectInternetAccess: 'Disabled', RootAccess: 'Disabled', KmsKeyId: Match.anyValue() });
  });

  test('network: no security group admits the internet', () => {
    for (const [id, group] of resourcesOf(built.template, 'AWS::EC2::SecurityGroup')) {
      expect(JSON.stringify(props(group).SecurityGroupIngress ?? []), id).not.toContain('0.0.0.0/0');
    }
    built.template.resourceCountIs('AWS::EC2::InternetGateway', 0);
    built.template.resourceCountIs('AWS::EC2::NatGateway', 0);
    built.template.hasResourceProperties('AWS::EC2::FlowLog', { TrafficType: 'ALL' });
  });

  test('governance: Lake Formation appends its admin; Macie and the CPF identifier are set up', () => {
    built.template.hasResourceProperties('AWS::LakeFormation::DataLakeSettings', { MutationType: 'APPEND' });
    expect(resourcesOf(built.template, 'AWS::LakeFormation::PrincipalPermissions').length).toBeGreaterThan(0);
    built.template.hasParameter('MacieAlreadyEnabled', { AllowedValues: ['true', 'false'], Default: 'false' });
    built.template.resourceCountIs('AWS::Macie::CustomDataIdentifier', 1);
  });

  test('lists services a stack cannot create as notes instead of silently skipping them', () => {
    const noted = new Set(built.plan.notes.map((note) => note.serviceId));
    for (const serviceId of Object.keys(MANUAL_SERVICES)) expect(noted.has(serviceId as never), serviceId).toBe(true);
  });
});
