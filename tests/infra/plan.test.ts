import { describe, expect, test } from 'vitest';
import { resolveAssumptions } from '../../src/core/sizing/assumptions';
import { planInfrastructure } from '../../src/infra/plan';
import type { LocalPipelinePlan } from '../../src/local-pipeline/run';
import { everyServiceModel } from './support/every-service';

const pipeline: LocalPipelinePlan = { answersHash: 'a'.repeat(64), datasets: ['orders'], gold: ['daily_sales'], rows: 100, asOf: '2025-06-30', badRowRate: 0 };

describe('planInfrastructure', () => {
  test('reads retention, archive, scan cutoff and schedule from the same assumptions the estimate priced', () => {
    const model = everyServiceModel();
    const assumptions = resolveAssumptions({ dailyIngestGb: 10, retainedHistoryGb: 900 }, { overrides: { archivedGb: '3650', scannedGbPerQuery: '2', etlRunsPerDay: '4', archiveStorageClass: 'flexible-retrieval' } });
    const plan = planInfrastructure(model, assumptions, '100.00', pipeline);
    expect(plan.bronzeQueryableDays).toBe(90);
    expect(plan.archive).toEqual({ storageClass: 'GLACIER', days: 365 });
    expect(plan.athenaScanCutoffBytes).toBe(2 * 1024 ** 3 * 10);
    expect(plan.scheduleMinutes).toBe(360);
    expect(plan.monthlyBudgetUsd).toBe('100.00');
  });

  test('changes with the assumptions: a longer history keeps raw data longer', () => {
    const model = everyServiceModel();
    const short = planInfrastructure(model, resolveAssumptions({ dailyIngestGb: 10, retainedHistoryGb: 300 }), '1', pipeline);
    const long = planInfrastructure(model, resolveAssumptions({ dailyIngestGb: 10, retainedHistoryGb: 3000 }), '1', pipeline);
    expect(short.bronzeQueryableDays).toBe(30);
    expect(long.bronzeQueryableDays).toBe(300);
  });

  test('refuses an estimate total that is not a positive amount, naming it', () => {
    const assumptions = resolveAssumptions({});
    for (const total of ['0', '-5', 'abc', '']) {
      expect(() => planInfrastructure(everyServiceModel(), assumptions, total, pipeline)).toThrow(/estimate total: expected a positive USD amount/);
    }
  });

  test('says when the deployed size differs from the priced one', () => {
    const plan = planInfrastructure(everyServiceModel(), resolveAssumptions({}, { overrides: { sagemakerNotebookInstance: 'ml.m5.large' } }), '1', pipeline);
    expect(plan.sagemakerInstanceType).toBe('ml.m5.xlarge');
    expect(plan.notes.find((note) => note.serviceId === 'sagemaker')?.text).toMatch(/ml\.m5\.large/);
  });
});
