import type Big from 'big.js';
import type { Localized } from '../locales';
import type { PriceKey } from '../pricing/price-keys';
import { Money } from './money';

/**
 * Monthly AWS Free Tier allowances the estimator can subtract (option off by default). Only
 * allowances stated on an AWS page are listed; others (SQS, Step Functions, CloudWatch) are not
 * applied. An allowance is per account and region, shared by every component using the price.
 */
export interface FreeTierAllowance {
  readonly priceKey: PriceKey;
  readonly quantity: Big;
  readonly label: Localized;
  readonly source: string;
}

export const FREE_TIER_ALLOWANCES: readonly FreeTierAllowance[] = [
  { priceKey: 'lambda.requests', quantity: new Money(1_000_000), label: { en: 'Lambda: 1 million requests per month', 'pt-BR': 'Lambda: 1 milhão de requisições por mês' }, source: 'https://aws.amazon.com/lambda/pricing/' },
  { priceKey: 'lambda.duration', quantity: new Money(400_000), label: { en: 'Lambda: 400,000 GB-seconds per month', 'pt-BR': 'Lambda: 400.000 GB-segundos por mês' }, source: 'https://aws.amazon.com/lambda/pricing/' },
  { priceKey: 'glue.catalog-storage', quantity: new Money(1_000_000), label: { en: 'Glue Data Catalog: first 1 million objects stored', 'pt-BR': 'Glue Data Catalog: primeiro 1 milhão de objetos armazenados' }, source: 'https://aws.amazon.com/glue/pricing/' },
  { priceKey: 'glue.catalog-requests', quantity: new Money(1_000_000), label: { en: 'Glue Data Catalog: first 1 million requests per month', 'pt-BR': 'Glue Data Catalog: primeiro 1 milhão de requisições por mês' }, source: 'https://aws.amazon.com/glue/pricing/' },
  { priceKey: 'dynamodb.storage', quantity: new Money(25), label: { en: 'DynamoDB: first 25 GB of storage per month', 'pt-BR': 'DynamoDB: primeiros 25 GB de armazenamento por mês' }, source: 'https://aws.amazon.com/dynamodb/pricing/' },
];
