import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { PROJECT, lakewise } from '../support/lakewise-cli';

const fixture = (name: string) => path.join(PROJECT, 'tests/fixtures/answers', name);
const scratch = mkdtempSync(path.join(tmpdir(), 'lakewise-recommend-'));

function writeScratch(name: string, content: string): string {
  const file = path.join(scratch, name);
  writeFileSync(file, content);
  return file;
}

describe('lakewise recommend', () => {
  test('prints the architecture as Markdown in the answers’ locale by default', async () => {
    const run = await lakewise('recommend', fixture('batch-data-lake.json'));
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('');
    expect(run.stdout).toBe(readFileSync(path.join(PROJECT, 'tests/golden/batch-data-lake/recommendation.pt-BR.md'), 'utf8'));
  });

  test('prints the Mermaid diagram in the requested locale', async () => {
    const run = await lakewise('recommend', fixture('batch-data-lake.json'), '--locale', 'en', '--format', 'mermaid');
    expect(run.code).toBe(0);
    expect(run.stdout).toBe(readFileSync(path.join(PROJECT, 'tests/golden/batch-data-lake/diagram.en.mmd'), 'utf8'));
  });

  test('prints the model, its explanations and the diagram as JSON', async () => {
    const run = await lakewise('recommend', fixture('kafka-streaming.json'), '--format=json');
    expect(run.code).toBe(0);
    const output = JSON.parse(run.stdout) as {
      locale: string;
      model: { components: { id: string }[]; alternatives: unknown[] };
      explanation: { locale: string; components: Record<string, string>; alternatives: string[] };
      diagram: { text: string; nodes: unknown[] };
    };
    expect(output.locale).toBe('pt-BR');
    expect(output.model).toEqual(JSON.parse(readFileSync(path.join(PROJECT, 'tests/golden/kafka-streaming/architecture.json'), 'utf8')));
    expect(output.explanation.locale).toBe('pt-BR');
    expect(Object.keys(output.explanation.components)).toEqual(output.model.components.map((component) => component.id));
    expect(output.explanation.components['s3-bronze']).toMatch(/^Toda fonte chega sem alterações à zona bronze/);
    expect(output.explanation.alternatives).toHaveLength(output.model.alternatives.length);
    expect(output.diagram.text).toBe(readFileSync(path.join(PROJECT, 'tests/golden/kafka-streaming/diagram.pt-BR.mmd'), 'utf8'));
  });

  test('names each wrong field and what was expected, and exits 1', async () => {
    const file = writeScratch('bad.json', JSON.stringify({ schemaVersion: 2, volume: { dailyIngestGb: 'abc' }, freshness: 'now' }));
    const run = await lakewise('recommend', file);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe(
      `lakewise recommend: ${file}: volume.dailyIngestGb: expected a number ≥ 0, received "abc"\n` +
        `lakewise recommend: ${file}: freshness: expected one of realtime-seconds, near-real-time-minutes, hourly, daily-batch, received "now"\n`,
    );
  });

  test('explains unreadable files and broken JSON, and exits 1', async () => {
    const missing = await lakewise('recommend', path.join(scratch, 'missing.json'));
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('missing.json: cannot read the file (no such file)');
    const broken = await lakewise('recommend', writeScratch('broken.json', '{ "schemaVersion": 2,'));
    expect(broken.code).toBe(1);
    expect(broken.stderr).toMatch(/broken\.json: not valid JSON: /);
  });

  test('reads an answers file saved with a UTF-8 byte order mark, as Windows editors write it', async () => {
    const plain = await lakewise('recommend', fixture('batch-data-lake.json'));
    const withBom = await lakewise('recommend', writeScratch('bom.json', `\uFEFF${readFileSync(fixture('batch-data-lake.json'), 'utf8')}`));
    expect(withBom.stderr).toBe('');
    expect(withBom.code).toBe(0);
    expect(withBom.stdout).toBe(plain.stdout);
  });

  test('reports broken JSON on one line, however the parser quotes it', async () => {
    const broken = await lakewise('recommend', writeScratch('two-lines.json', '{\n  "schemaVersion": 2,\n  "freshness": @\n}'));
    expect(broken.code).toBe(1);
    expect(broken.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(broken.stderr).toMatch(/^lakewise recommend: .*two-lines\.json: not valid JSON: /);
  });

  test('refuses a future version of the answers format, and exits 1', async () => {
    const run = await lakewise('recommend', fixture('invalid/future-version.json'));
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('schemaVersion: version 3 is newer than this Lakewise reads (up to 2)');
  });

  test('reads a version 1 file and says it was migrated', async () => {
    const run = await lakewise('recommend', fixture('v1/retail-v1.json'), '--format', 'mermaid');
    expect(run.code).toBe(0);
    expect(run.stderr).toContain('uses answers version 1; read as the current version');
    expect(run.stdout.startsWith('flowchart LR\n')).toBe(true);
  });

  test('rejects bad usage with exit code 2', async () => {
    const badLocale = await lakewise('recommend', fixture('batch-data-lake.json'), '--locale', 'fr');
    expect(badLocale.code).toBe(2);
    expect(badLocale.stderr).toContain('--locale: expected one of pt-BR, en, received "fr"');
    const badFormat = await lakewise('recommend', fixture('batch-data-lake.json'), '--format', 'pdf');
    expect(badFormat.code).toBe(2);
    expect(badFormat.stderr).toContain('--format: expected one of markdown, json, mermaid, received "pdf"');
    const noFile = await lakewise('recommend');
    expect(noFile.code).toBe(2);
    expect(noFile.stderr).toContain('missing the answers file');
    const unknownFlag = await lakewise('recommend', fixture('batch-data-lake.json'), '--colour');
    expect(unknownFlag.code).toBe(2);
    expect(unknownFlag.stderr).toContain("Unknown option '--colour'");
  });

  test('--help prints the usage and exits 0', async () => {
    const run = await lakewise('recommend', '--help');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Usage: lakewise recommend <answers.json>');
  });
});
