import { renderToStaticMarkup } from 'react-dom/server';
import { createElement } from 'react';
import { describe, expect, test } from 'vitest';
import LocalRunPanel, { LOCAL_RUN_STRINGS } from '../../src/islands/LocalRunPanel';
import { LOCALES } from '../../src/core/locales';

describe('LocalRunPanel', () => {
  test('renders the run button and the empty state in both locales on the server', () => {
    for (const locale of LOCALES) {
      const html = renderToStaticMarkup(createElement(LocalRunPanel, { locale, strings: LOCAL_RUN_STRINGS[locale], answers: {} }));
      expect(html).toContain(`<button type="button">${LOCAL_RUN_STRINGS[locale].run}</button>`);
      expect(html).toContain(LOCAL_RUN_STRINGS[locale].noRunYet);
    }
  });

  test('has every string in both locales', () => {
    expect(Object.keys(LOCAL_RUN_STRINGS['pt-BR']).sort()).toEqual(Object.keys(LOCAL_RUN_STRINGS.en).sort());
    for (const locale of LOCALES) for (const [key, text] of Object.entries(LOCAL_RUN_STRINGS[locale])) expect(text.trim(), `${locale} ${key}`).not.toBe('');
  });
});
