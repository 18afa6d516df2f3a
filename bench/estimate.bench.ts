// Cost estimator figures: estimate latency over random architectures, price snapshot bytes the
// browser downloads per region, and how long a refresh takes against a local Price List server.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { availableParallelism, loadavg } from 'node:os';
import { gzipSync } from 'node:zlib';
import type { ArchitectureModel, Component } from '../src/core/architecture/model';
import { catalogService, SERVICE_IDS, type ServiceId } from '../src/core/catalog/services';
import { estimateCost } from '../src/core/cost/estimate';
import { createPriceBook, type PriceBook } from '../src/core/pricing/price-book';
import { PRICING_REGIONS } from '../src/core/pricing/regions';
import type { SizingInputs } from '../src/core/sizing/inputs';
import { resolveAssumptions } from '../src/core/sizing/assumptions';
import { createPriceListClient } from '../src/pricing-client/client';
import { PRICE_LIST_BURST, PRICE_LIST_REQUESTS_PER_SECOND } from '../src/pricing-client/rate-limiter';
import { refreshRegionSnapshot } from '../src/pricing-client/refresh';
import { DEFAULT_SNAPSHOT_DIR, readSnapshot } from '../src/pricing-client/snapshot-store';
import { productsFromRecords, startPriceListServer } from '../tests/support/price-list-server';

const ARCHITECTURES = 10_000;

