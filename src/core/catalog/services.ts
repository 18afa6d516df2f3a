import type { Layer } from '../layers';

/**
 * Every AWS service the playbook and the advisor know. The id is the slug of the
 * service's playbook entry (`content/services/<locale>/<id>.mdx`) and the only way
 * any other module names a service.
 */
export interface CatalogService {
  readonly id: string;
  /** AWS's own product name; not translated. */
  readonly name: string;
  /** Short name for diagram nodes. */
  readonly shortName: string;
  readonly layer: Layer;
  /** AWS pricing page the cost lines cite. */
  readonly pricingPage: string;
  /** Iconify icon name from the `logos` set, where one exists. */
  readonly icon?: string;
}

export const SERVICE_CATALOG = [
  { id: 'kinesis-data-streams', name: 'Amazon Kinesis Data Streams', shortName: 'Kinesis Data Streams', layer: 'ingest', pricingPage: 'https://aws.amazon.com/kinesis/data-streams/pricing/', icon: 'logos:aws-kinesis' },
  { id: 'data-firehose', name: 'Amazon Data Firehose (Kinesis Data Firehose)', shortName: 'Data Firehose', layer: 'ingest', pricingPage: 'https://aws.amazon.com/firehose/pricing/', icon: 'logos:aws-kinesis' },
  { id: 'managed-flink', name: 'Amazon Managed Service for Apache Flink (Kinesis Data Analytics)', shortName: 'Managed Flink', layer: 'process', pricingPage: 'https://aws.amazon.com/managed-service-apache-flink/pricing/', icon: 'logos:aws-kinesis' },
  { id: 'kinesis-video-streams', name: 'Amazon Kinesis Video Streams', shortName: 'Kinesis Video Streams', layer: 'ingest', pricingPage: 'https://aws.amazon.com/kinesis/video-streams/pricing/', icon: 'logos:aws-kinesis' },
  { id: 'msk', name: 'Amazon Managed Streaming for Apache Kafka (MSK)', shortName: 'Amazon MSK', layer: 'ingest', pricingPage: 'https://aws.amazon.com/msk/pricing/', icon: 'logos:aws-msk' },
  { id: 'snowball', name: 'AWS Snowball', shortName: 'Snowball', layer: 'ingest', pricingPage: 'https://aws.amazon.com/snowball/pricing/' },
  { id: 'direct-connect', name: 'AWS Direct Connect', shortName: 'Direct Connect', layer: 'ingest', pricingPage: 'https://aws.amazon.com/directconnect/pricing/' },
  { id: 'storage-gateway', name: 'AWS Storage Gateway', shortName: 'Storage Gateway', layer: 'ingest', pricingPage: 'https://aws.amazon.com/storagegateway/pricing/' },
  { id: 'dms', name: 'AWS Database Migration Service (DMS)', shortName: 'AWS DMS', layer: 'ingest', pricingPage: 'https://aws.amazon.com/dms/pricing/' },
  { id: 'schema-conversion-tool', name: 'AWS Schema Conversion Tool (SCT)', shortName: 'AWS SCT', layer: 'ingest', pricingPage: 'https://aws.amazon.com/dms/schema-conversion-tool/' },
  { id: 's3', name: 'Amazon S3', shortName: 'Amazon S3', layer: 'store', pricingPage: 'https://aws.amazon.com/s3/pricing/', icon: 'logos:aws-s3' },
  { id: 's3-glacier', name: 'Amazon S3 Glacier', shortName: 'S3 Glacier', layer: 'store', pricingPage: 'https://aws.amazon.com/s3/pricing/', icon: 'logos:aws-glacier' },
  { id: 'lake-formation', name: 'AWS Lake Formation', shortName: 'Lake Formation', layer: 'govern', pricingPage: 'https://aws.amazon.com/lake-formation/pricing/', icon: 'logos:aws-lake-formation' },
  { id: 'redshift', name: 'Amazon Redshift', shortName: 'Amazon Redshift', layer: 'serve', pricingPage: 'https://aws.amazon.com/redshift/pricing/', icon: 'logos:aws-redshift' },
  { id: 'redshift-spectrum', name: 'Amazon Redshift Spectrum', shortName: 'Redshift Spectrum', layer: 'analyse', pricingPage: 'https://aws.amazon.com/redshift/pricing/', icon: 'logos:aws-redshift' },
  { id: 'dynamodb', name: 'Amazon DynamoDB', shortName: 'DynamoDB', layer: 'serve', pricingPage: 'https://aws.amazon.com/dynamodb/pricing/', icon: 'logos:aws-dynamodb' },
  { id: 'rds', name: 'Amazon RDS', shortName: 'Amazon RDS', layer: 'serve', pricingPage: 'https://aws.amazon.com/rds/pricing/', icon: 'logos:aws-rds' },
  { id: 'aurora', name: 'Amazon Aurora', shortName: 'Aurora', layer: 'serve', pricingPage: 'https://aws.amazon.com/rds/aurora/pricing/', icon: 'logos:aws-aurora' },
  { id: 'opensearch', name: 'Amazon OpenSearch Service', shortName: 'OpenSearch', layer: 'serve', pricingPage: 'https://aws.amazon.com/opensearch-service/pricing/', icon: 'logos:aws-open-search' },
  { id: 'cloudsearch', name: 'Amazon CloudSearch', shortName: 'CloudSearch', layer: 'serve', pricingPage: 'https://aws.amazon.com/cloudsearch/pricing/', icon: 'logos:aws-cloudsearch' },
  { id: 'glue', name: 'AWS Glue', shortName: 'AWS Glue', layer: 'process', pricingPage: 'https://aws.amazon.com/glue/pricing/', icon: 'logos:aws-glue' },
  { id: 'glue-data-catalog', name: 'AWS Glue Data Catalog', shortName: 'Glue Data Catalog', layer: 'govern', pricingPage: 'https://aws.amazon.com/glue/pricing/', icon: 'logos:aws-glue' },
  { id: 'emr', name: 'Amazon EMR', shortName: 'Amazon EMR', layer: 'process', pricingPage: 'https://aws.amazon.com/emr/pricing/' },
  { id: 'athena', name: 'Amazon Athena', shortName: 'Athena', layer: 'analyse', pricingPage: 'https://aws.amazon.com/athena/pricing/', icon: 'logos:aws-athena' },
  { id: 'quicksight', name: 'Amazon QuickSight', shortName: 'QuickSight', layer: 'analyse', pricingPage: 'https://aws.amazon.com/quicksight/pricing/', icon: 'logos:aws-quicksight' },
  { id: 'sagemaker', name: 'Amazon SageMaker', shortName: 'SageMaker', layer: 'analyse', pricingPage: 'https://aws.amazon.com/sagemaker/pricing/' },
  { id: 'data-exchange', name: 'AWS Data Exchange', shortName: 'Data Exchange', layer: 'serve', pricingPage: 'https://aws.amazon.com/data-exchange/pricing/' },
  { id: 'macie', name: 'Amazon Macie', shortName: 'Macie', layer: 'govern', pricingPage: 'https://aws.amazon.com/macie/pricing/' },
  { id: 'cloudwatch', name: 'Amazon CloudWatch', shortName: 'CloudWatch', layer: 'observe', pricingPage: 'https://aws.amazon.com/cloudwatch/pricing/', icon: 'logos:aws-cloudwatch' },
  { id: 'lambda', name: 'AWS Lambda', shortName: 'Lambda', layer: 'process', pricingPage: 'https://aws.amazon.com/lambda/pricing/', icon: 'logos:aws-lambda' },
  { id: 'step-functions', name: 'AWS Step Functions', shortName: 'Step Functions', layer: 'orchestrate', pricingPage: 'https://aws.amazon.com/step-functions/pricing/', icon: 'logos:aws-step-functions' },
  { id: 'sqs', name: 'Amazon SQS', shortName: 'Amazon SQS', layer: 'ingest', pricingPage: 'https://aws.amazon.com/sqs/pricing/', icon: 'logos:aws-sqs' },
  { id: 'eventbridge', name: 'Amazon EventBridge', shortName: 'EventBridge', layer: 'orchestrate', pricingPage: 'https://aws.amazon.com/eventbridge/pricing/', icon: 'logos:aws-eventbridge' },
] as const satisfies readonly CatalogService[];

export type ServiceId = (typeof SERVICE_CATALOG)[number]['id'];

export const SERVICE_IDS = SERVICE_CATALOG.map((service) => service.id) as [ServiceId, ...ServiceId[]];

const byId = new Map<string, CatalogService>(SERVICE_CATALOG.map((service) => [service.id, service]));

export function isServiceId(id: string): id is ServiceId {
  return byId.has(id);
}

export function catalogService(id: ServiceId): CatalogService {
  const service = byId.get(id);
  if (!service) throw new Error(`Unknown service id "${id}"`);
  return service;
}
