import { SERVICE_CATALOG } from '../src/core/catalog/services';
import type { IconSet } from '../src/islands/wizard/icon-subset';

/** Where the full icon set is read from and the subset is written to; shared by the script and its test. */
export const LOGOS_ICON_SET_PATH = new URL('../node_modules/@iconify-json/logos/icons.json', import.meta.url);
export const ICON_SUBSET_PATH = new URL('../src/islands/wizard/aws-icons.json', import.meta.url);

/** Every icon a catalog service names. */
export function catalogIconNames(): string[] {
  return SERVICE_CATALOG.flatMap((service) => ('icon' in service && service.icon !== undefined ? [service.icon] : []));
}

export function serialiseIconSubset(subset: IconSet): string {
  return `${JSON.stringify(subset, null, 1)}\n`;
}
