import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { main } from '../../src/cli/main';
import type { Estimate } from '../../src/core/cost/estimate';
import { formatUsd } from '../../src/core/cost/number-format';
import { calendarDayIn } from '../../src/core/calendar';
import { proposalToMarkdown } from '../../src/core/export/markdown';
import { fixtureAnswers, prepare } from '../export/support';
import { lakewise, PROJECT } from '../support/lakewise-cli';

const run = promisify(execFile);
const FIXTURES = path.join(PROJECT, 'tests/fixtures/answers');
const BATCH = path.join(FIXTURES, 'batch-data-lake.json');
const NODE = path.join(PROJECT, 'node_modules/.bin/node');
const BIN = path.join(PROJECT, 'bin/lakewise.mjs');

async function cli(...args: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await main(['export', ...args], { stdout: (text) => (stdout += text), stderr: (text) => (stderr += text) });
  return { code, stdout, stderr };
}

let workDir: string;
beforeAll(async () => {
  workDir = await mkdtemp(path.join(tmpdir(), 'lakewise-cli-export-'));
});
afterAll(async () => {
  await rm(workDir, { recursive: true, force: true });
});

describe('lakewise export', () => {
  test('--help lists every format', async () => {
    const result = await cli('--help');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Usage: lakewise export <answers.json> [--format pdf|md|html|zip|svg|png|mmd|drawio|csv|json]');
  });

  test.each([
    [['--format', 'docx', BATCH], '--format: expected one of pdf, md, html, zip, svg, png, mmd, drawio, csv, json, received "docx"'],
    [['--format', 'md'], 'missing the answers file'],
    [['--format', 'pdf', '--out', '-', BATCH], '--out -: pdf is binary; write it to a file'],
    [['--format', 'md', '--no-cdk', BATCH], '--no-cdk only applies to --format zip'],
    [['--region', 'mars-1', BATCH], '--region: no price snapshot for "mars-1"'],
    [['--locale', 'fr', BATCH], '--locale: expected one of pt-BR, en, received "fr"'],
  ])('refuses bad usage with exit code 2: %j', async (args, message) => {
    const result = await cli(...args);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(`lakewise export: ${message}`);
  });

  test('names every wrong field of an invalid answers file, exit code 1', async () => {
    const file = path.join(FIXTURES, 'invalid/many-problems.json');
    const result = await cli('--format', 'md', '--out', '-', file);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^lakewise export: .*many-problems\.json: /m);
    expect(result.stdout).toBe('');
  });

  test('refuses a BRL rate dated after today before writing anything', async () => {
    const future = calendarDayIn(new Date(Date.now() + 2 * 86_400_000));
    const target = path.join(workDir, 'future-rate.md');
    const result = await cli('--format', 'md', '--brl-rate', '5.40', '--brl-date', future, '--out', target, BATCH);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(`lakewise export: exchange rate date: ${future} is in the future (today is ${calendarDayIn(new Date())}); give the day you read the rate`);
    expect(existsSync(target)).toBe(false);
  });

  test('prints a text format to standard output: the same proposal the core renders', async () => {
    const result = await cli('--format', 'md', '--locale', 'en', '--out', '-', BATCH);
    expect(result.code).toBe(0);
    const expected = proposalToMarkdown((await prepare(fixtureAnswers('batch-data-lake'), { locale: 'en' })).proposal);
    const withoutDate = (text: string) => text.replace(/\*\*Date:\*\* \d{1,2} [A-Z][a-z]+ \d{4}/, '**Date:** (today)');
    expect(withoutDate(result.stdout)).toBe(withoutDate(expected));
    expect(result.stderr).toMatch(/^lakewise export: md, [\d.]+ KB: 11 components, \$[\d,]+\.\d{2} per month in sa-east-1\n$/);
  });

  test('writes a file in place, leaving no temporary file, with the cents of lakewise estimate', async () => {
    let estimateJson = '';
    await main(['estimate', BATCH, '--format', 'json', '--set', 'queries_per_day=1200'], { stdout: (text) => (estimateJson += text), stderr: () => undefined });
    const estimate = JSON.parse(estimateJson) as Estimate;
    const target = path.join(workDir, 'costs', 'arena.csv');
    const result = await cli('--format', 'csv', '--out', target, '--set', 'queries_per_day=1200', BATCH);
    expect(result.code).toBe(0);
    const size = (await readFile(target)).byteLength;
    expect(result.stdout).toBe(`Wrote ${target} (${(size / 1024).toFixed(1)} KB): 11 components, ${formatUsd(estimate.totals.expectedUsd, 'en')} per month in sa-east-1.\n`);
    expect(await readdir(path.dirname(target))).toEqual(['arena.csv']);
    const rows = Papa.parse<Record<string, string>>(await readFile(target, 'utf8'), { header: true, skipEmptyLines: true }).data;
    expect(rows.find((row) => row.line_id === 'total.expected')?.monthly_usd).toBe(estimate.totals.expectedUsd);
  });

  test('names the --out path in one line when it is a folder, or under a file, and writes nothing', async () => {
    const folder = path.join(workDir, 'a-folder');
    await mkdir(folder);
    const onFolder = await cli('--format', 'md', '--out', folder, BATCH);
    expect(onFolder.code).toBe(1);
    expect(onFolder.stderr).toBe(`lakewise export: --out ${folder}: is a folder, expected a file\n`);
    expect(await readdir(folder)).toEqual([]);
    const file = path.join(workDir, 'a-file');
    await writeFile(file, 'kept');
    const underFile = await cli('--format', 'md', '--out', path.join(file, 'proposal.md'), BATCH);
    expect(underFile.code).toBe(1);
    expect(underFile.stderr).toBe(`lakewise export: ${file}: is a file, expected a folder\n`);
    expect(await readFile(file, 'utf8')).toBe('kept');
  });

  // Root passes every permission check, so these are folders that refuse root too.
  test('stops at once with one line when --out is under /proc or in a read-only folder', async () => {
    const inProc = await lakewise('export', BATCH, '--format', 'md', '--out', '/proc/lakewise-proposal.md');
    expect(inProc.code).toBe(1);
    expect(inProc.stderr).toBe('lakewise export: --out /proc/lakewise-proposal.md: /proc does not accept new files or folders\n');
    const underProc = await lakewise('export', BATCH, '--format', 'md', '--out', '/proc/lakewise/proposal.md');
    expect(underProc.code).toBe(1);
    expect(underProc.stderr).toBe('lakewise export: /proc/lakewise: /proc does not accept new files or folders\n');
    const readOnly = await lakewise('export', BATCH, '--format', 'pdf', '--out', '/sys/kernel/lakewise-proposal.pdf');
    expect(readOnly.code).toBe(1);
    expect(readOnly.stderr).toBe('lakewise export: --out /sys/kernel/lakewise-proposal.pdf: permission denied\n');
    expect(existsSync('/sys/kernel/lakewise-proposal.pdf')).toBe(false);
    expect(inProc.stdout + underProc.stdout + readOnly.stdout).toBe('');
  });

  test('the installed binary prints a PDF with headless Chromium, named after the format by default', async () => {
    const { stdout } = await run(NODE, [BIN, 'export', BATCH, '--locale', 'en'], { cwd: workDir });
    const pdf = path.join(workDir, 'lakewise-proposal.pdf');
    expect(stdout).toContain(`Wrote ${pdf} (`);
    const text = (await run('pdftotext', [pdf, '-'])).stdout;
    let estimateJson = '';
    await main(['estimate', BATCH, '--format', 'json'], { stdout: (chunk) => (estimateJson += chunk), stderr: () => undefined });
    expect(text.replace(/\s+/g, ' ')).toContain(`Total per month (expected): ${formatUsd((JSON.parse(estimateJson) as Estimate).totals.expectedUsd, 'en')}`);
  }, 60_000);
});
