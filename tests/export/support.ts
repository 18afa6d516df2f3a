import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseAnswersOrThrow } from '../../src/core/answers/parse';
import type { Answers, AnswersInput } from '../../src/core/answers/schema';
import { prepareExport, type ExportSettings, type PreparedExport } from '../../src/export/prepare';

export const PROJECT_ROOT = path.resolve(import.meta.dirname, '../..');
export const FIXTURES = path.join(PROJECT_ROOT, 'tests/fixtures/answers');

/** Every export in these tests carries this date, so outputs are byte-stable. */
export const EXPORT_DATE = '2026-11-25';

/**
 * A customer name that is every kind of trouble at once: a spreadsheet formula at
 * the start, HTML, an ampersand, both quotes, commas, right-to-left scripts and an
 * emoji, short enough for the diagram title to keep it whole (80 characters).
 */
export const HOSTILE_NAME = `=cmd|' /C calc'!A0 <script>alert("x")</script> & Sons, 'Ltd' שלום مرحبا 😀`;
/** An industry with a line break, Markdown and a formula trigger of its own. */
export const HOSTILE_INDUSTRY = '+Retail & <b>bold</b>, [link](http://evil) # "q"\nsecond line 😀';
/** Seller notes, which no customer-facing file may contain. */
export const SELLER_NOTES = 'SELLER-ONLY: =HYPERLINK("http://evil","x") <img src=x onerror=alert(1)> discount 30%';

export function fixtureAnswers(shape: string): Answers {
  return parseAnswersOrThrow(JSON.parse(readFileSync(path.join(FIXTURES, `${shape}.json`), 'utf8')), `${shape}.json`);
}

export function hostileAnswers(shape = 'lambda-architecture'): Answers {
  const base = JSON.parse(readFileSync(path.join(FIXTURES, `${shape}.json`), 'utf8')) as AnswersInput;
  return parseAnswersOrThrow({ ...base, opportunity: { ...base.opportunity, customerName: HOSTILE_NAME, industry: HOSTILE_INDUSTRY }, notes: SELLER_NOTES }, 'hostile answers');
}

export function prepare(answers: Answers, settings: ExportSettings = {}): Promise<PreparedExport> {
  return prepareExport(answers, { generatedOn: EXPORT_DATE, ...settings }, PROJECT_ROOT);
}

/** Text as a person reads it from a PDF: pdftotext's bidi embedding marks removed, whitespace runs folded. */
export function readableText(text: string): string {
  return text.replace(/[\u202A-\u202E\u2066-\u2069\u200E\u200F]/g, '').replace(/\s+/g, ' ');
}
