/* Keyboard navigation of the focused chart, as a pure function of the key and the shown bars. */

/** A logical range: bar indexes, fractional. */
export interface BarRange {
  from: number;
  to: number;
}

/** The new range to show, 'start' or 'end' when the range is already at that edge, null for other keys. */
export type KeyMove = BarRange | 'start' | 'end' | null;

/**
 * ← → scroll by a tenth of the shown bars, ↑ / + / = zoom in (to at least 5 bars), ↓ / − zoom
 * out, Home and End go to the first and last quote keeping the width. `bars` is the number of
 * quotes on the time line; the last one sits at the right edge, as the range buttons fit it.
 */
export function keyMove(key: string, range: BarRange, bars: number): KeyMove {
  if (bars === 0) return null;
  const span = range.to - range.from;
  const step = Math.max(1, Math.round(span / 10));
  const lastBar = bars - 1;
  if ((key === 'ArrowLeft' || key === 'Home') && range.from <= 0.5) return 'start';
  if ((key === 'ArrowRight' || key === 'End') && range.to >= lastBar - 0.5) return 'end';
  switch (key) {
    case 'ArrowLeft':
      return { from: range.from - step, to: range.to - step };
    case 'ArrowRight':
      return { from: range.from + step, to: range.to + step };
    case 'ArrowUp':
    case '+':
    case '=':
      return { from: range.to - Math.max(5, span * 0.8), to: range.to };
    case 'ArrowDown':
    case '-':
      return { from: range.to - span * 1.25, to: range.to };
    case 'Home':
      return { from: 0, to: span };
    case 'End':
      return { from: lastBar - span, to: lastBar };
    default:
      return null;
  }
}
