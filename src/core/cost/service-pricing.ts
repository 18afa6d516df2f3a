import type { ServiceId } from '../catalog/services';
import type { Localized } from '../locales';
import { localized, type ServicePricer } from './line-draft';
import { priceAthena, priceOpenSearch, priceQuickSight, priceRedshift, priceSageMaker } from './pricers/analytics';
import { priceAurora, priceDynamoDb, priceRds } from './pricers/databases';
import { priceDataFirehose, priceDms, priceKinesisDataStreams, priceMsk, priceSqs } from './pricers/ingest';
import { priceCloudWatch } from './pricers/observe';
import { priceEmr, priceEventBridge, priceGlue, priceGlueDataCatalog, priceLambda, priceStepFunctions } from './pricers/process';
import { priceS3Glacier, priceS3Zone } from './pricers/storage';

/**
 * How each catalog service is priced. The compiler refuses a catalog service without an entry, so
 * a new service can never silently cost $0: it is priced, declared free with a reason, or shown
 * as not priced with the reason.
 */
export type ServicePricing =
  | { readonly kind: 'priced'; readonly price: ServicePricer }
  | { readonly kind: 'free'; readonly reason: Localized }
  | { readonly kind: 'not-priced'; readonly reason: Localized };

const notInData = (en: string, ptBR: string): ServicePricing => ({
  kind: 'not-priced',
  reason: localized(`${en} prices are not in the price data, so this component is not priced.`, `Os preços de ${ptBR} não estão nos dados de preço, então este componente não está precificado.`),
});

export const SERVICE_PRICING: Record<ServiceId, ServicePricing> = {
  'kinesis-data-streams': { kind: 'priced', price: priceKinesisDataStreams },
  'data-firehose': { kind: 'priced', price: priceDataFirehose },
  'managed-flink': notInData('Amazon Managed Service for Apache Flink (KPU-hour)', 'Amazon Managed Service for Apache Flink (KPU-hora)'),
  'kinesis-video-streams': notInData('Amazon Kinesis Video Streams', 'Amazon Kinesis Video Streams'),
  msk: { kind: 'priced', price: priceMsk },
  snowball: notInData('AWS Snowball job and device-day', 'trabalho e dia de dispositivo do AWS Snowball'),
  'direct-connect': notInData('AWS Direct Connect port-hour and data transfer', 'porta-hora e transferência do AWS Direct Connect'),
  'storage-gateway': notInData('AWS Storage Gateway', 'AWS Storage Gateway'),
  dms: { kind: 'priced', price: priceDms },
  'schema-conversion-tool': {
    kind: 'free',
    reason: localized('AWS Schema Conversion Tool is a free download; the migration itself runs on AWS DMS.', 'O AWS Schema Conversion Tool é um download gratuito; a migração em si roda no AWS DMS.'),
  },
  s3: { kind: 'priced', price: priceS3Zone },
  's3-glacier': { kind: 'priced', price: priceS3Glacier },
  'lake-formation': {
    kind: 'free',
    reason: localized(
      'Lake Formation permissions have no charge of their own; you pay for the services that read the data. Its fee for row- and cell-level data filtering is not included: the price data does not state its unit.',
      'As permissões do Lake Formation não têm cobrança própria; paga-se pelos serviços que leem os dados. A tarifa de filtragem de dados por linha e célula não está incluída: os dados de preço não informam sua unidade.',
    ),
  },
  redshift: { kind: 'priced', price: priceRedshift },
  'redshift-spectrum': notInData('Amazon Redshift Spectrum (per TB scanned)', 'Amazon Redshift Spectrum (por TB lido)'),
  dynamodb: { kind: 'priced', price: priceDynamoDb },
  rds: { kind: 'priced', price: priceRds },
  aurora: { kind: 'priced', price: priceAurora },
  opensearch: { kind: 'priced', price: priceOpenSearch },
  cloudsearch: notInData('Amazon CloudSearch', 'Amazon CloudSearch'),
  glue: { kind: 'priced', price: priceGlue },
  'glue-data-catalog': { kind: 'priced', price: priceGlueDataCatalog },
  emr: { kind: 'priced', price: priceEmr },
  athena: { kind: 'priced', price: priceAthena },
  quicksight: { kind: 'priced', price: priceQuickSight },
  sagemaker: { kind: 'priced', price: priceSageMaker },
  'data-exchange': {
    kind: 'not-priced',
    reason: localized('Data products on AWS Data Exchange are priced by each provider; there is no list price to apply.', 'Os produtos do AWS Data Exchange têm preço definido por cada fornecedor; não há preço de tabela para aplicar.'),
  },
  macie: notInData('Amazon Macie', 'Amazon Macie'),
  cloudwatch: { kind: 'priced', price: priceCloudWatch },
  lambda: { kind: 'priced', price: priceLambda },
  'step-functions': { kind: 'priced', price: priceStepFunctions },
  sqs: { kind: 'priced', price: priceSqs },
  eventbridge: { kind: 'priced', price: priceEventBridge },
};
