import { useEffect, useState } from 'react';
import { calendarDayIn } from '../../core/calendar';
import { InputError, type SchemaIssue } from '../../core/errors';
import type { PriceBook } from '../../core/pricing/price-book';
import type { RegionCode } from '../../core/pricing/regions';
import { loadBuiltPriceBook } from '../../data/price-snapshot/browser';
import { createCostDerivations, type EstimateResult } from '../../store/cost-derived';
import { useLakewise } from './context';
import { useArchitecture } from './use-derived';

const books = new Map<RegionCode, Promise<PriceBook>>();

/** The bundled price book of a region, loaded once per page (each region is its own chunk). */
export function priceBookFor(region: RegionCode): Promise<PriceBook> {
  let book = books.get(region);
  if (book === undefined) {
    book = loadBuiltPriceBook(region);
    books.set(region, book);
    book.catch(() => books.delete(region));
  }
  return book;
}

export type PriceBookState =
  { readonly status: 'loading' } | { readonly status: 'ready'; readonly book: PriceBook } | { readonly status: 'failed'; readonly message: string };

export function usePriceBook(region: RegionCode): PriceBookState {
  const [state, setState] = useState<{ region: RegionCode; value: PriceBookState }>({ region, value: { status: 'loading' } });
  useEffect(() => {
    let current = true;
    priceBookFor(region).then(
      (book) => current && setState({ region, value: { status: 'ready', book } }),
      (error: unknown) => current && setState({ region, value: { status: 'failed', message: error instanceof Error ? error.message : String(error) } }),
    );
    return () => {
      current = false;
    };
  }, [region]);
  return state.region === region ? state.value : { status: 'loading' };
}

/** One set of remembered cost derivations per page, shared by every component of the cost panel. */
const costDerivations = createCostDerivations();

export type EstimateState =
  | { readonly status: 'waiting' }
  | ({ readonly status: 'ready' } & EstimateResult)
  | { readonly status: 'failed'; readonly issues: readonly SchemaIssue[] };

/**
 * The estimate for the current answers and pricing settings, once the region's
 * prices are loaded. Inputs are checked before they reach the store, so a failure
 * here is the cost model refusing something unforeseen: it is shown, not thrown.
 */
export function useEstimate(book: PriceBook | undefined): EstimateState {
  const model = useArchitecture();
  const pricing = useLakewise((state) => state.pricing);
  if (book === undefined) return { status: 'waiting' };
  try {
    const assumptions = costDerivations.assumptions(model.sizing, pricing.preset, pricing.overrides);
    return {
      status: 'ready',
      // The day on this browser's calendar: see `EstimateOptions.today` for why not UTC's.
      ...costDerivations.estimate(model, assumptions, book, pricing.freeTier, pricing.currency === 'BRL' ? pricing.exchangeRate : undefined, calendarDayIn(new Date())),
    };
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    return { status: 'failed', issues: error.issues.length > 0 ? error.issues : [{ path: [], message: error.message, problem: { kind: 'not-accepted' } }] };
  }
}
