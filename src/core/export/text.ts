import { truncateText } from '../diagram/escape';
import { MAX_TITLE_NAME_CHARS } from '../diagram/mermaid';
import { pluralForm } from '../i18n/plural';
import type { Locale, Localized } from '../locales';

/**
 * The proposal's own words in both languages: headings, labels and the sentences
 * risks and next steps are built from. `{name}` placeholders are filled by
 * {@link proposalText}; the values put there are escaped by each renderer.
 */
export const PROPOSAL_TEXT = {
  documentTitle: { en: 'AWS analytics platform proposal', 'pt-BR': 'Proposta de plataforma de análise de dados na AWS' },
  preparedFor: { en: 'Prepared for', 'pt-BR': 'Preparada para' },
  preparedOn: { en: 'Date', 'pt-BR': 'Data' },
  generator: { en: 'Prepared with Lakewise from the discovery answers.', 'pt-BR': 'Preparada com o Lakewise a partir das respostas da descoberta.' },
  pageOf: { en: 'Page', 'pt-BR': 'Página' },
  of: { en: 'of', 'pt-BR': 'de' },
  contents: { en: 'Contents', 'pt-BR': 'Sumário' },

  context: { en: 'Customer context', 'pt-BR': 'Contexto do cliente' },
  contextLead: { en: 'What the customer told us in discovery.', 'pt-BR': 'O que o cliente nos contou na descoberta.' },
  question: { en: 'Topic', 'pt-BR': 'Tema' },
  answer: { en: 'Answer', 'pt-BR': 'Resposta' },
  notYetKnown: { en: 'Not yet known', 'pt-BR': 'Ainda não sabemos' },

  architecture: { en: 'Recommended architecture', 'pt-BR': 'Arquitetura recomendada' },
  architectureLead: {
    en: 'Each component and why it was chosen for these answers, by layer.',
    'pt-BR': 'Cada componente e por que foi escolhido para estas respostas, por camada.',
  },
  diagram: { en: 'Architecture diagram', 'pt-BR': 'Diagrama da arquitetura' },
  flows: { en: 'Data flows', 'pt-BR': 'Fluxos de dados' },
  from: { en: 'From', 'pt-BR': 'De' },
  to: { en: 'To', 'pt-BR': 'Para' },
  what: { en: 'What flows', 'pt-BR': 'O que flui' },
  alternatives: { en: 'Alternatives considered', 'pt-BR': 'Alternativas consideradas' },
  insteadOf: { en: 'instead of', 'pt-BR': 'em vez de' },

  cost: { en: 'Monthly cost estimate', 'pt-BR': 'Estimativa de custo mensal' },
  costLead: {
    en: 'AWS list prices for {region}, from the price snapshot of {date}. Every line shows how it was computed.',
    'pt-BR': 'Preços de tabela da AWS para {region}, do snapshot de preços de {date}. Cada linha mostra como foi calculada.',
  },
  region: { en: 'Region', 'pt-BR': 'Região' },
  component: { en: 'Component', 'pt-BR': 'Componente' },
  line: { en: 'Charge', 'pt-BR': 'Cobrança' },
  quantity: { en: 'Quantity', 'pt-BR': 'Quantidade' },
  unitPrice: { en: 'Unit price', 'pt-BR': 'Preço unitário' },
  monthly: { en: 'Monthly (USD)', 'pt-BR': 'Mensal (USD)' },
  monthlyBrl: { en: 'Monthly (BRL)', 'pt-BR': 'Mensal (BRL)' },
  how: { en: 'How it was computed', 'pt-BR': 'Como foi calculado' },
  total: { en: 'Total per month (expected)', 'pt-BR': 'Total por mês (esperado)' },
  range: { en: 'Range from the assumptions', 'pt-BR': 'Faixa pelas premissas' },
  low: { en: 'low', 'pt-BR': 'baixo' },
  high: { en: 'high', 'pt-BR': 'alto' },
  exchange: { en: 'Amounts in BRL at the rate of {date}: {rate}', 'pt-BR': 'Valores em reais pela cotação de {date}: {rate}' },
  notPriced: { en: 'not priced', 'pt-BR': 'não precificado' },
  notPricedTitle: { en: 'Not priced (left out of the total)', 'pt-BR': 'Não precificado (fora do total)' },
  free: { en: 'no charge', 'pt-BR': 'sem cobrança' },
  noUsage: { en: 'no usage', 'pt-BR': 'sem uso' },
  belowCent: { en: '< $0.01', 'pt-BR': '< US$ 0,01' },
  freeTierOn: { en: 'AWS Free Tier allowances subtracted.', 'pt-BR': 'Franquias do nível gratuito da AWS descontadas.' },
  freeTierOff: { en: 'AWS Free Tier not applied.', 'pt-BR': 'Nível gratuito da AWS não aplicado.' },
  assumptions: { en: 'Assumptions', 'pt-BR': 'Premissas' },
  key: { en: 'Usage', 'pt-BR': 'Uso' },
  value: { en: 'Value', 'pt-BR': 'Valor' },
  source: { en: 'Source', 'pt-BR': 'Origem' },
  priceDates: { en: 'Price dates', 'pt-BR': 'Datas dos preços' },
  published: { en: 'published', 'pt-BR': 'publicado' },
  retrieved: { en: 'retrieved (the source has no publication date)', 'pt-BR': 'obtido (a fonte não traz data de publicação)' },
  exclusions: { en: 'Not included', 'pt-BR': 'Não incluído' },

  risks: { en: 'Risks and open points', 'pt-BR': 'Riscos e pontos em aberto' },
  noRisks: { en: 'None found in the answers.', 'pt-BR': 'Nenhum encontrado nas respostas.' },
  nextSteps: { en: 'Next steps', 'pt-BR': 'Próximos passos' },
  objections: { en: 'Objections addressed', 'pt-BR': 'Objeções respondidas' },
  objectionsLead: {
    en: 'Concerns teams often raise about these services, with a short answer.',
    'pt-BR': 'Preocupações que equipes costumam levantar sobre estes serviços, com uma resposta curta.',
  },
  theySay: { en: 'The concern', 'pt-BR': 'A preocupação' },
  ourAnswer: { en: 'Our answer', 'pt-BR': 'Nossa resposta' },
  proofPoints: { en: 'Proof points', 'pt-BR': 'Evidências' },
  about: { en: 'About', 'pt-BR': 'Sobre' },

  riskUnknownAnswers: {
    en: 'Not yet known: {fields}. The recommendation may change once the customer answers them.',
    'pt-BR': 'Ainda não sabemos: {fields}. A recomendação pode mudar quando o cliente responder.',
  },
  riskDefaultUsageOne: {
    en: '{count} of the {total} usage figures behind the estimate is a default, not the customer’s number (marked “default” under Assumptions), which is why the range is wide.',
    'pt-BR': '{count} dos {total} números de uso por trás da estimativa é padrão, não número do cliente (marcado como “padrão” nas Premissas), e por isso a faixa é larga.',
  },
  riskDefaultUsageOther: {
    en: '{count} of the {total} usage figures behind the estimate are defaults, not the customer’s numbers (marked “default” under Assumptions), which is why the range is wide.',
    'pt-BR': '{count} dos {total} números de uso por trás da estimativa são padrões, não números do cliente (marcados como “padrão” nas Premissas), e por isso a faixa é larga.',
  },
  riskNotPricedOne: {
    en: '{count} charge has no price in the price data and is left out of the total, so the bill will be higher: {items}.',
    'pt-BR': '{count} cobrança não tem preço nos dados de preço e fica fora do total, então a conta será maior: {items}.',
  },
  riskNotPricedOther: {
    en: '{count} charges have no price in the price data and are left out of the total, so the bill will be higher: {items}.',
    'pt-BR': '{count} cobranças não têm preço nos dados de preço e ficam fora do total, então a conta será maior: {items}.',
  },
  riskUnpricedRegion: {
    en: 'The price snapshot has no prices for {asked}; the estimate uses {region} prices, which differ.',
    'pt-BR': 'O snapshot de preços não tem preços para {asked}; a estimativa usa os preços de {region}, que são diferentes.',
  },
  riskGrowth: {
    en: 'If the data grows 10×, the monthly cost reaches {total}, and {component} becomes the largest cost ({share}% of it).',
    'pt-BR': 'Se os dados crescerem 10×, o custo mensal chega a {total}, e {component} passa a ser o maior custo ({share}% dele).',
  },

  stepConfirmAnswers: {
    en: 'Ask the customer what is still open ({fields}) and export again: the architecture and the estimate update from the answers.',
    'pt-BR': 'Perguntar ao cliente o que ainda está em aberto ({fields}) e exportar de novo: a arquitetura e a estimativa se atualizam a partir das respostas.',
  },
  stepReviewDefaults: {
    en: 'Replace the default usage figures under Assumptions with the customer’s own where they know them; each one narrows the range.',
    'pt-BR': 'Trocar os números de uso padrão das Premissas pelos do cliente sempre que ele souber; cada um estreita a faixa.',
  },
  stepResolveWarnings: {
    en: 'Settle the points under “Risks and open points” with the customer’s technical team before sizing a proof of concept.',
    'pt-BR': 'Resolver os pontos de “Riscos e pontos em aberto” com a equipe técnica do cliente antes de dimensionar uma prova de conceito.',
  },
  stepReviewArchitecture: {
    en: 'Walk the customer’s architects through the diagram and the alternatives considered, and agree on the components.',
    'pt-BR': 'Apresentar aos arquitetos do cliente o diagrama e as alternativas consideradas, e fechar os componentes.',
  },
  stepProofOfConcept: {
    en: 'Run a proof of concept in a sandbox account with sample data: `lakewise synth` writes this architecture as a CDK app.',
    'pt-BR': 'Rodar uma prova de conceito em uma conta de testes com dados de exemplo: `lakewise synth` gera esta arquitetura como um app CDK.',
  },
  stepValidatePrices: {
    en: 'Check the estimate in the AWS Pricing Calculator before quoting: these are {region} list prices as of {date}, without discounts or taxes.',
    'pt-BR': 'Conferir a estimativa na AWS Pricing Calculator antes de cotar: são preços de tabela de {region} de {date}, sem descontos nem impostos.',
  },
  stepObjectionsOne: {
    en: 'Prepare the answer to the objection below for the next meeting.',
    'pt-BR': 'Preparar a resposta à objeção abaixo para a próxima reunião.',
  },
  stepObjectionsOther: {
    en: 'Prepare the answers to the {count} objections below for the next meeting.',
    'pt-BR': 'Preparar as respostas às {count} objeções abaixo para a próxima reunião.',
  },

  diagramTitle: { en: 'Recommended architecture', 'pt-BR': 'Arquitetura recomendada' },
  diagramTitleNamed: { en: '{name} · recommended architecture', 'pt-BR': '{name} · arquitetura recomendada' },
} as const satisfies Record<string, Localized>;

