/*
 * The data the server sends to <neodesk-price-chart> (app.neodesk.chart.ui.ChartPayload writes it).
 * Days are epoch days (days since 1970-01-01, as LocalDate.toEpochDay()).
 */

/** One series, column-wise. Optional columns are absent when no point has a value. */
export interface SeriesPayload {
  id: string;
  name: string;
  kind: 'line' | 'band';
  /** 'right', 'left' (visible axes), 'pane-N' (pane N below the main one) or any other id (overlay). */
  scale: string;
  color?: string;
  /** Decimals to show for prices of this series. */
  dp: number;
  days: number[];
  mid: number[];
  low?: (number | null)[];
  high?: (number | null)[];
  change?: (number | null)[];
  changePct?: (number | null)[];
  /**
   * Epoch day of the previous quote when the change is measured against a quote older than the
   * desk's gap (neodesk.quotes.previous-gap-days); null otherwise. Absent when no point has one.
   */
  vsDay?: (number | null)[];
}

export interface MarkerPayload {
  id: string;
  day: number;
  shape: 'circle' | 'arrowUp' | 'arrowDown' | 'square';
  color?: string;
  label: string;
  /** Series the marker sits on; the first series when absent. */
  series?: string;
}

export interface SpanPayload {
  id: string;
  from: number;
  to: number;
  color?: string;
  label: string;
}

export type ScaleMode = 'linear' | 'log' | 'percent';
