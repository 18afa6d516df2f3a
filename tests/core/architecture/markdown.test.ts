import { describe, expect, test } from 'vitest';
import { parseAnswersOrThrow } from '../../../src/core/answers/parse';
import { architectureToMarkdown } from '../../../src/core/architecture/markdown';
import { recommend } from '../../../src/core/architecture/recommend';
import { toMermaid } from '../../../src/core/diagram/mermaid';

const model = recommend(parseAnswersOrThrow({ schemaVersion: 2, sources: { kinds: ['saas-apis'] }, consumers: { kinds: ['bi-dashboards'] } }));

describe('architectureToMarkdown', () => {
  test('escapes customer text in the heading and facts line', () => {
    const report = architectureToMarkdown(model, { locale: 'en', customerName: 'ACME\n# <b>Hacked</b> | x', industry: '*Retail*', region: 'sa-east-1' });
    const [heading, , facts] = report.split('\n');
    expect(heading).toBe('# Recommended architecture for ACME \\# &lt;b&gt;Hacked&lt;/b&gt; \\| x');
    expect(facts).toBe('Industry: \\*Retail\\* · Region: sa\\-east\\-1');
  });

  test('lists components by layer with rationale and playbook links in the chosen locale', () => {
    const report = architectureToMarkdown(model, { locale: 'pt-BR' });
    expect(report).toContain('## Componentes');
    expect(report).toContain('### Processamento');
    expect(report).toContain('- **Lambda** (Extração de APIs SaaS): Pequenas funções AWS Lambda');
    expect(report).toContain('[services/lambda](/pt-br/services/lambda/)');
    expect(report).toContain('| Amazon S3 (Zona bronze, dados brutos) | AWS Glue | arquivos brutos |');
    expect(report).toContain('## Alternativas consideradas');
    expect(report).toContain('| Dados novos por dia (GB) | não informado |');
  });

  test('embeds the diagram in a mermaid fence that customer text cannot close', () => {
    const diagram = toMermaid(model, { locale: 'en', customerName: '```\n# injected' }).text;
    const report = architectureToMarkdown(model, { locale: 'en', mermaid: diagram });
    const fence = report.slice(report.indexOf('```mermaid'));
    expect(fence.split('\n').filter((line) => line.startsWith('```'))).toEqual(['```mermaid', '```']);
  });
});