/** Deterministic random numbers (mulberry32) so every run measures the same architectures. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function component(serviceId: ServiceId, role: string, id: string = serviceId): Component {
  const label = { en: role, 'pt-BR': role };
  return { id, serviceId, role, roleLabel: label, layer: catalogService(serviceId).layer, ruleIds: [], citations: [] };
}

function randomArchitecture(next: () => number): ArchitectureModel {
  const components: Component[] = [];
  for (const zone of ['bronze', 'silver', 'gold']) if (next() < 0.7) components.push(component('s3', `${zone}-zone`, `s3-${zone}`));
  for (const id of SERVICE_IDS) if (id !== 's3' && next() < 0.3) components.push(component(id, id === 'lambda' && next() < 0.5 ? 'api-extract' : 'any'));
  const maybe = (value: number) => (next() < 0.6 ? value : undefined);
  const sizing: SizingInputs = {
    dailyIngestGb: maybe(Math.round(next() * 5000)),
    eventsPerSecond: maybe(Math.round(next() * 50_000)),
    recordSizeKb: maybe(Math.round(next() * 100) + 1),
    queriesPerDay: maybe(Math.round(next() * 10_000)),
    dashboardReaders: maybe(Math.round(next() * 500)),
    etlRunsPerDay: maybe(Math.round(next() * 96)),
  };
  return { components, edges: [], alternatives: [], sizing: Object.fromEntries(Object.entries(sizing).filter(([, value]) => value !== undefined)), warnings: [], firedRules: [] };
}

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;
}

async function estimateLatency(): Promise<void> {
  const books: PriceBook[] = await Promise.all(PRICING_REGIONS.map(async (region) => createPriceBook(await readSnapshot(DEFAULT_SNAPSHOT_DIR, region))));
  const next = random(20261125);
  const cases = Array.from({ length: ARCHITECTURES }, () => ({ model: randomArchitecture(next), book: books[Math.floor(next() * books.length)] as PriceBook, freeTier: next() < 0.5 }));
  for (const item of cases.slice(0, 500)) estimateCost(item.model, resolveAssumptions(item.model.sizing), item.book, { freeTier: item.freeTier });
  const times: number[] = [];
  const cpuTimes: number[] = [];
  const rendered: number[] = [];
  let components = 0;
  for (const item of cases) {
    const cpu = process.cpuUsage();
    const start = performance.now();
    const estimate = estimateCost(item.model, resolveAssumptions(item.model.sizing), item.book, { freeTier: item.freeTier });
    const middle = performance.now();
    const used = process.cpuUsage(cpu);
    JSON.stringify(estimate);
    const end = performance.now();
    times.push(middle - start);
    cpuTimes.push((used.user + used.system) / 1000);
    rendered.push(end - start);
    components += item.model.components.length;
  }
  times.sort((a, b) => a - b);
  cpuTimes.sort((a, b) => a - b);
  rendered.sort((a, b) => a - b);
  const ms = (value: number) => `${value.toFixed(3)} ms`;
  console.log(`estimate (resolveAssumptions + estimateCost, band and 10× view included), ${ARCHITECTURES} random architectures, ${(components / ARCHITECTURES).toFixed(1)} components on average:`);
  console.log(`  p50 ${ms(percentile(times, 50))}  p95 ${ms(percentile(times, 95))}  p99 ${ms(percentile(times, 99))}  max ${ms(times.at(-1) ?? Number.NaN)}  (target p95 < 1 ms)`);
  // CPU time leaves out time spent waiting for a core, so it stays comparable on a busy machine.
  console.log(`  CPU time (this process): p50 ${ms(percentile(cpuTimes, 50))}  p95 ${ms(percentile(cpuTimes, 95))}  (load average ${loadavg()[0]?.toFixed(2)} on ${availableParallelism()} cores)`);
  console.log(`  with every formula rendered to JSON: p50 ${ms(percentile(rendered, 50))}  p95 ${ms(percentile(rendered, 95))}`);
}

async function snapshotBytes(): Promise<void> {
  console.log('price snapshot shipped to the browser per region (gzip -9):');
  const index = await readFile(join(DEFAULT_SNAPSHOT_DIR, 'index.json'));
  for (const region of PRICING_REGIONS) {
    const raw = await readFile(join(DEFAULT_SNAPSHOT_DIR, `${region}.json`));
    const gzip = gzipSync(raw, { level: 9 }).length;
    console.log(`  ${region}: ${raw.length} B raw, ${gzip} B gzip = ${((gzip / 61_440) * 100).toFixed(1)}% of the 60 KB budget`);
  }
  console.log(`  index.json (dates per service, all regions): ${index.length} B raw, ${gzipSync(index, { level: 9 }).length} B gzip`);
}

async function refreshTime(): Promise<void> {
  const snapshots = await Promise.all(PRICING_REGIONS.map((region) => readSnapshot(DEFAULT_SNAPSHOT_DIR, region)));
  const server = await startPriceListServer({ products: productsFromRecords(snapshots.flatMap((snapshot) => [...snapshot.records])), pageSize: 100 });
  const credentials = { accessKeyId: 'AKIDBENCHBENCHBENCH0', secretAccessKey: 'bench-secret-not-real' };
  try {
    const paced = await createPriceListClient({ endpoint: server.url, credentials });
    const [first] = snapshots;
    let start = performance.now();
    if (first !== undefined) await refreshRegionSnapshot(first, paced);
    const pacedSeconds = (performance.now() - start) / 1000;
    console.log(`refresh of ${first?.region} (${first?.records.length} prices, all services) at the API's ${PRICE_LIST_REQUESTS_PER_SECOND} requests/s (burst ${PRICE_LIST_BURST}): ${paced.requestCount} GetProducts in ${pacedSeconds.toFixed(1)} s`);
    paced.close();
    const unpaced = await createPriceListClient({ endpoint: server.url, credentials, requestsPerSecond: 100_000, burst: 100_000 });
    start = performance.now();
    for (const snapshot of snapshots) await refreshRegionSnapshot(snapshot, unpaced);
    console.log(`refresh of all ${snapshots.length} regions with the limiter lifted (local server cost only): ${unpaced.requestCount} GetProducts in ${((performance.now() - start) / 1000).toFixed(2)} s`);
    unpaced.close();
  } finally {
    await server.close();
  }
}

export async function run(): Promise<void> {
  await estimateLatency();
  await snapshotBytes();
  await refreshTime();
}