export type ProposalTextKey = keyof typeof PROPOSAL_TEXT;

/** One proposal sentence in `locale`, with `{name}` placeholders filled as given (unescaped). */
export function proposalText(locale: Locale, key: ProposalTextKey, params: Readonly<Record<string, string | number>> = {}): string {
  return PROPOSAL_TEXT[key][locale].replace(/\{([A-Za-z]+)\}/g, (whole, name: string) => {
    const value = params[name];
    if (value === undefined) throw new Error(`proposal text "${key}" needs a value for {${name}}`);
    return String(value);
  });
}

/** Keys with a `…One` and a `…Other` sentence, named without the suffix. */
export type ProposalCountKey = {
  [Key in ProposalTextKey]: Key extends `${infer Base}One` ? (`${Base}Other` extends ProposalTextKey ? Base : never) : never;
}[ProposalTextKey];

/** The sentence for `count` things in `locale` (its `…One` or `…Other` form by the locale's plural rules), `{count}` filled in. */
export function proposalCountText(locale: Locale, key: ProposalCountKey, count: number, params: Readonly<Record<string, string | number>> = {}): string {
  return proposalText(locale, `${key}${pluralForm(locale, count) === 'one' ? 'One' : 'Other'}`, { ...params, count });
}

/** The diagram's title, as the Mermaid diagram words it: the customer name (shortened the same way), then the kind of drawing. */
export function diagramTitle(locale: Locale, customerName: string | undefined): string {
  return customerName === undefined
    ? proposalText(locale, 'diagramTitle')
    : proposalText(locale, 'diagramTitleNamed', { name: truncateText(customerName, MAX_TITLE_NAME_CHARS) });
}
