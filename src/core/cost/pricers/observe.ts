import { type LineDraft, localized, type PricerContext, words } from '../line-draft';

export function priceCloudWatch(ctx: PricerContext): LineDraft[] {
  const logs = ctx.num('monthlyLogIngestGb');
  const metrics = ctx.num('customMetrics');
  const alarms = ctx.num('alarms');
  return [
    {
      kind: 'priced', id: 'cloudwatch.log-ingestion', name: localized('Logs ingested (Standard class)', 'Logs ingeridos (classe Standard)'), priceKey: 'cloudwatch.log-ingestion',
      quantity: logs, usageKeys: ['monthlyLogIngestGb'],
      derivation: words((n) => [`${n(logs)} GB of logs per month`, `${n(logs)} GB de logs por mês`]),
    },
    {
      kind: 'priced', id: 'cloudwatch.custom-metrics', name: localized('Custom metrics', 'Métricas personalizadas'), priceKey: 'cloudwatch.custom-metrics',
      quantity: metrics, usageKeys: ['customMetrics'],
      derivation: words((_n, en, pt) => [`${en(metrics, 'metric', 'metrics')} × 1 month`, `${pt(metrics, 'métrica', 'métricas')} × 1 mês`]),
    },
    {
      kind: 'priced', id: 'cloudwatch.alarms', name: localized('Alarms (standard resolution)', 'Alarmes (resolução padrão)'), priceKey: 'cloudwatch.alarms',
      quantity: alarms, usageKeys: ['alarms'],
      derivation: words((_n, en, pt) => [`${en(alarms, 'alarm', 'alarms')} × 1 month`, `${pt(alarms, 'alarme', 'alarmes')} × 1 mês`]),
    },
  ];
}
