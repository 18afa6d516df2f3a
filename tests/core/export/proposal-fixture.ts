import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseAnswersOrThrow } from '../../../src/core/answers/parse';
import type { Answers, AnswersInput } from '../../../src/core/answers/schema';
import { recommend } from '../../../src/core/architecture/recommend';
import { estimateCost, type ExchangeRate } from '../../../src/core/cost/estimate';
import { toMermaid } from '../../../src/core/diagram/mermaid';
import { buildProposal, type ObjectionEntry, type Proposal } from '../../../src/core/export/proposal';
import type { Locale } from '../../../src/core/locales';
import { DEFAULT_PRICING_REGION, isRegionCode } from '../../../src/core/pricing/regions';
import { resolveAssumptions } from '../../../src/core/sizing/assumptions';
import { loadBundledPriceBook } from '../../../src/data/price-snapshot/bundled';

const FIXTURES = path.resolve(import.meta.dirname, '../../fixtures/answers');

export function readFixture(shape: string): AnswersInput {
  return JSON.parse(readFileSync(path.join(FIXTURES, `${shape}.json`), 'utf8')) as AnswersInput;
}

/** Objection cards as the edge would pass them (in each locale), written here so core tests read no files. */
export const OBJECTIONS: Readonly<Record<Locale, readonly ObjectionEntry[]>> = {
  en: [
    { slug: 'kinesis-locks-us-in', title: 'Kinesis locks us in', objection: 'We will never get out.', answer: 'The data lands in S3 in open formats.', proofPoints: ['MSK speaks the Kafka API'], services: ['msk', 'kinesis-data-streams', 'data-firehose'] },
    { slug: 'lake-becomes-swamp', title: 'The lake becomes a swamp', objection: 'Nobody will find anything.', answer: 'A catalog and zones keep it tidy.', proofPoints: ['Glue Data Catalog lists every table'], services: ['glue-data-catalog', 's3'] },
    { slug: 'no-ml-skills', title: 'No ML skills', objection: 'We have no data scientists.', answer: 'Start with SQL.', proofPoints: ['SageMaker has guided tools'], services: ['sagemaker'] },
  ],
  'pt-BR': [
    { slug: 'kinesis-locks-us-in', title: 'O Kinesis nos prende', objection: 'Nunca vamos conseguir sair.', answer: 'Os dados chegam ao S3 em formatos abertos.', proofPoints: ['O MSK fala a API do Kafka'], services: ['msk', 'kinesis-data-streams', 'data-firehose'] },
    { slug: 'lake-becomes-swamp', title: 'O lake vira um pântano', objection: 'Ninguém vai achar nada.', answer: 'Um catálogo e zonas mantêm tudo organizado.', proofPoints: ['O Glue Data Catalog lista cada tabela'], services: ['glue-data-catalog', 's3'] },
    { slug: 'no-ml-skills', title: 'Não temos ML', objection: 'Não temos cientistas de dados.', answer: 'Comece com SQL.', proofPoints: ['O SageMaker tem ferramentas guiadas'], services: ['sagemaker'] },
  ],
};

/** A proposal built purely from the core, with the bundled prices, dated for stable output. */
export async function proposalFor(input: AnswersInput | Answers, options: { locale?: Locale; objections?: readonly ObjectionEntry[]; exchangeRate?: ExchangeRate } = {}): Promise<Proposal> {
  const answers = parseAnswersOrThrow(input);
  const locale = options.locale ?? answers.locale;
  const model = recommend(answers);
  const asked = answers.opportunity.region;
  const region = asked !== undefined && isRegionCode(asked) ? asked : DEFAULT_PRICING_REGION;
  const assumptions = resolveAssumptions(model.sizing);
  const exchangeRate = options.exchangeRate === undefined ? {} : { exchangeRate: options.exchangeRate };
  const estimate = estimateCost(model, assumptions, await loadBundledPriceBook(region), { ...exchangeRate, today: '2026-12-05' });
  return buildProposal({
    answers,
    locale,
    model,
    diagram: toMermaid(model, answers.opportunity.customerName === undefined ? { locale } : { locale, customerName: answers.opportunity.customerName }),
    estimate,
    pricing: { region, ...(asked !== undefined && asked !== region ? { unpricedRegion: asked } : {}), preset: assumptions.preset, overrides: {}, freeTier: false, ...exchangeRate },
    objections: options.objections ?? OBJECTIONS[locale],
    generatedOn: '2026-11-25',
  });
}
