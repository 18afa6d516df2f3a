/**
 * The one layer vocabulary: it names catalog entries, architecture components,
 * diagram subgraphs, estimate groups and infrastructure folders alike.
 * Order is the left-to-right order a pipeline reads in a diagram.
 */
export const LAYERS = [
  'ingest',
  'store',
  'process',
  'serve',
  'analyse',
  'govern',
  'orchestrate',
  'observe',
] as const;

export type Layer = (typeof LAYERS)[number];
