import path from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { readContentFiles } from '../../../src/content-model/load-files';
import type { ContentFile } from '../../../src/content-model/integrity';
import { ROLES, isS3ZoneRole } from '../../../src/core/architecture/roles';
import { isServiceId } from '../../../src/core/catalog/services';
import { LOCALES } from '../../../src/core/locales';
import { CITED_OBJECTIONS, JOURNEY_IDS } from '../../../src/core/rules/citations';
import { alternativeReason, ruleRationale, warningMessage } from '../../../src/core/rules/explain';
import { RULE_EXPLANATIONS } from '../../../src/core/rules/explanations';
import { RULES } from '../../../src/core/rules/table';
import { WARNING_RULES } from '../../../src/core/rules/warnings';

const root = path.resolve(import.meta.dirname, '../../..');
let content: ContentFile[] = [];

beforeAll(async () => {
  content = (await readContentFiles(root)).files;
});

const exists = (collection: string, slug: string, locale: string) =>
  content.some((file) => file.collection === collection && file.slug === slug && file.locale === locale);

describe('rules table', () => {
  test('rule ids are unique, stable `area.decision` ids', () => {
    const ids = RULES.map((rule) => rule.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z]+\.[a-z0-9]+(?:-[a-z0-9]+)*$/);
  });

  test('every rule explains itself in both locales and cites at least one playbook entry', () => {
    for (const rule of RULES) {
      for (const locale of LOCALES) expect(ruleRationale(rule.id, RULE_EXPLANATIONS[locale]).trim(), `${rule.id} ${locale}`).not.toBe('');
      expect(rule.cites.length, rule.id).toBeGreaterThan(0);
      for (const alternative of rule.alternatives ?? []) {
        for (const locale of LOCALES) {
          expect(alternativeReason({ ruleId: rule.id, serviceId: alternative.lost }, RULE_EXPLANATIONS[locale]).trim(), `${rule.id} ${locale}`).not.toBe('');
        }
      }
      for (const edge of rule.edges ?? []) {
        for (const locale of LOCALES) expect(edge.flow[locale].trim(), `${rule.id} ${locale}`).not.toBe('');
      }
    }
  });

  test('every rule does something to the architecture', () => {
    for (const rule of RULES) {
      expect((rule.add?.length ?? 0) + (rule.replace?.length ?? 0) + (rule.uses?.length ?? 0), rule.id).toBeGreaterThan(0);
    }
  });

  test('S3 fills only the medallion zones, and the zones only with S3', () => {
    for (const rule of RULES) {
      for (const placement of [...(rule.add ?? []), ...(rule.replace ?? [])]) {
        expect(placement.service === 's3', `${rule.id} ${placement.role}`).toBe(isS3ZoneRole(placement.role));
      }
    }
  });

  test('every role is filled by some rule, so no edge or label is dead', () => {
    const filled = new Set(RULES.flatMap((rule) => [...(rule.add ?? []), ...(rule.replace ?? [])].map((placement) => placement.role)));
    expect(ROLES.filter((role) => !filled.has(role))).toEqual([]);
  });

  test('a rule never lists the service it picks as the one that lost', () => {
    for (const rule of RULES) {
      const picked = new Set([...(rule.add ?? []), ...(rule.replace ?? [])].map((placement) => placement.service));
      for (const alternative of rule.alternatives ?? []) expect(picked.has(alternative.lost), rule.id).toBe(false);
    }
  });

  test('every citation resolves: services to the catalog, journeys and objections to playbook files in every locale', () => {
    expect(content.length).toBeGreaterThan(0);
    for (const rule of RULES) {
      for (const citation of rule.cites) {
        if (citation.collection === 'services') expect(isServiceId(citation.id), `${rule.id} → ${citation.id}`).toBe(true);
        else if (citation.collection === 'journeys') expect((JOURNEY_IDS as readonly string[]).includes(citation.id), `${rule.id} → ${citation.id}`).toBe(true);
        else expect(citation.collection, rule.id).toBe('objections');
        if (citation.collection !== 'services') {
          for (const locale of LOCALES) expect(exists(citation.collection, citation.id, locale), `${rule.id} → ${citation.collection}/${citation.id} (${locale})`).toBe(true);
        }
      }
    }
  });

  test('every objection the rules may cite exists in every locale', () => {
    for (const slug of CITED_OBJECTIONS) {
      for (const locale of LOCALES) expect(exists('objections', slug, locale), `${slug} (${locale})`).toBe(true);
    }
  });

  test('every journey id has a playbook entry in every locale', () => {
    for (const id of JOURNEY_IDS) {
      for (const locale of LOCALES) expect(exists('journeys', id, locale), `${id} (${locale})`).toBe(true);
    }
  });
});

describe('warning rules', () => {
  test('ids are unique kebab-case and every message exists in both locales', () => {
    const ids = WARNING_RULES.map((warning) => warning.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const warning of WARNING_RULES) {
      expect(warning.id).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
      expect(warning.fields.length).toBeGreaterThan(0);
      for (const locale of LOCALES) expect(warningMessage(warning, RULE_EXPLANATIONS[locale]).trim()).not.toBe('');
    }
  });
});

describe('rule explanations', () => {
  test('explain exactly the rules, alternatives and warnings of the tables, in both locales', () => {
    const alternatives = Object.fromEntries(
      RULES.filter((rule) => rule.alternatives !== undefined).map((rule) => [rule.id, rule.alternatives!.map((alternative) => alternative.lost).sort()]),
    );
    for (const locale of LOCALES) {
      const book = RULE_EXPLANATIONS[locale];
      expect(Object.keys(book.rationale).sort(), locale).toEqual(RULES.map((rule) => rule.id).sort());
      expect(Object.fromEntries(Object.entries(book.alternatives).map(([ruleId, reasons]) => [ruleId, Object.keys(reasons).sort()])), locale).toEqual(alternatives);
      expect(Object.keys(book.warnings).sort(), locale).toEqual(WARNING_RULES.map((warning) => warning.id).sort());
    }
  });

  test('a missing explanation is an error naming what is missing, not blank text', () => {
    const empty = { rationale: {}, alternatives: {}, warnings: {} };
    expect(() => ruleRationale('store.bronze-zone', empty)).toThrow('no explanation for rule store.bronze-zone');
    expect(() => alternativeReason({ ruleId: 'process.spark-cluster', serviceId: 'glue' }, empty)).toThrow('alternative glue of rule process.spark-cluster');
    expect(() => warningMessage({ id: 'freshness-unknown' }, empty)).toThrow('warning freshness-unknown');
  });
});
