import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { PROJECT, lakewise } from '../support/lakewise-cli';

const scratch = mkdtempSync(path.join(tmpdir(), 'lakewise-answers-'));

describe('lakewise answers', () => {
  test('schema prints the committed JSON Schema', async () => {
    const run = await lakewise('answers', 'schema');
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual(JSON.parse(readFileSync(path.join(PROJECT, 'schemas/answers.schema.json'), 'utf8')));
  });

  test('template prints a filled example that recommend accepts', async () => {
    const template = await lakewise('answers', 'template', '--locale', 'pt-BR');
    expect(template.code).toBe(0);
    const parsed = JSON.parse(template.stdout) as { locale: string; opportunity: { customerName: string } };
    expect(parsed.locale).toBe('pt-BR');
    expect(parsed.opportunity.customerName).toBe('Varejo Exemplo Ltda.');
    const file = path.join(scratch, 'template.json');
    writeFileSync(file, template.stdout);
    const check = await lakewise('answers', 'check', file);
    expect(check).toEqual({ code: 0, stdout: `${file}: valid answers\n`, stderr: '' });
    const recommend = await lakewise('recommend', file, '--format', 'mermaid');
    expect(recommend.code).toBe(0);
  });

  test('check names every wrong field and exits 1', async () => {
    const run = await lakewise('answers', 'check', path.join(PROJECT, 'tests/fixtures/answers/invalid/none-and-kafka.json'));
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/none-and-kafka\.json: estate\.existing: "none" cannot be combined with other platforms\n$/);
  });

  test('migrate prints a version 1 file in the current version', async () => {
    const run = await lakewise('answers', 'migrate', path.join(PROJECT, 'tests/fixtures/answers/v1/retail-v1.json'));
    expect(run.code).toBe(0);
    const migrated = JSON.parse(run.stdout) as { schemaVersion: number; freshness: string; estate: { existing: string[] } };
    expect(migrated.schemaVersion).toBe(2);
    expect(migrated.freshness).toBe('near-real-time-minutes');
    expect(migrated.estate.existing).toEqual(['onprem-dw', 'existing-lake']);
  });

  test('bad usage exits 2 and says what was expected', async () => {
    const none = await lakewise('answers');
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('missing the subcommand');
    const unknown = await lakewise('answers', 'validate');
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('unknown subcommand "validate"; expected one of schema, template, check, migrate');
    const locale = await lakewise('answers', 'template', '--locale', 'es');
    expect(locale.code).toBe(2);
    expect(locale.stderr).toContain('--locale: expected one of pt-BR, en, received "es"');
    const missingFile = await lakewise('answers', 'check');
    expect(missingFile.code).toBe(2);
  });
});
