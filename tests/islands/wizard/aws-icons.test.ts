import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { iconSubset, iconSvg, suffixIconIds, type IconSet } from '../../../src/islands/wizard/icon-subset';
import { catalogIconNames, ICON_SUBSET_PATH, LOGOS_ICON_SET_PATH, serialiseIconSubset } from '../../../scripts/icon-subset-files';

describe('the committed icon subset', () => {
  test('is exactly what scripts/build-icon-subset.ts writes for the current catalog (run it after adding an icon)', async () => {
    const set = JSON.parse(await readFile(fileURLToPath(LOGOS_ICON_SET_PATH), 'utf8')) as IconSet;
    const committed = await readFile(fileURLToPath(ICON_SUBSET_PATH), 'utf8');
    expect(committed).toBe(serialiseIconSubset(iconSubset(set, catalogIconNames())));
  });

  test('holds every catalog icon and nothing else', async () => {
    const subset = JSON.parse(await readFile(fileURLToPath(ICON_SUBSET_PATH), 'utf8')) as IconSet;
    const names = [...new Set(catalogIconNames())].map((name) => name.split(':')[1]).sort();
    expect(Object.keys(subset.icons)).toEqual(names);
    for (const name of catalogIconNames()) expect(iconSvg(subset, name), name).toBeDefined();
  });
});

describe('iconSubset', () => {
  const set: IconSet = { prefix: 'logos', width: 256, height: 256, icons: { a: { body: '<path/>' }, b: { body: '<g/>', width: 300 }, c: { body: '<x/>' } } };

  test('keeps the named icons and the set’s default size', () => {
    expect(iconSubset(set, ['logos:b', 'logos:a', 'logos:a'])).toEqual({
      prefix: 'logos',
      width: 256,
      height: 256,
      icons: { a: { body: '<path/>' }, b: { body: '<g/>', width: 300 } },
    });
  });

  test('names an icon that does not exist or belongs to another set', () => {
    expect(() => iconSubset(set, ['logos:zzz', 'mdi:a'])).toThrow(
      'icon subset: logos:zzz: no such icon in the "logos" set; mdi:a: not an icon of the "logos" set',
    );
  });

  test('gives the view box from the icon or the set', () => {
    expect(iconSvg(set, 'logos:b')?.viewBox).toBe('0 0 300 256');
    expect(iconSvg(set, 'logos:a')?.viewBox).toBe('0 0 256 256');
    expect(iconSvg(set, 'mdi:a')).toBeUndefined();
  });
});

describe('suffixIconIds', () => {
  test('renames ids and every reference to them', () => {
    const body = '<defs><linearGradient id="g1"/></defs><path fill="url(#g1)"/><use href="#g1"/>';
    expect(suffixIconIds(body, 'n3')).toBe('<defs><linearGradient id="g1-n3"/></defs><path fill="url(#g1-n3)"/><use href="#g1-n3"/>');
  });
});
