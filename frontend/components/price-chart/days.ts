/* Epoch days, the chart's time values, and searches in sorted day arrays. No DOM, no library code. */
import type { Time, UTCTimestamp } from 'lightweight-charts';

const SECONDS_PER_DAY = 86400;
const MS_PER_DAY = 86400000;
/** The library's default minimum bar spacing; lowered only as far as needed to show a whole range. */
export const DEFAULT_MIN_BAR_SPACING = 0.5;

export const toTime = (day: number): UTCTimestamp => (day * SECONDS_PER_DAY) as UTCTimestamp;

export const toDay = (time: Time): number =>
  typeof time === 'number'
    ? Math.round(time / SECONDS_PER_DAY)
    : typeof time === 'string'
      ? Math.round(Date.parse(time) / MS_PER_DAY)
      : Math.round(Date.UTC(time.year, time.month - 1, time.day) / MS_PER_DAY);

/** "2021-03-18" for an epoch day. */
export const isoDate = (day: number): string => new Date(day * MS_PER_DAY).toISOString().slice(0, 10);

/** "2021-03-18" for one day, "2021-03-18 – 2021-03-25" for two. */
export const isoRange = (from: number, to: number): string =>
  from === to ? isoDate(from) : `${isoDate(from)} – ${isoDate(to)}`;

/** Index of the first element >= value in a sorted array (array length when none). */
export function lowerBound(sorted: readonly number[], value: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid] < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Nearest element of a sorted, non-empty array; the later one on a tie. */
export function nearest(sorted: readonly number[], value: number): number {
  const i = lowerBound(sorted, value);
  if (i >= sorted.length) return sorted[sorted.length - 1];
  if (i === 0) return sorted[0];
  return value - sorted[i - 1] < sorted[i] - value ? sorted[i - 1] : sorted[i];
}

/**
 * The minimum bar spacing that lets `bars` bars fit into `width` pixels: the library's default
 * (0.5 px) when they fit anyway, less when a long history must be shown whole (on "All", 2016 to
 * today is over 2,500 quotes, which a 390 px phone cannot show at 0.5 px per bar).
 */
export function minBarSpacingFor(width: number, bars: number): number {
  if (width <= 0 || bars <= 0) return DEFAULT_MIN_BAR_SPACING;
  return Math.min(DEFAULT_MIN_BAR_SPACING, width / (bars + 1) / 2);
}

/**
 * Media x of any epoch day on a timeline of sorted days whose point i sits at `xOf(i)`: a day
 * between two points is interpolated between their coordinates, a day outside the data sits half
 * a bar beyond the first or last point. Null when a needed point has no coordinate.
 */
export function xForDay(
  timeline: readonly number[],
  day: number,
  xOf: (index: number) => number | null,
  barSpacing: number,
): number | null {
  if (timeline.length === 0) return null;
  const half = barSpacing / 2;
  const i = lowerBound(timeline, day);
  if (i < timeline.length && timeline[i] === day) return xOf(i);
  if (i === 0) {
    const first = xOf(0);
    return first === null ? null : first - half;
  }
  if (i >= timeline.length) {
    const last = xOf(timeline.length - 1);
    return last === null ? null : last + half;
  }
  const left = xOf(i - 1);
  const right = xOf(i);
  if (left === null || right === null) return null;
  return left + ((day - timeline[i - 1]) / (timeline[i] - timeline[i - 1])) * (right - left);
}
