// Advisor bench: answers → architecture model → Mermaid text, over 10,000 random
// valid answers (fixed seed). Target from issue 4: p95 < 2 ms on this machine.
import fc from 'fast-check';
import { recommend } from '../src/core/architecture/recommend';
import { toMermaid } from '../src/core/diagram/mermaid';
import { answersArbitrary } from '../tests/core/answers/arbitrary';

const SAMPLES = 10_000;
const WARM_UP = 500;
const SEED = 20_251_125;
const P95_BUDGET_MS = 2;

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

export async function run(): Promise<void> {
  const answers = fc.sample(answersArbitrary, { numRuns: SAMPLES, seed: SEED });
  for (const sample of answers.slice(0, WARM_UP)) toMermaid(recommend(sample), { locale: sample.locale, customerName: sample.opportunity.customerName });

  const timings: number[] = [];
  let bytes = 0;
  for (const sample of answers) {
    const started = performance.now();
    const model = recommend(sample);
    const { text } = toMermaid(model, { locale: sample.locale, customerName: sample.opportunity.customerName });
    timings.push(performance.now() - started);
    bytes += text.length;
  }
  timings.sort((a, b) => a - b);
  const p95 = percentile(timings, 95);
  const ms = (value: number) => `${value.toFixed(3)} ms`;
  console.log(`recommend + mermaid over ${SAMPLES.toLocaleString('en')} random valid answers (seed ${SEED})`);
  console.log(`  p50 ${ms(percentile(timings, 50))}  p95 ${ms(p95)}  p99 ${ms(percentile(timings, 99))}  max ${ms(timings.at(-1)!)}`);
  console.log(`  mean diagram ${Math.round(bytes / SAMPLES).toLocaleString('en')} characters`);
  console.log(`  p95 target < ${P95_BUDGET_MS} ms: ${p95 < P95_BUDGET_MS ? 'met' : 'MISSED'} (p95/target ${(p95 / P95_BUDGET_MS).toFixed(2)})`);
}
