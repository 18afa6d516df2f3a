import { describe, expect, test } from 'vitest';
import { parseAnswersOrThrow } from '../../../src/core/answers/parse';
import { recommend } from '../../../src/core/architecture/recommend';
import { estimateCost } from '../../../src/core/cost/estimate';
import { toMermaid } from '../../../src/core/diagram/mermaid';
import { customerFacingAnswers, answersFileText } from '../../../src/core/export/answers-file';
import { buildProposal, MAX_PROPOSAL_OBJECTIONS } from '../../../src/core/export/proposal';
import { warningMessage } from '../../../src/core/rules/explain';
import { RULE_EXPLANATIONS } from '../../../src/core/rules/explanations';
import { resolveAssumptions } from '../../../src/core/sizing/assumptions';
import { loadBundledPriceBook } from '../../../src/data/price-snapshot/bundled';
import { proposalCountText } from '../../../src/core/export/text';
import { proposalFor, readFixture } from './proposal-fixture';

describe('buildProposal', () => {
  test('states the customer context in the proposal language, with option labels and units', async () => {
    const proposal = await proposalFor(readFixture('governed-lake'));
    expect(proposal.locale).toBe('pt-BR');
    expect(proposal.customer.name).toBe('Saúde Integrada S.A.');
    const facts = Object.fromEntries(proposal.customer.facts.map((fact) => [fact.fieldId, fact.value]));
    expect(facts['opportunity.industry']).toBe('Saúde');
    expect(facts['volume.retainedHistoryGb']).toBe('60.000 GB');
    expect(facts['freshness']).toBe('Lote diário');
    expect(facts['sources.kinds']).toBe('Bancos de dados relacionais, Arquivos e exportações CSV');
    expect(proposal.customer.facts.map((fact) => fact.fieldId)).not.toContain('notes');
  });

  test('lists unanswered discovery fields as not yet known, and as a risk and a next step', async () => {
    const proposal = await proposalFor({ schemaVersion: 2, opportunity: { customerName: 'Nova' }, sources: { kinds: ['relational-databases'] }, locale: 'en' });
    const unknown = proposal.customer.unknown.map((field) => field.fieldId);
    expect(unknown).toEqual(expect.arrayContaining(['opportunity.industry', 'freshness', 'consumers.kinds', 'team.preference', 'budget.sensitivity']));
    expect(unknown).not.toContain('volume.dailyIngestGb');
    const risk = proposal.risks.find((candidate) => candidate.id === 'unknown.answers');
    expect(risk?.text).toMatch(/^Not yet known: Industry, .*Freshness needed/);
    expect(risk?.fields).toEqual(unknown);
    expect(proposal.risks.find((candidate) => candidate.id === 'unknown.usage')?.text).toMatch(/^\d+ of the \d+ usage figures behind the estimate are defaults/);
    expect(proposal.nextSteps.map((step) => step.id)).toEqual(expect.arrayContaining(['confirm-answers', 'review-defaults']));
  });

  test('turns every advisor warning into a risk, in the proposal language', async () => {
    const answers = parseAnswersOrThrow({ schemaVersion: 2, locale: 'pt-BR', sources: { kinds: ['event-streams'] }, governance: { needs: ['pii'] } });
    const model = recommend(answers);
    expect(model.warnings.length).toBeGreaterThan(0);
    const proposal = await proposalFor(answers);
    for (const warning of model.warnings) {
      expect(proposal.risks).toContainEqual({ id: warning.id, kind: 'warning', text: warningMessage(warning, RULE_EXPLANATIONS['pt-BR']), fields: warning.fields });
    }
    expect(proposal.nextSteps.map((step) => step.id)).toContain('resolve-warnings');
  });

  test('names what could not be priced, the region it fell back from and the cost that dominates at 10×', async () => {
    const proposal = await proposalFor({ ...readFixture('dw-modernisation'), opportunity: { customerName: 'X', region: 'ap-south-1' }, locale: 'en' });
    const pricing = proposal.risks.filter((risk) => risk.kind === 'pricing');
    expect(pricing.map((risk) => risk.id)).toEqual(['pricing.not-priced', 'pricing.region']);
    expect(pricing[0]!.text).toContain(`${proposal.estimate.notPriced.length} charges have no price`);
    expect(pricing[1]!.text).toBe('The price snapshot has no prices for ap-south-1; the estimate uses us-east-1 prices, which differ.');
    const growth = proposal.risks.find((risk) => risk.id === 'growth.dominant');
    expect(proposal.estimate.sensitivity.dominant).toBe('redshift');
    expect(growth?.text).toMatch(/^If the data grows 10×, the monthly cost reaches \$[\d,]+\.\d{2}, and Amazon Redshift becomes the largest cost \([\d.]+% of it\)\.$/);
  });

  test.each([
    ['en', '1 charge has no price in the price data and is left out of the total, so the bill will be higher: '],
    ['pt-BR', '1 cobrança não tem preço nos dados de preço e fica fora do total, então a conta será maior: '],
  ] as const)('says one unpriced charge in the singular, in %s', async (locale, sentence) => {
    const proposal = await proposalFor(readFixture('kafka-streaming'), { locale });
    expect(proposal.estimate.notPriced).toHaveLength(1);
    expect(proposal.risks.find((risk) => risk.id === 'pricing.not-priced')?.text).toMatch(new RegExp(`^${sentence}\\S`));
  });

  test('counts defaults and objections in the singular for one and the plural for more, in both languages', () => {
    expect(proposalCountText('en', 'riskDefaultUsage', 1, { total: 20 })).toBe('1 of the 20 usage figures behind the estimate is a default, not the customer’s number (marked “default” under Assumptions), which is why the range is wide.');
    expect(proposalCountText('pt-BR', 'riskDefaultUsage', 1, { total: 20 })).toBe('1 dos 20 números de uso por trás da estimativa é padrão, não número do cliente (marcado como “padrão” nas Premissas), e por isso a faixa é larga.');
    expect(proposalCountText('en', 'riskDefaultUsage', 2, { total: 20 })).toMatch(/^2 of the 20 usage figures behind the estimate are defaults/);
    expect(proposalCountText('pt-BR', 'riskDefaultUsage', 2, { total: 20 })).toMatch(/^2 dos 20 números de uso por trás da estimativa são padrões/);
    expect(proposalCountText('en', 'riskNotPriced', 3, { items: 'x' })).toMatch(/^3 charges have no price/);
    expect(proposalCountText('pt-BR', 'riskNotPriced', 3, { items: 'x' })).toMatch(/^3 cobranças não têm preço/);
    expect(proposalCountText('pt-BR', 'stepObjections', 1)).toBe('Preparar a resposta à objeção abaixo para a próxima reunião.');
  });

  test('keeps only objections about chosen services, naming only those services', async () => {
    const proposal = await proposalFor(readFixture('lambda-architecture'));
    const services = new Set(proposal.model.components.map((component) => component.serviceId));
    expect(proposal.objections.map((objection) => objection.slug)).toEqual(['kinesis-locks-us-in', 'lake-becomes-swamp']);
    for (const objection of proposal.objections) for (const service of objection.services) expect(services.has(service)).toBe(true);
    expect(proposal.objections[0]!.services).not.toContain('msk');
    expect(proposal.nextSteps.at(-1)).toEqual({ id: 'objections', text: 'Prepare the answers to the 2 objections below for the next meeting.' });
  });

  test('leaves out objections that touch only storage or monitoring, and answers at most six', async () => {
    const generic = { title: 'Generic', objection: 'o', answer: 'a', proofPoints: ['p'] };
    const onlyGround = { ...generic, slug: 'only-ground', services: ['s3', 'cloudwatch', 'redshift'] } as const;
    const many = Array.from({ length: 9 }, (_, index) => ({ ...generic, slug: `glue-${index}`, services: ['glue', 's3'] as const }));
    const proposal = await proposalFor(readFixture('batch-data-lake'), { objections: [onlyGround, ...many].map((entry) => ({ ...entry, services: [...entry.services] })) });
    expect(proposal.objections.map((objection) => objection.slug)).toEqual(['glue-0', 'glue-1', 'glue-2', 'glue-3', 'glue-4', 'glue-5']);
    expect(MAX_PROPOSAL_OBJECTIONS).toBe(6);
  });

  test('refuses an estimate made for another architecture', async () => {
    const batch = parseAnswersOrThrow(readFixture('batch-data-lake'));
    const streaming = parseAnswersOrThrow(readFixture('realtime-streaming'));
    const model = recommend(batch);
    const other = recommend(streaming);
    const estimate = estimateCost(other, resolveAssumptions(other.sizing), await loadBundledPriceBook('us-east-1'));
    expect(() =>
      buildProposal({
        answers: batch,
        locale: 'en',
        model,
        diagram: toMermaid(model, { locale: 'en' }),
        estimate,
        pricing: { region: 'us-east-1', preset: 'medium', overrides: {}, freeTier: false },
        objections: [],
        generatedOn: '2026-11-25',
      }),
    ).toThrow(/the estimate prices other components/);
  });

  test('is the same for the same inputs', async () => {
    expect(await proposalFor(readFixture('kafka-streaming'))).toEqual(await proposalFor(readFixture('kafka-streaming')));
  });
});

describe('customerFacingAnswers', () => {
  test('drops the seller notes and nothing else, and the rest re-imports to the same architecture', () => {
    const answers = parseAnswersOrThrow({ ...readFixture('governed-lake'), notes: 'Desconto de 30% aprovado' });
    const exported = customerFacingAnswers(answers);
    expect(exported).not.toHaveProperty('notes');
    expect({ ...exported, notes: answers.notes }).toEqual(answers);
    expect(answersFileText(answers)).not.toContain('Desconto');
    const reimported = parseAnswersOrThrow(JSON.parse(answersFileText(answers)));
    expect(recommend(reimported)).toEqual(recommend(answers));
  });
});
