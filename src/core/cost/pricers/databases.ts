import { type LineDraft, localized, type PricerContext, words } from '../line-draft';
import { HOURS_PER_MONTH } from '../money';

export function priceDynamoDb(ctx: PricerContext): LineDraft[] {
  const writes = ctx.num('monthlyDynamodbWriteUnits');
  const reads = ctx.num('monthlyDynamodbReadUnits');
  const storage = ctx.num('dynamodbStorageGb');
  return [
    {
      kind: 'priced', id: 'dynamodb.write-request-units', name: localized('Write request units (on-demand)', 'Unidades de requisição de escrita (sob demanda)'), priceKey: 'dynamodb.write-request-units',
      quantity: writes, usageKeys: ['monthlyDynamodbWriteUnits'],
      derivation: words((_n, en, pt) => [`${en(writes, 'write request unit', 'write request units')} per month`, `${pt(writes, 'unidade', 'unidades')} de escrita por mês`]),
    },
    {
      kind: 'priced', id: 'dynamodb.read-request-units', name: localized('Read request units (on-demand)', 'Unidades de requisição de leitura (sob demanda)'), priceKey: 'dynamodb.read-request-units',
      quantity: reads, usageKeys: ['monthlyDynamodbReadUnits'],
      derivation: words((_n, en, pt) => [`${en(reads, 'read request unit', 'read request units')} per month`, `${pt(reads, 'unidade', 'unidades')} de leitura por mês`]),
    },
    {
      kind: 'priced', id: 'dynamodb.storage', name: localized('Table storage (Standard)', 'Armazenamento das tabelas (Standard)'), priceKey: 'dynamodb.storage',
      quantity: storage, usageKeys: ['dynamodbStorageGb'],
      derivation: words((n, _en, pt) => [`${n(storage)} GB stored`, `${pt(storage, 'GB armazenado', 'GB armazenados')}`]),
    },
  ];
}

export function priceRds(ctx: PricerContext): LineDraft[] {
  const instance = ctx.choice('rdsInstanceClass');
  const deployment = ctx.choice('rdsDeployment');
  const storage = ctx.num('rdsStorageGb');
  return [
    {
      kind: 'priced', id: 'rds.instance', name: localized(`PostgreSQL instance (${instance}, ${deployment})`, `Instância PostgreSQL (${instance}, ${deployment})`),
      priceKey: 'rds.postgres-instance-hours', variant: `${instance}/${deployment}`,
      quantity: HOURS_PER_MONTH, usageKeys: ['rdsInstanceClass', 'rdsDeployment'],
      derivation: words((n) => [`1 instance × ${n(HOURS_PER_MONTH)} hours per month`, `1 instância × ${n(HOURS_PER_MONTH)} horas por mês`]),
    },
    {
      kind: 'priced', id: 'rds.storage', name: localized(`gp3 storage (${deployment})`, `Armazenamento gp3 (${deployment})`), priceKey: 'rds.gp3-storage', variant: deployment,
      quantity: storage, usageKeys: ['rdsStorageGb', 'rdsDeployment'],
      derivation: words((n, _en, pt) => [`${n(storage)} GB provisioned`, `${pt(storage, 'GB provisionado', 'GB provisionados')}`]),
    },
  ];
}

export function priceAurora(ctx: PricerContext): LineDraft[] {
  const instance = ctx.choice('auroraInstanceClass');
  const count = ctx.num('auroraInstanceCount');
  const config = ctx.choice('auroraStorageConfig');
  const storage = ctx.num('auroraStorageGb');
  const ios = ctx.num('monthlyAuroraIoRequests');
  const lines: LineDraft[] = [
    {
      kind: 'priced', id: 'aurora.instances', name: localized(`PostgreSQL instances (${instance}, Aurora ${config})`, `Instâncias PostgreSQL (${instance}, Aurora ${config})`),
      priceKey: 'aurora.instance-hours', variant: `${instance}/${config}`,
      quantity: count.times(HOURS_PER_MONTH), usageKeys: ['auroraInstanceClass', 'auroraInstanceCount', 'auroraStorageConfig'],
      derivation: words((n, en, pt) => [`${en(count, 'instance', 'instances')} × ${n(HOURS_PER_MONTH)} hours per month`, `${pt(count, 'instância', 'instâncias')} × ${n(HOURS_PER_MONTH)} horas por mês`]),
    },
    {
      kind: 'priced', id: 'aurora.storage', name: localized(`Storage (Aurora ${config})`, `Armazenamento (Aurora ${config})`), priceKey: 'aurora.storage', variant: config,
      quantity: storage, usageKeys: ['auroraStorageGb', 'auroraStorageConfig'],
      derivation: words((n, _en, pt) => [`${n(storage)} GB stored`, `${pt(storage, 'GB armazenado', 'GB armazenados')}`]),
    },
  ];
  // Aurora I/O-Optimized includes I/O in its instance and storage prices.
  if (config === 'standard') {
    lines.push({
      kind: 'priced', id: 'aurora.io-requests', name: localized('I/O requests', 'Requisições de E/S'), priceKey: 'aurora.io-requests',
      quantity: ios, usageKeys: ['monthlyAuroraIoRequests', 'auroraStorageConfig'],
      derivation: words((_n, en, pt) => [`${en(ios, 'I/O request', 'I/O requests')} per month`, `${pt(ios, 'requisição', 'requisições')} de E/S por mês`]),
    });
  }
  return lines;
}
