import { z } from 'zod/mini';
import { en } from 'zod/locales';

/**
 * The zod every core schema uses: zod/mini, because classic zod carries its method
 * API and JSON Schema machinery into the wizard's download. Mini ships without a
 * locale, and zod's own messages (`Unrecognized key: "x"`) reach people, so English
 * is set here, where every schema gets `z` from.
 */
z.config(en());

export { z };
