import type Big from 'big.js';
import type { ArchitectureModel, Component } from '../../architecture/model';
import { objectsForGb } from '../billing-rules';
import { type LineDraft, localized, type PricerContext, words } from '../line-draft';
import { ceilOfRatio, DAYS_PER_MONTH, HOURS_PER_DAY, HOURS_PER_MONTH, Money, perMonthFromPerDay, smallest } from '../money';

/** Medallion zones in the order data flows through them; S3 tiers are filled in this order. */
export const S3_ZONES = ['bronze', 'silver', 'gold'] as const;
export type S3Zone = (typeof S3_ZONES)[number];

const ZONE_NAMES: Record<S3Zone, { en: string; 'pt-BR': string }> = {
  bronze: { en: 'bronze', 'pt-BR': 'bronze' },
  silver: { en: 'silver', 'pt-BR': 'prata' },
  gold: { en: 'gold', 'pt-BR': 'ouro' },
};

/** The zone an S3 component stores: from its role (`silver-zone`) or id (`s3-silver`); anything else holds raw data. */
export function s3Zone(component: Component): S3Zone {
  for (const zone of S3_ZONES) {
    if (component.role === `${zone}-zone` || component.id === `s3-${zone}`) return zone;
  }
  return 'bronze';
}

/** The zone that answers queries: the most refined one the model has. */
function servingZone(model: ArchitectureModel): S3Zone {
  let best = 0;
  for (const component of model.components) {
    if (component.serviceId === 's3') best = Math.max(best, S3_ZONES.indexOf(s3Zone(component)));
  }
  return S3_ZONES[best] as S3Zone;
}

function zoneShare(ctx: PricerContext, zone: S3Zone): { ratio: Big; keys: ('silverSizeRatio' | 'goldSizeRatio')[] } {
  if (zone === 'silver') return { ratio: ctx.num('silverSizeRatio'), keys: ['silverSizeRatio'] };
  if (zone === 'gold') return { ratio: ctx.num('goldSizeRatio'), keys: ['goldSizeRatio'] };
  return { ratio: new Money(1), keys: [] };
}

