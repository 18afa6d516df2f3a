import { useCallback, useId, useRef, useState } from 'react';
import type { Answers, AnswersInput } from '../core/answers/schema';
import { downloadName, EXPORT_FORMATS, type ExportFormat } from '../core/export/formats';
import type { ExportRequestInput } from '../core/export/request';
import { interpolate } from '../core/i18n/dictionary';
import type { UiKey } from '../core/i18n';
import { LOCALES, type Locale } from '../core/locales';

/** The UI strings the menu reads: `wizard.export.*` and the language names (the wizard's strings include them). */
export type ExportMenuStringKey = Extract<UiKey, `wizard.export.${string}` | `language.name.${string}`>;
export type ExportMenuStrings = Readonly<Record<ExportMenuStringKey, string>>;

export interface ExportMenuProps {
  /** The answers as the wizard holds them now. */
  readonly answers: Answers | AnswersInput;
  /** Language of the page (the menu's own labels come from `strings`). */
  readonly locale: Locale;
  readonly strings: ExportMenuStrings;
  /** Price region the wizard shows; default: the answers' region when priced. */
  readonly region?: string;
  /** The cost panel's pricing settings, so the file shows the cents on screen. */
  readonly preset?: string;
  readonly overrides?: Readonly<Record<string, string>>;
  readonly freeTier?: boolean;
  /** Only when the cost panel shows BRL. */
  readonly exchangeRate?: { readonly brlPerUsd: string; readonly date: string };
  readonly endpoint?: string;
}

type MenuState =
  | { readonly kind: 'idle' }
  | { readonly kind: 'working'; readonly format: ExportFormat }
  | { readonly kind: 'done'; readonly file: string }
  | { readonly kind: 'failed'; readonly message: string };

function answersLocale(answers: Answers | AnswersInput): Locale | undefined {
  const locale = (answers as { locale?: unknown }).locale;
  return (LOCALES as readonly unknown[]).includes(locale) ? (locale as Locale) : undefined;
}

/** Hands a downloaded file to the browser's download manager. */
function saveBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
  // The click has started the download; the object URL can go once the event loop turns.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

/**
 * "Export": picks a file (proposal PDF by default) and its language (the
 * answers' own by default), POSTs the current answers and pricing settings to
 * the export endpoint and saves what comes back. The server renders every
 * format from the same core results the wizard shows; a refused request shows
 * the server's message, which names the wrong field.
 */
export default function ExportMenu({
  answers,
  locale,
  strings,
  region,
  preset,
  overrides,
  freeTier,
  exchangeRate,
  endpoint = '/api/export/',
}: ExportMenuProps) {
  const [format, setFormat] = useState<ExportFormat>('pdf');
  // Follows the answers' language (which may change during the call) until the seller picks one here.
  const [chosenLanguage, setLanguage] = useState<Locale | undefined>();
  const language = chosenLanguage ?? answersLocale(answers) ?? locale;
  const [state, setState] = useState<MenuState>({ kind: 'idle' });
  const running = useRef<AbortController | null>(null);
  const id = useId();

  const download = useCallback(async () => {
    running.current?.abort();
    const controller = new AbortController();
    running.current = controller;
    setState({ kind: 'working', format });
    const request: ExportRequestInput = {
      answers,
      format,
      locale: language,
      ...(region === undefined ? {} : { region: region as ExportRequestInput['region'] }),
      ...(preset === undefined ? {} : { preset: preset as ExportRequestInput['preset'] }),
      ...(overrides === undefined ? {} : { overrides: { ...overrides } }),
      ...(freeTier === undefined ? {} : { freeTier }),
      ...(exchangeRate === undefined ? {} : { exchangeRate: { ...exchangeRate } }),
    };
    try {
      const response = await fetch(endpoint, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(request),
        signal: controller.signal,
      });
      if (!response.ok) {
        const body = (await response.json().catch(() => undefined)) as { error?: string } | undefined;
        throw new Error(body?.error ?? `HTTP ${response.status}`);
      }
      const file = downloadName(format);
      saveBlob(await response.blob(), file);
      if (running.current === controller) setState({ kind: 'done', file });
    } catch (error) {
      if (controller.signal.aborted) return;
      setState({ kind: 'failed', message: error instanceof Error ? error.message : String(error) });
    }
  }, [answers, endpoint, exchangeRate, format, freeTier, language, overrides, preset, region]);

  const text = (key: ExportMenuStringKey, params?: Readonly<Record<string, string>>) =>
    params === undefined ? strings[key] : interpolate(strings[key], params, key);
  const working = state.kind === 'working';
  return (
    <section className="wz-export" aria-labelledby={`${id}-title`} aria-busy={working}>
      <h2 className="wz-panel__title" id={`${id}-title`}>
        {text('wizard.export.title')}
      </h2>
      <p className="wz-muted">{text('wizard.export.lead')}</p>
      <div className="wz-export__controls" style={{ display: 'flex', flexWrap: 'wrap', gap: '0.75rem', alignItems: 'flex-end' }}>
        <label className="wz-export__field" style={{ display: 'flex', flexDirection: 'column', gap: '0.25rem' }}>
          <span>{text('wizard.export.format')}</span>
          <select className="wz-input wz-input--compact" value={format} onChange={(event) => setFormat(event.target.value as ExportFormat)} disabled={working}>
            {EXPORT_FORMATS.map((option) => (
              <option key={option} value={option}>
                {text(`wizard.export.format.${option}`)}
              </option>
            ))}
          </select>
        </label>
        <label className="wz-export__field" style={{ display: 'flex', flexDirection: 'column', gap: '0.25rem' }}>
          <span>{text('wizard.export.language')}</span>
          <select className="wz-input wz-input--compact" value={language} onChange={(event) => setLanguage(event.target.value as Locale)} disabled={working}>
            {LOCALES.map((option) => (
              <option key={option} value={option} lang={option}>
                {text(`language.name.${option}`)}
              </option>
            ))}
          </select>
        </label>
        <button type="button" className="wz-button wz-button--primary" onClick={download} disabled={working}>
          {text('wizard.export.download')}
        </button>
      </div>
      <p className="wz-export__status" role="status" aria-live="polite">
        {state.kind === 'working'
          ? text(state.format === 'zip' ? 'wizard.export.workingZip' : 'wizard.export.working')
          : state.kind === 'done'
            ? text('wizard.export.done', { file: state.file })
            : ''}
      </p>
      {state.kind === 'failed' && (
        <p className="wz-notice wz-notice--error" role="alert">
          {text('wizard.export.failed', { message: state.message })}
        </p>
      )}
    </section>
  );
}
