import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { S3_ZONE_COMPONENT_IDS } from '../../../src/core/architecture/roles';
import { recommend } from '../../../src/core/architecture/recommend';
import { catalogService, isServiceId } from '../../../src/core/catalog/services';
import { LOCALES, type Localized } from '../../../src/core/locales';
import { explainArchitecture } from '../../../src/core/rules/explain';
import { RULE_EXPLANATIONS } from '../../../src/core/rules/explanations';
import { answersArbitrary } from '../answers/arbitrary';

const nonEmpty = (text: Localized) => LOCALES.every((locale) => text[locale].trim() !== '');

describe('recommend properties', () => {
  test('every edge joins existing components, and every component is a catalog service in its catalog layer', () => {
    fc.assert(
      fc.property(answersArbitrary, (answers) => {
        const model = recommend(answers);
        const ids = new Set(model.components.map((component) => component.id));
        expect(ids.size).toBe(model.components.length);
        for (const edge of model.edges) {
          expect(ids.has(edge.from) && ids.has(edge.to)).toBe(true);
          expect(edge.from).not.toBe(edge.to);
        }
        for (const component of model.components) {
          expect(isServiceId(component.serviceId)).toBe(true);
          expect(component.layer).toBe(catalogService(component.serviceId).layer);
        }
        for (const alternative of model.alternatives) {
          expect(ids.has(alternative.chosen)).toBe(true);
          expect(isServiceId(alternative.serviceId)).toBe(true);
        }
      }),
      { numRuns: 400 },
    );
  });

  test('keeps the id contract with the cost model: one component per service, S3 as up to three zones', () => {
    fc.assert(
      fc.property(answersArbitrary, (answers) => {
        const model = recommend(answers);
        const services = model.components.filter((component) => component.serviceId !== 's3').map((component) => component.serviceId);
        expect(new Set(services).size).toBe(services.length);
        for (const component of model.components) {
          if (component.serviceId === 's3') {
            expect(S3_ZONE_COMPONENT_IDS[component.role as keyof typeof S3_ZONE_COMPONENT_IDS]).toBe(component.id);
          } else {
            expect(component.id).toBe(component.serviceId);
          }
        }
        expect(model.components.filter((component) => component.serviceId === 's3').length).toBeLessThanOrEqual(3);
      }),
      { numRuns: 400 },
    );
  });

  test('every rationale, role label, flow, reason and warning exists in both locales', () => {
    fc.assert(
      fc.property(answersArbitrary, (answers) => {
        const model = recommend(answers);
        for (const locale of LOCALES) {
          const explanation = explainArchitecture(model, locale, RULE_EXPLANATIONS[locale]);
          for (const text of [...Object.values(explanation.components), ...explanation.alternatives, ...Object.values(explanation.warnings)]) expect(text.trim()).not.toBe('');
        }
        for (const component of model.components) {
          expect(nonEmpty(component.roleLabel)).toBe(true);
          expect(component.ruleIds.length).toBeGreaterThan(0);
          expect(component.citations.length).toBeGreaterThan(0);
        }
        for (const edge of model.edges) expect(nonEmpty(edge.flow)).toBe(true);
      }),
      { numRuns: 400 },
    );
  });

  test('is deterministic and JSON-able: the same answers give the same model, byte for byte', () => {
    fc.assert(
      fc.property(answersArbitrary, (answers) => {
        const first = recommend(answers);
        const second = recommend(structuredClone(answers));
        expect(JSON.stringify(second)).toBe(JSON.stringify(first));
        expect(JSON.parse(JSON.stringify(first))).toEqual(first);
      }),
      { numRuns: 400 },
    );
  });

  test('never leaves an analytic consumer without a way to query, or a pipeline without orchestration', () => {
    fc.assert(
      fc.property(answersArbitrary, (answers) => {
        const roles = new Set(recommend(answers).components.map((component) => component.role));
        const ids = new Set(recommend(answers).components.map((component) => component.id));
        if (answers.consumers.kinds.some((kind) => kind === 'bi-dashboards' || kind === 'adhoc-sql')) expect(ids.has('athena') || ids.has('redshift')).toBe(true);
        if (answers.consumers.kinds.includes('bi-dashboards')) expect(ids.has('quicksight')).toBe(true);
        expect(roles.has('bronze-zone') && ids.has('step-functions') && ids.has('cloudwatch')).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});