export function priceS3Zone(ctx: PricerContext): LineDraft[] {
  const zone = s3Zone(ctx.component);
  const zoneName = ZONE_NAMES[zone];
  const { ratio, keys } = zoneShare(ctx, zone);
  const history = ctx.num('retainedHistoryGb');
  // With a raw-data archive in the plan, bronze keeps only the days before the lifecycle rule
  // moves objects to S3 Glacier; silver and gold keep the whole history.
  const archived = zone === 'bronze' && ctx.model.components.some((component) => component.serviceId === 's3-glacier');
  const archiveDays = archived ? ctx.num('rawArchiveAfterDays') : undefined;
  const stored = archiveDays === undefined ? history.times(ratio) : smallest(history, ctx.num('dailyIngestGb').times(archiveDays));
  const writtenGb = perMonthFromPerDay(ctx.num('dailyIngestGb')).times(ratio);
  const objectMb = ctx.num('s3ObjectSizeMb');
  const puts = objectsForGb(writtenGb, objectMb);
  const serving = servingZone(ctx.model) === zone;
  const queries = perMonthFromPerDay(ctx.num('queriesPerDay'));
  const perQuery = ctx.num('s3GetRequestsPerQuery');
  const queryGets = serving ? ceilOfRatio([ctx.num('queriesPerDay'), HOURS_PER_MONTH, perQuery], [HOURS_PER_DAY]) : new Money(0);
  const ratioWords = (n: (value: Big.BigSource, decimals?: number) => string): readonly [string, string] =>
    zone === 'bronze' ? ['', ''] : [` × ${n(ratio)} (${zoneName.en} size per GB of bronze)`, ` × ${n(ratio)} (tamanho da ${zoneName['pt-BR']} por GB da bronze)`];
  return [
    {
      kind: 'priced', id: 's3.storage', name: localized('Storage (S3 Standard)', 'Armazenamento (S3 Standard)'), priceKey: 's3.standard-storage',
      quantity: stored, usageKeys: archiveDays === undefined ? ['retainedHistoryGb', ...keys] : ['retainedHistoryGb', 'dailyIngestGb', 'rawArchiveAfterDays'],
      derivation: words((n, en, pt) => {
        if (archiveDays !== undefined) {
          return [
            `the lesser of ${n(history)} GB of history and ${n(ctx.num('dailyIngestGb'))} GB per day × ${en(archiveDays, 'day', 'days')} before the lifecycle rule archives raw objects`,
            `o menor entre ${n(history)} GB de histórico e ${n(ctx.num('dailyIngestGb'))} GB por dia × ${pt(archiveDays, 'dia', 'dias')} antes de a regra de ciclo de vida arquivar os objetos brutos`,
          ];
        }
        const [enRatio, ptRatio] = ratioWords(n);
        return [`${n(history)} GB of history${enRatio}`, `${n(history)} GB de histórico${ptRatio}`];
      }),
      note: localized('AWS volume tiers count all S3 Standard storage in the region, so the lake\'s zones fill them in order bronze, silver, gold.', 'As faixas de volume da AWS somam todo o S3 Standard da região, então as zonas do lake as preenchem na ordem bronze, prata, ouro.'),
    },
    {
      kind: 'priced', id: 's3.put-requests', name: localized('PUT, COPY, POST and LIST requests', 'Requisições PUT, COPY, POST e LIST'), priceKey: 's3.standard-put-requests',
      quantity: puts, usageKeys: ['dailyIngestGb', 's3ObjectSizeMb', ...keys],
      derivation: words((n, _en, pt) => {
        const [enRatio, ptRatio] = ratioWords(n);
        return [
          `${n(ctx.num('dailyIngestGb'))} GB per day${enRatio} × ${n(DAYS_PER_MONTH)} days = ${n(writtenGb)} GB written per month, in objects of ${n(objectMb)} MB`,
          `${n(ctx.num('dailyIngestGb'))} GB por dia${ptRatio} × ${n(DAYS_PER_MONTH)} dias = ${pt(writtenGb, 'GB gravado', 'GB gravados')} por mês, em objetos de ${n(objectMb)} MB`,
        ];
      }),
    },
    {
      kind: 'priced', id: 's3.get-requests', name: localized('GET and other requests', 'Requisições GET e outras'), priceKey: 's3.standard-get-requests',
      quantity: puts.plus(queryGets), usageKeys: serving ? ['dailyIngestGb', 's3ObjectSizeMb', 'queriesPerDay', 's3GetRequestsPerQuery', ...keys] : ['dailyIngestGb', 's3ObjectSizeMb', ...keys],
      derivation: words((_n, en, pt) =>
        serving
          ? [
              `${en(puts, 'object', 'objects')} read once by the next stage + ${en(queries, 'query', 'queries')} per month × ${en(perQuery, 'GET', 'GETs')} per query (this zone serves queries)`,
              `${pt(puts, 'objeto lido', 'objetos lidos')} uma vez pela etapa seguinte + ${pt(queries, 'consulta', 'consultas')} por mês × ${pt(perQuery, 'GET', 'GETs')} por consulta (esta zona atende as consultas)`,
            ]
          : [`${en(puts, 'object', 'objects')} read once by the next stage`, `${pt(puts, 'objeto lido', 'objetos lidos')} uma vez pela etapa seguinte`],
      ),
    },
  ];
}

export function priceS3Glacier(ctx: PricerContext): LineDraft[] {
  const deepArchive = ctx.choice('archiveStorageClass') === 'deep-archive';
  const archived = ctx.num('archivedGb');
  const movedGb = perMonthFromPerDay(ctx.num('dailyIngestGb'));
  const objectMb = ctx.num('s3ObjectSizeMb');
  const transitions = objectsForGb(movedGb, objectMb);
  const className = deepArchive ? 'S3 Glacier Deep Archive' : 'S3 Glacier Flexible Retrieval';
  return [
    {
      kind: 'priced', id: 's3-glacier.storage', name: localized(`Storage (${className})`, `Armazenamento (${className})`),
      priceKey: deepArchive ? 's3.deep-archive-storage' : 's3.glacier-flexible-storage',
      quantity: archived, usageKeys: ['archivedGb', 'archiveStorageClass'],
      derivation: words((n, _en, pt) => [`${n(archived)} GB of raw history kept in the archive`, `${pt(archived, 'GB de histórico bruto mantido', 'GB de histórico bruto mantidos')} no arquivo`]),
    },
    {
      kind: 'priced', id: 's3-glacier.lifecycle-transitions', name: localized('Lifecycle transition requests', 'Requisições de transição de ciclo de vida'),
      priceKey: deepArchive ? 's3.transition-deep-archive' : 's3.transition-glacier-flexible',
      quantity: transitions, usageKeys: ['dailyIngestGb', 's3ObjectSizeMb', 'archiveStorageClass'],
      derivation: words((n, _en, pt) => [
        `${n(movedGb)} GB moved to the archive per month (one month of ingest) in objects of ${n(objectMb)} MB`,
        `${pt(movedGb, 'GB movido', 'GB movidos')} para o arquivo por mês (um mês de ingestão) em objetos de ${n(objectMb)} MB`,
      ]),
    },
  ];
}
