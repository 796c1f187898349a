/* How the chart writes prices and changes: the same text as the history table. */
import { isoDate } from './days';

const numberFormats = new Map<number, Intl.NumberFormat>();

/** Thousands separators, fixed decimals: 1,085,000 / 12.50. */
export function formatNumber(value: number, dp: number): string {
  let format = numberFormats.get(dp);
  if (!format) {
    format = new Intl.NumberFormat('en-US', { minimumFractionDigits: dp, maximumFractionDigits: dp });
    numberFormats.set(dp, format);
  }
  return format.format(value);
}

/** Change: "+35,000", "-1,000", "nc" when the mid did not move, "—" (empty) without a previous quote. */
export function formatChange(value: number | null | undefined, dp: number): string {
  if (value === null || value === undefined) return '—';
  if (value === 0) return 'nc';
  return (value > 0 ? '+' : '') + formatNumber(value, dp);
}

/** Change %: "+3.33%", "0.00%"; "—" (empty) without a previous quote. */
export function formatPercent(value: number | null | undefined): string {
  if (value === null || value === undefined) return '—';
  return (value > 0 ? '+' : '') + formatNumber(value, 2) + '%';
}

/** " vs 2021-03-18" when the change is against an old previous quote, "" otherwise. */
export function formatVersus(vsDay: number | null | undefined): string {
  return vsDay === null || vsDay === undefined ? '' : ' vs ' + isoDate(vsDay);
}

/** Decimals a series asks for, kept within 0..8 (2 when absent). */
export function decimals(dp: number | null | undefined): number {
  return Math.max(0, Math.min(8, dp ?? 2));
}
