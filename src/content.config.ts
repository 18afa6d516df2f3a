import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { COLLECTION_SCHEMAS, type CollectionName } from './content-model/schemas';
import { TrainingModuleSchema } from './content-model/training-schema';

function playbookCollection<Name extends CollectionName>(name: Name) {
  return defineCollection({
    // Entry ids are `<locale-folder>/<slug>`, e.g. `pt-br/athena`.
    loader: glob({ pattern: '*/*.mdx', base: `./content/${name}` }),
    schema: COLLECTION_SCHEMAS[name],
  });
}

export const collections = {
  discovery: playbookCollection('discovery'),
  personas: playbookCollection('personas'),
  objections: playbookCollection('objections'),
  services: playbookCollection('services'),
  journeys: playbookCollection('journeys'),
  // Training decks: ids `<locale-folder>/<module>`; slide parity is checked by training-integrity.ts.
  training: defineCollection({
    loader: glob({ pattern: '*/*.mdx', base: './content/training' }),
    schema: TrainingModuleSchema,
  }),
};
