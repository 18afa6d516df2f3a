/**
 * The few Iconify icons the diagram draws, cut out of a whole icon set at build
 * time (`scripts/build-icon-subset.ts`), so the page ships about twenty logos
 * instead of the 1,900 in `@iconify-json/logos`. The shape is Iconify's own
 * (`IconifyJSON`), which `mermaid.registerIconPacks` also accepts.
 */
export interface IconifyIcon {
  readonly body: string;
  readonly width?: number;
  readonly height?: number;
}

export interface IconSet {
  readonly prefix: string;
  readonly icons: Readonly<Record<string, IconifyIcon>>;
  readonly width?: number;
  readonly height?: number;
}

/**
 * Keeps only `names` (full names such as `logos:aws-s3`) from `set`, in name order.
 * A name from another set or missing from this one is an error naming it, so a typo
 * in the catalog fails the build instead of drawing no logo.
 */
export function iconSubset(set: IconSet, names: Iterable<string>): IconSet {
  const wanted = [...new Set(names)].sort();
  const problems: string[] = [];
  const icons: Record<string, IconifyIcon> = {};
  for (const name of wanted) {
    const [prefix, icon] = name.split(':');
    if (prefix !== set.prefix || icon === undefined) {
      problems.push(`${name}: not an icon of the "${set.prefix}" set`);
      continue;
    }
    const found = set.icons[icon];
    if (found === undefined) problems.push(`${name}: no such icon in the "${set.prefix}" set`);
    else
      icons[icon] = {
        body: found.body,
        ...(found.width === undefined ? {} : { width: found.width }),
        ...(found.height === undefined ? {} : { height: found.height }),
      };
  }
  if (problems.length > 0) throw new Error(`icon subset: ${problems.join('; ')}`);
  return { prefix: set.prefix, icons, ...(set.width === undefined ? {} : { width: set.width }), ...(set.height === undefined ? {} : { height: set.height }) };
}

/** The icon's SVG markup and view box, with the set's default size when the icon has none. */
export function iconSvg(set: IconSet, name: string): { readonly body: string; readonly viewBox: string } | undefined {
  const [prefix, icon] = name.split(':');
  if (prefix !== set.prefix || icon === undefined) return undefined;
  const found = set.icons[icon];
  if (found === undefined) return undefined;
  return { body: found.body, viewBox: `0 0 ${found.width ?? set.width ?? 16} ${found.height ?? set.height ?? 16}` };
}

/**
 * Gives every `id` in an icon's markup a suffix, with the references to it, so the
 * same logo drawn twice in one SVG does not repeat its gradient ids.
 */
export function suffixIconIds(body: string, suffix: string): string {
  const ids = [...body.matchAll(/\bid="([^"]+)"/g)].map((match) => match[1] as string);
  let out = body;
  for (const id of ids) {
    const escaped = id.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    out = out
      .replace(new RegExp(`\\bid="${escaped}"`, 'g'), `id="${id}-${suffix}"`)
      .replace(new RegExp(`url\\(#${escaped}\\)`, 'g'), `url(#${id}-${suffix})`)
      .replace(new RegExp(`href="#${escaped}"`, 'g'), `href="#${id}-${suffix}"`);
  }
  return out;
}
