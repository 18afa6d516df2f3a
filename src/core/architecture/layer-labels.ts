import type { Layer } from '../layers';
import type { Localized } from '../locales';

/** Names of the layers as people read them: diagram subgraphs, report sections, estimate groups. */
export const LAYER_LABELS: Record<Layer, Localized> = {
  ingest: { en: 'Ingest', 'pt-BR': 'Ingestão' },
  store: { en: 'Store', 'pt-BR': 'Armazenamento' },
  process: { en: 'Process', 'pt-BR': 'Processamento' },
  serve: { en: 'Serve', 'pt-BR': 'Disponibilização' },
  analyse: { en: 'Analyse', 'pt-BR': 'Análise' },
  govern: { en: 'Govern', 'pt-BR': 'Governança' },
  orchestrate: { en: 'Orchestrate', 'pt-BR': 'Orquestração' },
  observe: { en: 'Observe', 'pt-BR': 'Observabilidade' },
};
