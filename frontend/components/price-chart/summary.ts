/* The text of the chart's live region: what a screen reader hears about the visible range. */
import { isoDate, lowerBound } from './days';
import { decimals, formatChange, formatNumber, formatPercent } from './format';
import type { SeriesPayload } from './payload';

/**
 * Per series last, change, change % since the first visible quote, high and low over the shown
 * days (low and high of a band; the mid of a line), in the series' own decimals. Empty without
 * series; a note when nothing is shown.
 */
export function summarize(shown: { from: number; to: number } | null, series: readonly SeriesPayload[]): string {
  if (series.length === 0) return '';
  if (!shown) return 'No quotes in the visible range.';
  const parts = [`Shown: ${isoDate(shown.from)} to ${isoDate(shown.to)}.`];
  for (const s of series) {
    const { days, mid, low, high } = s;
    const dp = decimals(s.dp);
    const start = lowerBound(days, shown.from);
    const end = lowerBound(days, shown.to + 1) - 1;
    if (start > end) {
      parts.push(`${s.name}: no quote.`);
      continue;
    }
    let lo = Infinity;
    let hi = -Infinity;
    for (let k = start; k <= end; k++) {
      const l = low?.[k] ?? mid[k];
      const h = high?.[k] ?? mid[k];
      if (l < lo) lo = l;
      if (h > hi) hi = h;
    }
    const first = mid[start];
    const last = mid[end];
    const change = last - first;
    const pct = first !== 0 && start < end ? ` (${formatPercent((change / Math.abs(first)) * 100)})` : '';
    parts.push(
      `${s.name}: last ${formatNumber(last, dp)} on ${isoDate(days[end])}, ` +
        `change ${start < end ? formatChange(change, dp) : '—'}${pct} since ${isoDate(days[start])}, ` +
        `high ${formatNumber(hi, dp)}, low ${formatNumber(lo, dp)}.`,
    );
  }
  return parts.join(' ');
}
