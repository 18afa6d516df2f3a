import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { COLLECTION_SCHEMAS, type CollectionName } from './content-model/schemas';

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
};
