/*
 * <neodesk-price-chart>: price chart web component for Neodesk, built on TradingView
 * lightweight-charts 5.2.1 (Apache-2.0). The library's TradingView attribution logo/link stays
 * enabled, and exported PNGs carry a "Charts by TradingView" line, as the licence requires.
 *
 * Data in (set by the Java wrapper app.neodesk.chart.ui.PriceChart with one Element.executeJs call
 * per list that assigns the property here, never a round trip per point; not a Vaadin element
 * property, so the server does not keep the data; it sends it again after a re-attach):
 *   series:  SeriesPayload[]  one compact, column-wise object per series (see below)
 *   markers: MarkerPayload[]  dated markers (drivers, spec changes), drawn as buttons in a strip at
 *                             the bottom of the main pane: one per day with a count, days closer
 *                             than a button merged; hover or click (Enter) lists them, a listed
 *                             marker's click -> 'marker-click'
 *   spans:   SpanPayload[]    shaded date ranges, or dashed vertical lines when from === to
 *   emptyMessage: string      shown when no series has a point
 *   scaleMode: 'linear' | 'log' | 'percent'  price axes; 'percent' puts every series on the right
 *                             axis as % change from its first visible point
 * A series whose scale is 'pane-N' is drawn in pane N below the main one, on that pane's right axis.
 * Accessibility: the element is focusable (arrow keys scroll, +/−/↑/↓ zoom, Home/End go to the
 * start/end), is named after its series (aria-label), and keeps a polite live region (part
 * "summary") with last, change, high and low of each series over the visible range.
 * Theme: colours are Lumo variables resolved for the canvas; they are resolved again when <html>'s
 * attributes change (theme, class, style, data-*) or prefers-color-scheme changes.
 * Commands (Element.callJsFunction): setVisibleRange(fromDay, toDay), fitAll(), exportPng(fileName).
 * Both range commands lower the library's minimum bar spacing as far as needed, so "All" shows the
 * whole history at any width. visibleDays() reports the shown range (tests read it).
 * Events out: 'marker-click' {id, source: 'marker'|'span'}, 'visible-range-change' {from, to}
 * (debounced), 'chart-drawn' {ms}.
 * Days are epoch days (days since 1970-01-01, as LocalDate.toEpochDay()). The chart does no price
 * math: change and change % come from the server.
 * After each draw, `lastDrawMs` (attribute `last-draw-ms`) holds the time from the start of the
 * draw to the end of the animation frame in which the chart painted, and `drawCount` counts draws.
 */
import { LitElement, css, html, nothing, type PropertyDeclarations, type PropertyValues } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import {
  ColorType,
  CrosshairMode,
  LineSeries,
  PriceScaleMode,
  TickMarkType,
  createChart,
  type AutoscaleInfo,
  type IChartApi,
  type IChartApiBase,
  type IPanePrimitive,
  type IPanePrimitivePaneView,
  type IPrimitivePaneRenderer,
  type ISeriesApi,
  type ISeriesPrimitive,
  type IPrimitivePaneView,
  type Logical,
  type MouseEventParams,
  type PaneAttachedParameter,
  type PrimitiveHoveredItem,
  type SeriesAttachedParameter,
  type SeriesType,
  type Time,
  type UTCTimestamp,
} from 'lightweight-charts';

/** One series, column-wise. Optional columns are absent when no point has a value. */
export interface SeriesPayload {
  id: string;
  name: string;
  kind: 'line' | 'band';
  /** 'right', 'left' (visible axes) or any other id (overlay scale without axis). */
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

type DrawTarget = Parameters<IPrimitivePaneRenderer['draw']>[0];
type MidSeries = ISeriesApi<'Line', Time>;

interface DrawnSeries {
  payload: SeriesPayload;
  api: MidSeries;
  color: string;
  /** epoch day -> index into the payload columns */
  index: Map<number, number>;
  /** Pane index: 0 for the main pane, N for scale 'pane-N'. */
  pane: number;
  band?: BandPrimitive;
}

export type ScaleMode = 'linear' | 'log' | 'percent';

/** The markers of one day. */
interface MarkerGroup {
  day: number;
  markers: MarkerPayload[];
}

/** One marker button: the groups of one day, or of days too close together to tell apart. */
interface MarkerCluster {
  key: string;
  /** Media x of the button's centre, relative to the main pane's left edge. */
  x: number;
  groups: MarkerGroup[];
  count: number;
}

interface HoverState {
  x: number;
  y: number;
  day: number;
}

const SECONDS_PER_DAY = 86400;
/** The library's default minimum bar spacing; lowered only as far as needed to show a whole range. */
const DEFAULT_MIN_BAR_SPACING = 0.5;
const FONT_SIZE = 12;
const MARKER_PREFIX = 'm:';
const SPAN_PREFIX = 's:';
const FOLLOW_BREAKERS = ['wheel', 'pointerdown', 'touchstart', 'keydown'] as const;
const PALETTE = [
  'var(--lumo-primary-color, #1a73e8)',
  '#e8710a',
  '#188038',
  '#9334e6',
  '#d01884',
  '#12b5cb',
];

const toTime = (day: number): UTCTimestamp => (day * SECONDS_PER_DAY) as UTCTimestamp;
const toDay = (time: Time): number =>
  typeof time === 'number'
    ? Math.round(time / SECONDS_PER_DAY)
    : typeof time === 'string'
      ? Math.round(Date.parse(time) / 86400000)
      : Math.round(Date.UTC(time.year, time.month - 1, time.day) / 86400000);
export const isoDate = (day: number): string => new Date(day * 86400000).toISOString().slice(0, 10);

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

/** Change: "+35,000", "−1,000", "nc" when the mid did not move, "—" (empty) without a previous quote. */
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

/**
 * The minimum bar spacing that lets {@code bars} bars fit into {@code width} pixels: the library's
 * default (0.5 px) when they fit anyway, less when a long history must be shown whole (on "All",
 * 2016 to today is over 2,500 quotes, which a 390 px phone cannot show at 0.5 px per bar).
 */
export function minBarSpacingFor(width: number, bars: number): number {
  if (width <= 0 || bars <= 0) return DEFAULT_MIN_BAR_SPACING;
  return Math.min(DEFAULT_MIN_BAR_SPACING, width / (bars + 1) / 2);
}

/** Index of the first element >= value in a sorted array (array length when none). */
function lowerBound(sorted: readonly number[], value: number): number {
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
function nearest(sorted: readonly number[], value: number): number {
  const i = lowerBound(sorted, value);
  if (i >= sorted.length) return sorted[sorted.length - 1];
  if (i === 0) return sorted[0];
  return value - sorted[i - 1] < sorted[i] - value ? sorted[i - 1] : sorted[i];
}

/** Fills the area between low and high of one band series, below all lines. */
class BandPrimitive implements ISeriesPrimitive<Time> {
  private chart: IChartApiBase<Time> | null = null;
  private series: ISeriesApi<SeriesType, Time> | null = null;
  private readonly view: IPrimitivePaneView;

  constructor(
    private readonly payload: SeriesPayload,
    private fill: string,
    private edge: string,
    private readonly timeline: () => readonly number[],
  ) {
    const renderer: IPrimitivePaneRenderer = { draw: (target) => this.draw(target) };
    this.view = { zOrder: () => 'bottom', renderer: () => renderer };
  }

  attached(param: SeriesAttachedParameter<Time>): void {
    this.chart = param.chart;
    this.series = param.series;
  }

  detached(): void {
    this.chart = null;
    this.series = null;
  }

  /** New colours after a theme change. */
  recolor(fill: string, edge: string): void {
    this.fill = fill;
    this.edge = edge;
  }

  paneViews(): readonly IPrimitivePaneView[] {
    return [this.view];
  }

  /** Makes the price scale fit low and high, not only the mid line. */
  autoscaleInfo(start: Logical, end: Logical): AutoscaleInfo | null {
    const timeline = this.timeline();
    const { days, low, high } = this.payload;
    if (!low || !high || timeline.length === 0 || days.length === 0) return null;
    const fromDay = timeline[Math.max(0, Math.min(timeline.length - 1, Math.floor(start)))];
    const toDay = timeline[Math.max(0, Math.min(timeline.length - 1, Math.ceil(end)))];
    let min = Infinity;
    let max = -Infinity;
    for (let i = lowerBound(days, fromDay); i < days.length && days[i] <= toDay; i++) {
      const l = low[i];
      const h = high[i];
      if (l !== null && l !== undefined && l < min) min = l;
      if (h !== null && h !== undefined && h > max) max = h;
    }
    return min <= max ? { priceRange: { minValue: min, maxValue: max } } : null;
  }

  private draw(target: DrawTarget): void {
    const chart = this.chart;
    const series = this.series;
    const { days, low, high } = this.payload;
    if (!chart || !series || !low || !high || days.length === 0) return;
    const timeScale = chart.timeScale();
    const xs: number[] = [];
    const highs: number[] = [];
    const lows: number[] = [];
    for (let i = 0; i < days.length; i++) {
      const l = low[i];
      const h = high[i];
      if (l === null || l === undefined || h === null || h === undefined) continue;
      const x = timeScale.timeToCoordinate(toTime(days[i]));
      const yl = series.priceToCoordinate(l);
      const yh = series.priceToCoordinate(h);
      if (x === null || yl === null || yh === null) continue;
      xs.push(x);
      lows.push(yl);
      highs.push(yh);
    }
    if (xs.length === 0) return;
    target.useMediaCoordinateSpace(({ context: ctx }) => {
      ctx.save();
      if (xs.length === 1) {
        // A single quote: a short bar from low to high.
        const width = Math.min(24, Math.max(6, timeScale.options().barSpacing * 0.6));
        ctx.fillStyle = this.fill;
        ctx.fillRect(xs[0] - width / 2, highs[0], width, Math.max(1, lows[0] - highs[0]));
        ctx.strokeStyle = this.edge;
        ctx.strokeRect(xs[0] - width / 2, highs[0], width, Math.max(1, lows[0] - highs[0]));
        ctx.restore();
        return;
      }
      ctx.beginPath();
      ctx.moveTo(xs[0], highs[0]);
      for (let i = 1; i < xs.length; i++) ctx.lineTo(xs[i], highs[i]);
      for (let i = xs.length - 1; i >= 0; i--) ctx.lineTo(xs[i], lows[i]);
      ctx.closePath();
      ctx.fillStyle = this.fill;
      ctx.fill();
      ctx.lineWidth = 1;
      ctx.strokeStyle = this.edge;
      for (const ys of [highs, lows]) {
        ctx.beginPath();
        ctx.moveTo(xs[0], ys[0]);
        for (let i = 1; i < xs.length; i++) ctx.lineTo(xs[i], ys[i]);
        ctx.stroke();
      }
      ctx.restore();
    });
  }
}

interface ResolvedSpan {
  payload: SpanPayload;
  color: string;
}

/** Shaded date ranges and dashed single-date lines over the whole pane, behind the series. */
class SpansPrimitive implements IPanePrimitive<Time> {
  private chart: IChartApiBase<Time> | null = null;
  private requestUpdate: (() => void) | null = null;
  private spans: ResolvedSpan[] = [];
  private font = '11px sans-serif';
  private textColor = '#555';
  private readonly views: readonly IPanePrimitivePaneView[];
  /** Media-space geometry of the last draw, for hit testing. */
  private boxes: { id: string; x1: number; x2: number; line: boolean }[] = [];

  constructor(private readonly xForDay: (day: number) => number | null) {
    const renderer: IPrimitivePaneRenderer = {
      draw: () => undefined,
      drawBackground: (target) => this.draw(target),
    };
    this.views = [{ zOrder: () => 'bottom', renderer: () => renderer }];
  }

  attached(param: PaneAttachedParameter<Time>): void {
    this.chart = param.chart;
    this.requestUpdate = param.requestUpdate;
  }

  detached(): void {
    this.chart = null;
    this.requestUpdate = null;
  }

  paneViews(): readonly IPanePrimitivePaneView[] {
    return this.views;
  }

  update(spans: ResolvedSpan[], font: string, textColor: string): void {
    this.spans = spans;
    this.font = font;
    this.textColor = textColor;
    this.requestUpdate?.();
  }

  /** Lines are clickable along their length, ranges on their label strip at the top. */
  hitTest(x: number, y: number): PrimitiveHoveredItem | null {
    for (let i = this.boxes.length - 1; i >= 0; i--) {
      const box = this.boxes[i];
      const hit = box.line ? Math.abs(x - box.x1) <= 4 : x >= box.x1 && x <= box.x2 && y <= 18;
      if (hit) {
        return {
          externalId: SPAN_PREFIX + box.id,
          zOrder: 'bottom',
          isBackground: true,
          cursorStyle: 'pointer',
          hitTestPriority: box.line ? 1 : 0,
          itemType: 'primitive',
        };
      }
    }
    return null;
  }

  private draw(target: DrawTarget): void {
    const chart = this.chart;
    this.boxes = [];
    if (!chart || this.spans.length === 0) return;
    const half = chart.timeScale().options().barSpacing / 2;
    target.useMediaCoordinateSpace(({ context: ctx, mediaSize }) => {
      ctx.save();
      ctx.font = this.font;
      ctx.textBaseline = 'top';
      for (const { payload, color } of this.spans) {
        const from = this.xForDay(payload.from);
        const to = this.xForDay(payload.to);
        if (from === null || to === null) continue;
        const line = payload.from === payload.to;
        if (line) {
          ctx.strokeStyle = color;
          ctx.lineWidth = 1.5;
          ctx.setLineDash([5, 4]);
          ctx.beginPath();
          ctx.moveTo(Math.round(from) + 0.5, 0);
          ctx.lineTo(Math.round(from) + 0.5, mediaSize.height);
          ctx.stroke();
          ctx.setLineDash([]);
          this.boxes.push({ id: payload.id, x1: from, x2: from, line });
          if (payload.label) {
            ctx.fillStyle = color;
            ctx.fillText(payload.label, from + 4, 4);
          }
        } else {
          const x1 = from - half;
          const x2 = to + half;
          ctx.fillStyle = color;
          ctx.fillRect(x1, 0, Math.max(1, x2 - x1), mediaSize.height);
          this.boxes.push({ id: payload.id, x1, x2, line });
          if (payload.label) {
            ctx.fillStyle = this.textColor;
            ctx.fillText(payload.label, x1 + 4, 4);
          }
        }
      }
      ctx.restore();
    });
  }
}

/** Calls back whenever the chart updates its views: scroll, zoom, resize, autoscale. */
class RedrawPrimitive implements IPanePrimitive<Time> {
  constructor(private readonly onRedraw: () => void) {}

  updateAllViews(): void {
    this.onRedraw();
  }

  paneViews(): readonly IPanePrimitivePaneView[] {
    return [];
  }
}

/** Width and gap of a marker button, px. */
const MARKER_SIZE = 18;
const MARKER_GAP = 4;
const SHAPE_NAMES: Record<MarkerPayload['shape'], string> = {
  arrowUp: 'up',
  arrowDown: 'down',
  circle: 'neutral',
  square: 'note',
};

/** Markers grouped by day, days in order. */
export function groupMarkersByDay(markers: readonly MarkerPayload[]): { day: number; markers: MarkerPayload[] }[] {
  const byDay = new Map<number, MarkerPayload[]>();
  for (const marker of markers) {
    const list = byDay.get(marker.day) ?? [];
    list.push(marker);
    byDay.set(marker.day, list);
  }
  return [...byDay.entries()].sort((a, b) => a[0] - b[0]).map(([day, list]) => ({ day, markers: list }));
}

export class NeodeskPriceChart extends LitElement {
  static override properties: PropertyDeclarations = {
    series: { attribute: false },
    markers: { attribute: false },
    spans: { attribute: false },
    emptyMessage: { type: String, attribute: 'empty-message' },
    scaleMode: { type: String, attribute: 'scale-mode' },
    lastDrawMs: { type: Number, attribute: 'last-draw-ms', reflect: true },
    hover: { state: true },
    clusters: { state: true },
    strip: { state: true },
    openKey: { state: true },
    summary: { state: true },
  };

  static override styles = css`
    :host {
      display: flex;
      outline: none;
      flex-direction: column;
      position: relative;
      box-sizing: border-box;
      height: 400px;
      min-height: 160px;
      font-family: var(--lumo-font-family, system-ui, sans-serif);
      font-size: var(--lumo-font-size-s, 14px);
      color: var(--lumo-body-text-color, #1f2933);
      background: var(--lumo-base-color, #fff);
    }
    :host(:focus-visible) {
      box-shadow: 0 0 0 2px var(--lumo-primary-color-50pct, rgba(26, 115, 232, 0.5));
    }
    .summary {
      position: absolute;
      width: 1px;
      height: 1px;
      overflow: hidden;
      clip: rect(0 0 0 0);
      clip-path: inset(50%);
      white-space: nowrap;
    }
    .markers {
      position: absolute;
      z-index: 3;
      height: ${MARKER_SIZE}px;
      pointer-events: none;
    }
    .marker {
      position: absolute;
      top: 0;
      box-sizing: border-box;
      min-width: ${MARKER_SIZE}px;
      height: ${MARKER_SIZE}px;
      margin: 0 0 0 -${MARKER_SIZE / 2}px;
      padding: 0 3px;
      display: flex;
      align-items: center;
      justify-content: center;
      border: 2px solid var(--marker-color, var(--lumo-contrast-60pct, #666));
      border-radius: 9px;
      background: var(--lumo-base-color, #fff);
      color: var(--lumo-body-text-color, #1f2933);
      font: 600 11px/1 var(--lumo-font-family, system-ui, sans-serif);
      cursor: pointer;
      pointer-events: auto;
    }
    .marker:focus-visible {
      outline: 2px solid var(--lumo-primary-color, #1a73e8);
      outline-offset: 1px;
    }
    .marker .shape {
      width: 8px;
      height: 8px;
      background: var(--marker-color, currentColor);
    }
    .marker .shape.up {
      clip-path: polygon(50% 0, 100% 100%, 0 100%);
    }
    .marker .shape.down {
      clip-path: polygon(0 0, 100% 0, 50% 100%);
    }
    .marker .shape.neutral {
      border-radius: 50%;
    }
    .marker-list {
      position: absolute;
      z-index: 5;
      box-sizing: border-box;
      width: max-content;
      max-width: min(360px, 100%);
      max-height: 60%;
      overflow: auto;
      padding: 6px 8px;
      border-radius: var(--lumo-border-radius-m, 6px);
      background: var(--lumo-base-color, #fff);
      box-shadow: var(--lumo-box-shadow-s, 0 2px 6px rgba(0, 0, 0, 0.2));
      border: 1px solid var(--lumo-contrast-10pct, rgba(0, 0, 0, 0.1));
      font-size: var(--lumo-font-size-xs, 12px);
    }
    .marker-list .date {
      font-weight: 600;
      margin-bottom: 2px;
    }
    .marker-list ul {
      list-style: none;
      margin: 0;
      padding: 0;
    }
    .marker-list button {
      display: block;
      width: 100%;
      padding: 3px 4px;
      border: 0;
      border-radius: 4px;
      background: none;
      color: var(--lumo-body-text-color, #1f2933);
      font: inherit;
      text-align: left;
      cursor: pointer;
    }
    .marker-list button:hover,
    .marker-list button:focus-visible {
      background: var(--lumo-contrast-10pct, rgba(0, 0, 0, 0.1));
      outline: none;
    }
    .marker-list .muted {
      color: var(--lumo-secondary-text-color, #5f6b7a);
    }
    .legend {
      display: flex;
      flex-wrap: wrap;
      gap: 2px 14px;
      padding: 2px 4px 4px;
      font-size: var(--lumo-font-size-xs, 12px);
    }
    .plot {
      position: relative;
      flex: 1 1 auto;
      min-height: 0;
    }
    .chart {
      position: absolute;
      inset: 0;
    }
    .swatch {
      display: inline-block;
      width: 10px;
      height: 10px;
      margin-right: 4px;
      border-radius: 2px;
      vertical-align: -1px;
    }
    .empty {
      position: absolute;
      inset: 0;
      z-index: 2;
      display: flex;
      align-items: center;
      justify-content: center;
      color: var(--lumo-secondary-text-color, #5f6b7a);
      pointer-events: none;
    }
    .tooltip {
      position: absolute;
      z-index: 4;
      min-width: 180px;
      max-width: 640px;
      padding: 6px 8px;
      border-radius: var(--lumo-border-radius-m, 6px);
      background: var(--lumo-base-color, #fff);
      box-shadow: var(--lumo-box-shadow-s, 0 2px 6px rgba(0, 0, 0, 0.2));
      border: 1px solid var(--lumo-contrast-10pct, rgba(0, 0, 0, 0.1));
      font-size: var(--lumo-font-size-xs, 12px);
      line-height: 1.35;
      pointer-events: none;
    }
    .tooltip .date {
      font-weight: 600;
      margin-bottom: 2px;
    }
    .tooltip td.series {
      max-width: 220px;
      overflow: hidden;
      text-overflow: ellipsis;
    }
    .tooltip td.mid {
      font-weight: 600;
    }
    .tooltip table {
      border-collapse: collapse;
    }
    .tooltip td {
      padding: 1px 0 1px 10px;
      white-space: nowrap;
    }
    .tooltip td.num {
      text-align: right;
      font-variant-numeric: tabular-nums;
    }
    .tooltip .muted {
      color: var(--lumo-secondary-text-color, #5f6b7a);
    }
    .tooltip .up {
      color: var(--neodesk-rise, var(--lumo-success-text-color, #188038));
    }
    .tooltip .down {
      color: var(--neodesk-fall, var(--lumo-error-text-color, #c5221f));
    }
    .tooltip td:first-child {
      padding-left: 0;
    }
    .tooltip .note {
      margin-top: 4px;
      max-width: 480px;
      white-space: normal;
    }
  `;

  declare series: SeriesPayload[];
  declare markers: MarkerPayload[];
  declare spans: SpanPayload[];
  declare emptyMessage: string;
  declare scaleMode: ScaleMode;
  declare clusters: MarkerCluster[];
  /** Where the marker strip sits in .plot: main pane's left edge, width, and top. */
  declare strip: { left: number; width: number; top: number } | null;
  /** The cluster whose list is open, by key; null when none. */
  declare openKey: string | null;
  declare summary: string;
  /** Milliseconds of the last draw (data applied -> chart painted). -1 before the first draw. */
  declare lastDrawMs: number;
  declare hover: HoverState | null;

  /** Number of completed draws. */
  drawCount = 0;

  private chart: IChartApi | null = null;
  private container: HTMLElement | null = null;
  private resizeObserver: ResizeObserver | null = null;
  private drawn: DrawnSeries[] = [];
  private timeline: number[] = [];
  private spansPrimitive: SpansPrimitive | null = null;
  private requestedRange: { from: number; to: number } | null = null;
  /**
   * Whether the shown range is still the last one asked for (setVisibleRange or fitAll). Until the
   * user scrolls or zooms, a resize (the side menu appearing, a phone turned) shows it again instead
   * of keeping the bar spacing and cutting the range's start off.
   */
  private followRequest = true;
  private lastWidth = 0;
  private rangeTimer: number | undefined;
  private drawToken = 0;
  private colorCache = new Map<string, string>();
  private probe: HTMLElement | null = null;
  private groups: MarkerGroup[] = [];
  /** The list was opened by a click or a key (stays open), not by hovering. */
  private pinned = false;
  /** The marker button that has the roving tabindex. */
  private activeKey: string | null = null;
  private closeTimer: number | undefined;
  private positionQueued = false;
  private themeObserver: MutationObserver | null = null;
  private colorScheme: MediaQueryList | null = null;
  private themeQueued = false;

  constructor() {
    super();
    this.series = [];
    this.markers = [];
    this.spans = [];
    this.emptyMessage = 'No quotes in this range';
    this.lastDrawMs = -1;
    this.hover = null;
    this.scaleMode = 'linear';
    this.clusters = [];
    this.strip = null;
    this.openKey = null;
    this.summary = '';
  }

  // ---- commands (callJsFunction from the server) ----

  /** Shows epoch days from..to; kept and applied again after new data until fitAll(). */
  setVisibleRange(from: number, to: number): void {
    this.requestedRange = { from: Math.min(from, to), to: Math.max(from, to) };
    this.followRequest = true;
    this.applyRange();
  }

  /** Forgets the requested range and shows all data. */
  fitAll(): void {
    this.requestedRange = null;
    this.followRequest = true;
    const timeScale = this.chart?.timeScale();
    if (!timeScale) return;
    this.allowBarSpacingFor(this.timeline.length);
    if (this.timeline.length === 1) {
      // A single quote: centre it instead of pinning it to an edge.
      timeScale.setVisibleLogicalRange({ from: -8, to: 8 });
    } else {
      timeScale.fitContent();
    }
  }

  /** The epoch days of the first and last shown bar (whole bars inside the pane); null without data. */
  visibleDays(): { from: number; to: number } | null {
    const timeScale = this.chart?.timeScale();
    const logical = timeScale?.getVisibleLogicalRange();
    const t = this.timeline;
    if (!logical || t.length === 0) return null;
    const first = Math.max(0, Math.ceil(logical.from));
    const last = Math.min(t.length - 1, Math.floor(logical.to));
    return first > last ? null : { from: t[first], to: t[last] };
  }

  /** The mode of each visible axis of the main pane, e.g. {right: 'log'} (tests read it). */
  axisModes(): Record<string, ScaleMode> {
    const chart = this.chart;
    const result: Record<string, ScaleMode> = {};
    if (!chart) return result;
    const names: Record<number, ScaleMode> = {
      [PriceScaleMode.Normal]: 'linear',
      [PriceScaleMode.Logarithmic]: 'log',
      [PriceScaleMode.Percentage]: 'percent',
    };
    for (const id of ['left', 'right']) {
      const options = chart.priceScale(id, 0).options();
      if (options.visible) result[id] = names[options.mode] ?? 'linear';
    }
    return result;
  }

  /** Downloads the chart as a PNG file. */
  exportPng(fileName = 'chart.png'): void {
    const canvas = this.renderPng();
    if (!canvas) return;
    canvas.toBlob((blob) => {
      if (!blob) return;
      const url = URL.createObjectURL(blob);
      const link = document.createElement('a');
      link.href = url;
      link.download = fileName;
      link.style.display = 'none';
      document.body.appendChild(link);
      link.click();
      link.remove();
      setTimeout(() => URL.revokeObjectURL(url), 10000);
    }, 'image/png');
  }

  /** The PNG as a data URL (for tests and for embedding); null before the chart exists. */
  toPngDataUrl(): string | null {
    return this.renderPng()?.toDataURL('image/png') ?? null;
  }

  // ---- lifecycle ----

  override connectedCallback(): void {
    super.connectedCallback();
    if (!this.hasAttribute('tabindex')) this.setAttribute('tabindex', '0');
    if (!this.hasAttribute('role')) this.setAttribute('role', 'figure');
    this.addEventListener('keydown', this.onKeyDown);
    this.themeObserver = new MutationObserver(this.onThemeChange);
    this.themeObserver.observe(document.documentElement, {
      attributes: true,
      attributeFilter: ['theme', 'data-rise', 'style', 'class', 'lang'],
    });
    this.colorScheme = window.matchMedia('(prefers-color-scheme: dark)');
    this.colorScheme.addEventListener('change', this.onThemeChange);
    if (this.hasUpdated && !this.chart) {
      this.createChart();
      this.draw();
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.removeEventListener('keydown', this.onKeyDown);
    this.themeObserver?.disconnect();
    this.themeObserver = null;
    this.colorScheme?.removeEventListener('change', this.onThemeChange);
    this.colorScheme = null;
    window.clearTimeout(this.closeTimer);
    this.closeTimer = undefined;
    this.destroyChart();
  }

  protected override firstUpdated(): void {
    this.createChart();
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (changed.has('series') || (changed.has('scaleMode') && changed.get('scaleMode') !== undefined)) {
      this.redrawKeepingRange(changed.has('series'));
    } else if (changed.has('markers') || changed.has('spans')) {
      // Keep the user's zoom: only the overlays change.
      const started = performance.now();
      if (changed.has('markers')) this.drawMarkers();
      if (changed.has('spans')) this.drawSpans();
      this.recordDrawTime(started);
    }
  }

  protected override render() {
    const series = Array.isArray(this.series) ? this.series : [];
    const empty = series.every((s) => !s.days || s.days.length === 0);
    const open = this.openKey === null ? undefined : this.clusters.find((c) => c.key === this.openKey);
    return html`
      ${series.length > 0 ? this.renderLegend(series) : nothing}
      <div class="plot">
        ${this.renderMarkers()} ${open ? this.renderMarkerList(open) : nothing}
        <div class="chart" part="chart"></div>
        ${empty ? html`<div class="empty" part="empty" role="status">${this.emptyMessage}</div>` : nothing}
        ${this.hover && !open ? this.renderTooltip(this.hover) : nothing}
      </div>
      <div class="summary" part="summary" role="status" aria-live="polite">${this.summary}</div>
    `;
  }

  // ---- chart ----

  private createChart(): void {
    const container = this.renderRoot.querySelector<HTMLElement>('.chart');
    if (!container || this.chart) return;
    this.container = container;
    this.colorCache.clear();
    // Created before the page has laid the element out, the library would paint its panes and axes
    // at a default size and then grow them on the first resize: a layout shift after first paint
    // (issue 10: CLS 0.48 on /chart). Kept invisible until it has its real size.
    const sized = container.clientWidth > 0 && container.clientHeight > 0;
    if (!sized) container.style.visibility = 'hidden';
    const chart = createChart(container, {
      width: container.clientWidth,
      height: container.clientHeight,
      ...this.themeOptions(),
      timeScale: {
        ...this.themeOptions().timeScale,
        rightOffset: 4,
        // Nothing lies before the first quote; fixing the edge also keeps the first date label
        // inside the axis instead of cutting it ("018" for 2018).
        fixLeftEdge: true,
        tickMarkFormatter: (time: Time, type: TickMarkType) => {
          const iso = isoDate(toDay(time));
          switch (type) {
            case TickMarkType.Year:
              return iso.slice(0, 4);
            case TickMarkType.Month:
              return iso.slice(0, 7);
            case TickMarkType.DayOfMonth:
              return iso.slice(5);
            default:
              return iso;
          }
        },
      },
      localization: {
        locale: 'en-US',
        timeFormatter: (time: Time) => isoDate(toDay(time)),
      },
      crosshair: { mode: CrosshairMode.Normal },
    });
    this.chart = chart;
    this.spansPrimitive = new SpansPrimitive((day) => this.xForDay(day));
    chart.panes()[0].attachPrimitive(this.spansPrimitive);
    chart.panes()[0].attachPrimitive(new RedrawPrimitive(() => this.queuePositionMarkers()));
    chart.subscribeCrosshairMove(this.onCrosshairMove);
    chart.subscribeClick(this.onClick);
    chart.timeScale().subscribeVisibleTimeRangeChange(this.onVisibleRangeChange);
    // The .chart div outlives a disconnect (it stays in the shadow root): destroyChart removes these.
    for (const type of FOLLOW_BREAKERS) {
      container.addEventListener(type, this.stopFollowing, { passive: true });
    }
    this.resizeObserver = new ResizeObserver((entries) => {
      const box = entries[entries.length - 1]?.contentRect;
      if (!box || !this.chart) return;
      const hadNoWidth = this.chart.timeScale().width() === 0;
      const width = Math.floor(box.width);
      const widthChanged = width !== this.lastWidth;
      this.lastWidth = width;
      // Applied now (forceRepaint), inside the observer callback, so the page paints it at once.
      this.chart.resize(width, Math.floor(box.height), true);
      if (width > 0 && box.height > 0) container.style.visibility = '';
      if (hadNoWidth || (this.followRequest && widthChanged)) {
        // After the library has applied the new size: show the requested range again.
        requestAnimationFrame(() => {
          if (!this.chart) return;
          if (this.requestedRange) this.applyRange();
          else this.fitAll();
        });
      }
    });
    this.resizeObserver.observe(container);
  }

  /** A user's own zoom or pan ends following the requested range on resize. */
  private readonly stopFollowing = () => {
    this.followRequest = false;
  };

  private destroyChart(): void {
    for (const type of FOLLOW_BREAKERS) {
      this.container?.removeEventListener(type, this.stopFollowing);
    }
    this.resizeObserver?.disconnect();
    this.resizeObserver = null;
    window.clearTimeout(this.rangeTimer);
    if (this.chart) {
      this.chart.unsubscribeCrosshairMove(this.onCrosshairMove);
      this.chart.unsubscribeClick(this.onClick);
      this.chart.remove();
    }
    this.chart = null;
    this.spansPrimitive = null;
    this.drawn = [];
    this.hover = null;
    this.clusters = [];
    this.openKey = null;
  }

  /** Layout, grid and axis colours from the current theme. */
  private themeOptions() {
    const text = this.resolveColor('var(--lumo-secondary-text-color, #5f6b7a)');
    const grid = this.resolveColor('var(--lumo-contrast-5pct, rgba(0, 0, 0, 0.05))');
    const border = this.resolveColor('var(--lumo-contrast-20pct, rgba(0, 0, 0, 0.2))');
    const background = this.resolveColor('var(--lumo-base-color, #ffffff)');
    return {
      layout: {
        background: { type: ColorType.Solid, color: background },
        textColor: text,
        fontFamily: this.fontFamily(),
        fontSize: FONT_SIZE,
        // Required by the lightweight-charts licence: keep the TradingView attribution link.
        attributionLogo: true,
        panes: { separatorColor: border },
      },
      grid: { vertLines: { color: grid }, horzLines: { color: grid } },
      rightPriceScale: { borderColor: border },
      leftPriceScale: { borderColor: border },
      timeScale: { borderColor: border },
    };
  }

  private readonly onThemeChange = (): void => {
    if (this.themeQueued) return;
    this.themeQueued = true;
    // Several attributes often change together (theme and style): re-apply once.
    requestAnimationFrame(() => {
      this.themeQueued = false;
      this.applyTheme();
    });
  };

  /**
   * Resolves the Lumo colours of the canvas again and repaints with them, keeping the range. The
   * HTML parts (tooltip, marker list, rise/fall via --neodesk-rise/--neodesk-fall) follow by CSS.
   */
  applyTheme(): void {
    const chart = this.chart;
    if (!chart) return;
    this.colorCache.clear();
    chart.applyOptions(this.themeOptions());
    this.drawn.forEach((d, i) => {
      d.color = this.resolveColor(d.payload.color || PALETTE[i % PALETTE.length]);
      d.api.applyOptions({ color: d.color });
      d.band?.recolor(this.withAlpha(d.color, 0.16), this.withAlpha(d.color, 0.45));
    });
    this.drawSpans();
    this.requestUpdate();
  }

  /**
   * Draws again (new series or scale mode). When the user has scrolled or zoomed since the last
   * requested range, the shown bars stay; else the requested range (or all) is shown again.
   */
  private redrawKeepingRange(newSeries: boolean): void {
    const logical = this.chart?.timeScale().getVisibleLogicalRange();
    const keep = !newSeries && !this.followRequest && logical;
    this.draw();
    if (keep && logical) this.chart?.timeScale().setVisibleLogicalRange(logical);
  }

  /** Applies series, markers and spans; measures until the chart has painted. */
  private draw(): void {
    const chart = this.chart;
    if (!chart) return;
    const started = performance.now();
    this.colorCache.clear();

    for (const old of this.drawn) chart.removeSeries(old.api);
    // A spread's lower pane must not stay behind, empty, when the next picture has one pane.
    for (let i = chart.panes().length - 1; i > 0; i--) chart.removePane(i);
    this.drawn = [];

    const payloads = (Array.isArray(this.series) ? this.series : []).filter((s) => s && Array.isArray(s.days));
    const allDays = new Set<number>();
    for (const s of payloads) for (const d of s.days) allDays.add(d);
    this.timeline = [...allDays].sort((a, b) => a - b);

    const percent = this.scaleMode === 'percent';
    const mode =
      this.scaleMode === 'log'
        ? PriceScaleMode.Logarithmic
        : percent
          ? PriceScaleMode.Percentage
          : PriceScaleMode.Normal;
    const paneOf = (scale: string) => Number(/^pane-(\d+)$/.exec(scale ?? '')?.[1] ?? 0);
    // % change puts the main pane's series on one axis: they are all in %, whatever their unit.
    const scaleOf = (p: SeriesPayload) => (paneOf(p.scale) > 0 || percent ? 'right' : p.scale || 'right');
    const usesLeft = payloads.some((s) => scaleOf(s) === 'left' && paneOf(s.scale) === 0);
    const usesRight = payloads.some((s) => scaleOf(s) === 'right' && paneOf(s.scale) === 0);
    chart.applyOptions({
      leftPriceScale: { visible: usesLeft },
      rightPriceScale: { visible: usesRight || !usesLeft },
      // No crosshair over an empty chart: it would hang at the left edge.
      crosshair: { mode: this.timeline.length === 0 ? CrosshairMode.Hidden : CrosshairMode.Normal },
    });

    payloads.forEach((payload, i) => {
      const color = this.resolveColor(payload.color || PALETTE[i % PALETTE.length]);
      const dp = Math.max(0, Math.min(8, payload.dp ?? 2));
      const pane = paneOf(payload.scale);
      const scaleId = scaleOf(payload);
      const api = chart.addSeries(
        LineSeries,
        {
          color,
          lineWidth: 2,
          priceScaleId: scaleId,
          priceLineVisible: false,
          lastValueVisible: true,
          pointMarkersVisible: payload.days.length < 3,
          priceFormat: { type: 'custom', minMove: Math.pow(10, -dp), formatter: (p: number) => formatNumber(p, dp) },
        },
        pane,
      );
      // Log and % apply to the main pane; a lower pane (the ratio A / B) stays linear.
      chart.priceScale(scaleId, pane).applyOptions({
        mode: pane === 0 ? mode : PriceScaleMode.Normal,
        scaleMargins: { top: 0.1, bottom: pane === 0 ? this.bottomMargin() : 0.1 },
      });
      api.setData(payload.days.map((day, k) => ({ time: toTime(day), value: payload.mid[k] })));
      let band: BandPrimitive | undefined;
      if (payload.kind === 'band' && payload.low && payload.high) {
        band = new BandPrimitive(payload, this.withAlpha(color, 0.16), this.withAlpha(color, 0.45), () => this.timeline);
        api.attachPrimitive(band);
      }
      const index = new Map<number, number>();
      payload.days.forEach((day, k) => index.set(day, k));
      this.drawn.push({ payload, api, color, index, pane, band });
    });
    const panes = chart.panes();
    if (panes.length > 1) {
      panes[0].setStretchFactor(2);
      for (let i = 1; i < panes.length; i++) panes[i].setStretchFactor(1);
    }
    this.updateAccessibleName(payloads);

    this.drawMarkers();
    this.drawSpans();
    if (this.requestedRange) this.applyRange();
    else this.fitAll();
    if (this.hover) this.hover = null;

    this.recordDrawTime(started);
  }

  /** Sets lastDrawMs once the chart has painted (its paint runs in the next animation frame). */
  private recordDrawTime(started: number): void {
    const token = ++this.drawToken;
    requestAnimationFrame(() => {
      if (token !== this.drawToken) return;
      this.lastDrawMs = Math.round((performance.now() - started) * 10) / 10;
      this.updateSummary();
      this.drawCount++;
      this.dispatchEvent(new CustomEvent('chart-drawn', { detail: { ms: this.lastDrawMs } }));
    });
  }

  /** Groups the markers by day; the buttons are placed on the next redraw. */
  private drawMarkers(): void {
    const markers = Array.isArray(this.markers) ? this.markers : [];
    this.groups = this.drawn.length === 0 ? [] : groupMarkersByDay(markers);
    this.openKey = null;
    this.queuePositionMarkers();
  }

  /** Scale margin below the main pane's lines, so they stay clear of the marker strip. */
  private bottomMargin(): number {
    const markers = Array.isArray(this.markers) ? this.markers : [];
    const height = this.container?.clientHeight ?? 0;
    if (markers.length === 0 || height <= 0) return 0.1;
    return Math.min(0.35, 0.05 + (MARKER_SIZE + 10) / height);
  }

  private queuePositionMarkers(): void {
    if (this.positionQueued) return;
    this.positionQueued = true;
    requestAnimationFrame(() => {
      this.positionQueued = false;
      this.positionMarkers();
    });
  }

  /**
   * One button per day with markers, in a strip along the bottom of the main pane (never over the
   * lines or the price tags). Days closer than a button are merged into one button, so a phone
   * shows a few counts, not a wall of symbols.
   */
  private positionMarkers(): void {
    const chart = this.chart;
    if (!chart || this.groups.length === 0 || this.timeline.length === 0) {
      if (this.clusters.length > 0) this.clusters = [];
      this.strip = null;
      return;
    }
    const timeScale = chart.timeScale();
    const width = timeScale.width();
    const left = chart.options().leftPriceScale.visible ? chart.priceScale('left').width() : 0;
    const paneHeight = chart.paneSize(0).height;
    const clusters: MarkerCluster[] = [];
    let startX = -Infinity;
    for (const group of this.groups) {
      const x = this.xForDay(group.day);
      if (x === null || x < MARKER_SIZE / 2 - 1 || x > width - MARKER_SIZE / 2 + 1) continue;
      const last = clusters[clusters.length - 1];
      if (last && x - startX < MARKER_SIZE + MARKER_GAP) {
        last.groups.push(group);
        last.count += group.markers.length;
        last.x = (startX + x) / 2;
      } else {
        startX = x;
        clusters.push({ key: String(group.day), x, groups: [group], count: group.markers.length });
      }
    }
    // Push apart what the averaging brought too close, keeping the last one inside the pane.
    for (let i = 1; i < clusters.length; i++) {
      clusters[i].x = Math.max(clusters[i].x, clusters[i - 1].x + MARKER_SIZE + 2);
    }
    for (let i = clusters.length - 1; i >= 0; i--) {
      const limit = i === clusters.length - 1 ? width - MARKER_SIZE / 2 : clusters[i + 1].x - MARKER_SIZE - 2;
      clusters[i].x = Math.min(clusters[i].x, limit);
    }
    const strip = { left, width, top: Math.max(0, paneHeight - MARKER_SIZE - 4) };
    const same =
      this.strip &&
      this.strip.left === strip.left &&
      this.strip.width === strip.width &&
      this.strip.top === strip.top &&
      clusters.length === this.clusters.length &&
      clusters.every((c, i) => c.key === this.clusters[i].key && c.x === this.clusters[i].x && c.count === this.clusters[i].count);
    if (same) return;
    this.strip = strip;
    this.clusters = clusters;
    if (this.openKey !== null && !clusters.some((c) => c.key === this.openKey)) this.openKey = null;
  }

  private renderMarkers() {
    const strip = this.strip;
    if (!strip || this.clusters.length === 0) return nothing;
    const active = this.clusters.some((c) => c.key === this.activeKey)
      ? this.activeKey
      : this.clusters[this.clusters.length - 1].key;
    return html`<div
      class="markers"
      part="markers"
      role="toolbar"
      aria-label="Drivers and events"
      style="left:${strip.left}px;width:${strip.width}px;top:${strip.top}px"
      @keydown=${this.onMarkerKey}
    >
      ${repeat(
        this.clusters,
        (c) => c.key,
        (c) => {
          const markers = c.groups.flatMap((g) => g.markers);
          const colors = new Set(markers.map((m) => m.color ?? ''));
          const color = colors.size === 1 && markers[0].color ? markers[0].color : '';
          const when = this.clusterDates(c);
          const label =
            c.count === 1 ? `${markers[0].label}, ${when}` : `${c.count} drivers and events, ${when}`;
          return html`<button
            class="marker ${c.count > 1 ? 'group' : 'single'}"
            part="marker"
            data-key=${c.key}
            style="left:${c.x}px;${color ? `--marker-color:${color}` : ''}"
            tabindex=${c.key === active ? 0 : -1}
            aria-label=${label}
            aria-haspopup="dialog"
            aria-expanded=${this.openKey === c.key ? 'true' : 'false'}
            @click=${() => this.toggleList(c.key)}
            @mouseenter=${() => this.hoverList(c.key)}
            @mouseleave=${this.leaveList}
            @focus=${() => {
              this.activeKey = c.key;
            }}
          >
            ${c.count > 1
              ? c.count
              : html`<span class="shape ${SHAPE_NAMES[markers[0].shape] ?? 'neutral'}"></span>`}
          </button>`;
        },
      )}
    </div>`;
  }

  private clusterDates(c: MarkerCluster): string {
    const first = c.groups[0].day;
    const last = c.groups[c.groups.length - 1].day;
    return first === last ? isoDate(first) : `${isoDate(first)} – ${isoDate(last)}`;
  }

  private renderMarkerList(c: MarkerCluster) {
    const strip = this.strip;
    if (!strip) return nothing;
    const plotWidth = this.container?.clientWidth ?? strip.width;
    const listWidth = Math.min(360, plotWidth);
    const x = Math.max(0, Math.min(plotWidth - listWidth, strip.left + c.x - listWidth / 2));
    const bottom = (this.container?.clientHeight ?? 0) - strip.top + 4;
    const when = this.clusterDates(c);
    return html`<div
      class="marker-list"
      part="marker-list"
      role="dialog"
      aria-label="Drivers and events, ${when}"
      style="left:${x}px;bottom:${bottom}px"
      @mouseenter=${() => window.clearTimeout(this.closeTimer)}
      @mouseleave=${this.leaveList}
      @keydown=${this.onListKey}
    >
      <div class="date">${when} · ${c.count === 1 ? '1 marker' : `${c.count} markers`}</div>
      <ul>
        ${c.groups.flatMap((g) =>
          g.markers.map(
            (m) =>
              html`<li>
                <button class="driver" data-id=${m.id} @click=${() => this.fireMarker(m.id)}>
                  <span class="swatch" style="background:${m.color ?? 'currentColor'}"></span>${m.label}
                  ${c.groups.length > 1 ? html`<span class="muted">${isoDate(m.day)}</span>` : nothing}
                </button>
              </li>`,
          ),
        )}
      </ul>
    </div>`;
  }

  private toggleList(key: string): void {
    window.clearTimeout(this.closeTimer);
    if (this.openKey === key && this.pinned) {
      this.openKey = null;
      return;
    }
    this.openKey = key;
    this.pinned = true;
    this.activeKey = key;
    // Opened by click or Enter: move into the list, so the keyboard can pick a driver.
    this.updateComplete.then(() =>
      this.renderRoot.querySelector<HTMLButtonElement>('.marker-list button')?.focus({ preventScroll: true }),
    );
  }

  private hoverList(key: string): void {
    window.clearTimeout(this.closeTimer);
    if (this.pinned && this.openKey !== null) return;
    this.openKey = key;
    this.pinned = false;
  }

  private readonly leaveList = (): void => {
    if (this.pinned) return;
    window.clearTimeout(this.closeTimer);
    this.closeTimer = window.setTimeout(() => {
      if (!this.pinned) this.openKey = null;
    }, 300);
  };

  private closeList(focusMarker: boolean): void {
    const key = this.openKey;
    this.openKey = null;
    this.pinned = false;
    if (focusMarker && key !== null) {
      this.updateComplete.then(() =>
        this.renderRoot.querySelector<HTMLButtonElement>(`.marker[data-key="${key}"]`)?.focus({ preventScroll: true }),
      );
    }
  }

  private fireMarker(id: string): void {
    this.closeList(false);
    this.dispatchEvent(new CustomEvent('marker-click', { detail: { id, source: 'marker' }, bubbles: true, composed: true }));
  }

  /** Arrow keys move between marker buttons (one tab stop for all of them); Escape closes the list. */
  private readonly onMarkerKey = (e: KeyboardEvent): void => {
    const buttons = [...this.renderRoot.querySelectorAll<HTMLButtonElement>('.marker')];
    const at = buttons.findIndex((b) => b === this.shadowRoot?.activeElement);
    let next = -1;
    if (e.key === 'ArrowRight') next = Math.min(buttons.length - 1, at + 1);
    else if (e.key === 'ArrowLeft') next = Math.max(0, at - 1);
    else if (e.key === 'Home') next = 0;
    else if (e.key === 'End') next = buttons.length - 1;
    else if (e.key === 'Escape' && this.openKey !== null) {
      this.closeList(true);
      e.preventDefault();
    }
    e.stopPropagation();
    if (next >= 0 && buttons[next]) {
      e.preventDefault();
      this.activeKey = buttons[next].dataset.key ?? null;
      buttons[next].focus();
    }
  };

  private readonly onListKey = (e: KeyboardEvent): void => {
    e.stopPropagation();
    const items = [...this.renderRoot.querySelectorAll<HTMLButtonElement>('.marker-list button')];
    const at = items.findIndex((b) => b === this.shadowRoot?.activeElement);
    if (e.key === 'Escape') {
      e.preventDefault();
      this.closeList(true);
    } else if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      const next = e.key === 'ArrowDown' ? Math.min(items.length - 1, at + 1) : Math.max(0, at - 1);
      items[next]?.focus();
    }
  };

  private drawSpans(): void {
    const spans = Array.isArray(this.spans) ? this.spans : [];
    const fallback = 'var(--lumo-primary-color, #1a73e8)';
    const resolved = spans.map((payload) => {
      const base = this.resolveColor(payload.color || fallback);
      return { payload, color: payload.from === payload.to ? base : this.withAlpha(base, 0.12) };
    });
    this.spansPrimitive?.update(
      resolved,
      `11px ${this.fontFamily()}`,
      this.resolveColor('var(--lumo-secondary-text-color, #5f6b7a)'),
    );
  }

  private applyRange(): void {
    const chart = this.chart;
    const range = this.requestedRange;
    if (!chart || !range || this.timeline.length === 0) return;
    // Bars in the range: the library clamps the spacing at its minimum and would cut the range's
    // start off otherwise.
    const bars = lowerBound(this.timeline, range.to + 1) - lowerBound(this.timeline, range.from);
    this.allowBarSpacingFor(bars);
    try {
      chart.timeScale().setVisibleRange({ from: toTime(range.from), to: toTime(range.to) });
    } catch {
      // Range entirely outside the data: show everything rather than an empty pane.
      chart.timeScale().fitContent();
    }
  }

  /** Lowers the time scale's minimum bar spacing just enough for {@code bars} bars to fit its width. */
  private allowBarSpacingFor(bars: number): void {
    const timeScale = this.chart?.timeScale();
    if (!timeScale) return;
    const options = timeScale.options();
    const width = timeScale.width() || this.container?.clientWidth || 0;
    const wanted = minBarSpacingFor(width, bars + options.rightOffset);
    if (wanted !== options.minBarSpacing) timeScale.applyOptions({ minBarSpacing: wanted });
  }

  /**
   * Media x coordinate of any epoch day, also days without a point. The time scale's points are
   * exactly this.timeline (index = logical), and lightweight-charts only maps whole logical indexes,
   * so a day between two points is interpolated between their coordinates, and a day outside the
   * data sits half a bar beyond the first or last point.
   */
  private xForDay(day: number): number | null {
    const chart = this.chart;
    const t = this.timeline;
    if (!chart || t.length === 0) return null;
    const timeScale = chart.timeScale();
    const x = (index: number) => timeScale.logicalToCoordinate(index as Logical);
    const half = timeScale.options().barSpacing / 2;
    const i = lowerBound(t, day);
    if (i < t.length && t[i] === day) return x(i);
    if (i === 0) {
      const first = x(0);
      return first === null ? null : first - half;
    }
    if (i >= t.length) {
      const last = x(t.length - 1);
      return last === null ? null : last + half;
    }
    const left = x(i - 1);
    const right = x(i);
    if (left === null || right === null) return null;
    return left + ((day - t[i - 1]) / (t[i] - t[i - 1])) * (right - left);
  }

  // ---- interaction ----

  private readonly onCrosshairMove = (param: MouseEventParams<Time>): void => {
    if (!param.point || param.time === undefined || this.timeline.length === 0) {
      this.hover = null;
      return;
    }
    this.hover = { x: param.point.x, y: param.point.y, day: toDay(param.time) };
  };

  private readonly onClick = (param: MouseEventParams<Time>): void => {
    const objectId = param.hoveredInfo?.objectId ?? param.hoveredObjectId;
    if (typeof objectId !== 'string') return;
    let detail: { id: string; source: 'marker' | 'span' } | null = null;
    if (objectId.startsWith(MARKER_PREFIX)) detail = { id: objectId.slice(MARKER_PREFIX.length), source: 'marker' };
    else if (objectId.startsWith(SPAN_PREFIX)) detail = { id: objectId.slice(SPAN_PREFIX.length), source: 'span' };
    if (detail) {
      this.dispatchEvent(new CustomEvent('marker-click', { detail, bubbles: true, composed: true }));
    }
  };

  private readonly onVisibleRangeChange = (): void => {
    window.clearTimeout(this.rangeTimer);
    this.rangeTimer = window.setTimeout(() => {
      this.updateSummary();
      const range = this.chart?.timeScale().getVisibleRange();
      if (!range) return;
      this.dispatchEvent(
        new CustomEvent('visible-range-change', { detail: { from: toDay(range.from), to: toDay(range.to) } }),
      );
    }, 250);
  };

  /**
   * Keyboard on the focused chart: ← → scroll by a tenth of the shown bars, ↑ / + zoom in,
   * ↓ / − zoom out, Home and End go to the first and last quote.
   */
  private readonly onKeyDown = (e: KeyboardEvent): void => {
    if (e.composedPath()[0] !== this || e.altKey || e.ctrlKey || e.metaKey) return;
    const timeScale = this.chart?.timeScale();
    const range = timeScale?.getVisibleLogicalRange();
    const bars = this.timeline.length;
    if (!timeScale || !range || bars === 0) return;
    const span = range.to - range.from;
    const step = Math.max(1, Math.round(span / 10));
    let from: number = range.from;
    let to: number = range.to;
    // as the range buttons fit it: the last quote at the right edge
    const lastBar = bars - 1;
    if ((e.key === 'ArrowLeft' || e.key === 'Home') && from <= 0.5) {
      e.preventDefault();
      this.announceEdge(`Start of the loaded range, ${isoDate(this.timeline[0])}: choose a longer range for earlier quotes.`);
      return;
    }
    if ((e.key === 'ArrowRight' || e.key === 'End') && to >= lastBar - 0.5) {
      e.preventDefault();
      this.announceEdge('The latest quote is shown.');
      return;
    }
    switch (e.key) {
      case 'ArrowLeft':
        from -= step;
        to -= step;
        break;
      case 'ArrowRight':
        from += step;
        to += step;
        break;
      case 'ArrowUp':
      case '+':
      case '=':
        from = to - Math.max(5, span * 0.8);
        break;
      case 'ArrowDown':
      case '-':
        from = to - span * 1.25;
        break;
      case 'Home':
        from = 0;
        to = span;
        break;
      case 'End':
        to = lastBar;
        from = to - span;
        break;
      default:
        return;
    }
    e.preventDefault();
    this.followRequest = false;
    this.allowBarSpacingFor(Math.ceil(to - from));
    timeScale.setVisibleLogicalRange({ from: from as Logical, to: to as Logical });
  };

  /** "Price chart: Nd metal · yangtze, Nd oxide · yangtze", unless the page named it itself. */
  private updateAccessibleName(payloads: SeriesPayload[]): void {
    if (this.hasAttribute('aria-label') && !this.hasAttribute('data-auto-label')) return;
    const names = payloads.map((p) => p.name).join(', ');
    this.setAttribute('aria-label', names ? `Price chart: ${names}` : 'Price chart, no data');
    this.setAttribute('data-auto-label', '');
  }

  /**
   * The text summary of what is shown: per series last, change, high and low over the visible
   * range (low/high of a band; the mid of a line), in the series' own unit and decimals.
   */
  /** Says in the live region why a key moved nothing: the range is already at that edge. */
  private announceEdge(note: string): void {
    this.updateSummary();
    this.summary = this.summary ? `${this.summary} ${note}` : note;
  }

  private updateSummary(): void {
    const shown = this.visibleDays();
    if (!shown || this.drawn.length === 0) {
      this.summary = this.drawn.length === 0 ? '' : 'No quotes in the visible range.';
      return;
    }
    const parts = [`Shown: ${isoDate(shown.from)} to ${isoDate(shown.to)}.`];
    for (const d of this.drawn) {
      const { days, mid, low, high } = d.payload;
      const dp = d.payload.dp ?? 2;
      const start = lowerBound(days, shown.from);
      const end = lowerBound(days, shown.to + 1) - 1;
      if (start > end) {
        parts.push(`${d.payload.name}: no quote.`);
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
        `${d.payload.name}: last ${formatNumber(last, dp)} on ${isoDate(days[end])}, ` +
          `change ${start < end ? formatChange(change, dp) : '—'}${pct} since ${isoDate(days[start])}, ` +
          `high ${formatNumber(hi, dp)}, low ${formatNumber(lo, dp)}.`,
      );
    }
    this.summary = parts.join(' ');
  }

  // ---- rendering helpers ----

  private renderLegend(series: SeriesPayload[]) {
    const scales = new Set(series.map((s) => s.scale));
    const showScale = scales.size > 1 && this.scaleMode !== 'percent';
    return html`<div class="legend" part="legend">
      ${series.map((s, i) => {
        const color = s.color || PALETTE[i % PALETTE.length];
        const scale =
          s.scale === 'left'
            ? ' (left axis)'
            : s.scale === 'right'
              ? ' (right axis)'
              : s.scale.startsWith('pane-')
                ? ' (lower pane)'
                : '';
        return html`<span><span class="swatch" style="background:${color}"></span>${s.name}${showScale ? scale : ''}</span>`;
      })}
    </div>`;
  }

  private renderTooltip(hover: HoverState) {
    const day = hover.day;
    const markers = (Array.isArray(this.markers) ? this.markers : []).filter((m) => {
      const target = this.drawn.find((d) => d.payload.id === m.series) ?? this.drawn[0];
      return target && target.payload.days.length > 0 && nearest(target.payload.days, m.day) === day;
    });
    const spans = (Array.isArray(this.spans) ? this.spans : []).filter((s) => s.from <= day && day <= s.to);
    const width = this.container?.clientWidth ?? 0;
    const height = this.container?.clientHeight ?? 0;
    // Keep the tooltip on the side of the cursor with more room, so it never covers the point.
    const horizontal = hover.x > width / 2 ? `right:${width - hover.x + 16}px` : `left:${hover.x + 16}px`;
    const vertical = hover.y > height / 2 ? `bottom:${height - hover.y + 8}px` : `top:${hover.y + 8}px`;
    const anyRange = this.drawn.some((d) => d.payload.low || d.payload.high);
    const anyPct = this.drawn.some((d) => d.payload.changePct);
    return html`<div class="tooltip" part="tooltip" style="${horizontal};${vertical}">
      <div class="date">${isoDate(day)}</div>
      <table>
        <tr class="muted">
          <td></td>
          ${anyRange ? html`<td class="num">Low</td><td class="num">High</td>` : nothing}
          <td class="num">Mid</td>
          <td class="num">Change</td>
          ${anyPct ? html`<td class="num">Change %</td>` : nothing}
        </tr>
        ${this.drawn.map((d) => this.renderTooltipRow(d, day, anyRange, anyPct))}
      </table>
      ${markers.map(
        (m) => html`<div class="note"><span class="swatch" style="background:${m.color ? this.resolveColor(m.color) : 'currentColor'}"></span
          >${m.label}${m.day !== day ? html` <span class="muted">(${isoDate(m.day)})</span>` : nothing}</div>`,
      )}
      ${spans.map(
        (s) => html`<div class="note muted">${s.label}
          (${s.from === s.to ? isoDate(s.from) : `${isoDate(s.from)} – ${isoDate(s.to)}`})</div>`,
      )}
    </div>`;
  }

  /** One row per series: low, high, mid, change, change % (values as sent by the server). */
  private renderTooltipRow(d: DrawnSeries, day: number, anyRange: boolean, anyPct: boolean) {
    const k = d.index.get(day);
    const p = d.payload;
    const dp = p.dp ?? 2;
    const name = html`<td class="series" title=${p.name}><span class="swatch" style="background:${d.color}"></span>${p.name}</td>`;
    if (k === undefined) {
      return html`<tr>${name}<td class="muted" colspan=${(anyRange ? 4 : 2) + (anyPct ? 1 : 0)}>no quote</td></tr>`;
    }
    const value = (v: number | null | undefined) => (v === null || v === undefined ? '' : formatNumber(v, dp));
    const trend = (v: number | null | undefined) => (v === null || v === undefined || v === 0 ? '' : v > 0 ? 'up' : 'down');
    const change = p.change?.[k];
    const pct = p.changePct?.[k];
    // "−21.70% vs 2021-03-18": a change against an old previous quote names that quote's date.
    const versus = formatVersus(p.vsDay?.[k]);
    const onPct = anyPct && !!p.changePct;
    return html`<tr>
      ${name}
      ${anyRange ? html`<td class="num">${value(p.low?.[k])}</td><td class="num">${value(p.high?.[k])}</td>` : nothing}
      <td class="num mid">${value(p.mid[k])}</td>
      <td class="num ${trend(change)}">${p.change ? formatChange(change, dp) + (onPct ? '' : versus) : ''}</td>
      ${anyPct ? html`<td class="num ${trend(pct)}">${p.changePct ? formatPercent(pct) + versus : ''}</td>` : nothing}
    </tr>`;
  }

  /** Chart screenshot plus a footer with the legend and the TradingView attribution. */
  private renderPng(): HTMLCanvasElement | null {
    const chart = this.chart;
    if (!chart || !this.container) return null;
    const shot = chart.takeScreenshot(true, false);
    const ratio = shot.width / Math.max(1, this.container.clientWidth);
    const footer = Math.round(22 * ratio);
    const out = document.createElement('canvas');
    out.width = shot.width;
    out.height = shot.height + footer;
    const ctx = out.getContext('2d');
    if (!ctx) return shot;
    ctx.fillStyle = this.resolveColor('var(--lumo-base-color, #ffffff)');
    ctx.fillRect(0, 0, out.width, out.height);
    ctx.drawImage(shot, 0, 0);
    ctx.font = `${Math.round(11 * ratio)}px ${this.fontFamily()}`;
    ctx.textBaseline = 'middle';
    const y = shot.height + footer / 2;
    let x = 8 * ratio;
    for (const d of this.drawn) {
      ctx.fillStyle = d.color;
      ctx.fillRect(x, y - 4 * ratio, 8 * ratio, 8 * ratio);
      x += 12 * ratio;
      ctx.fillStyle = this.resolveColor('var(--lumo-body-text-color, #1f2933)');
      ctx.fillText(d.payload.name, x, y);
      x += ctx.measureText(d.payload.name).width + 14 * ratio;
    }
    const credit = 'Charts by TradingView (tradingview.com)';
    ctx.fillStyle = this.resolveColor('var(--lumo-secondary-text-color, #5f6b7a)');
    ctx.textAlign = 'right';
    ctx.fillText(credit, out.width - 8 * ratio, y);
    return out;
  }

  private fontFamily(): string {
    return getComputedStyle(this).fontFamily || 'system-ui, sans-serif';
  }

  /**
   * Turns any CSS colour, including var(--lumo-…) and colour functions the canvas library may not
   * parse (oklch, color-mix), into rgba() by painting it on a 1×1 canvas.
   */
  private resolveColor(value: string): string {
    const cached = this.colorCache.get(value);
    if (cached) return cached;
    if (!this.probe) {
      this.probe = document.createElement('span');
      this.probe.style.display = 'none';
      this.renderRoot.appendChild(this.probe);
    }
    this.probe.style.color = '';
    this.probe.style.color = value;
    const computed = getComputedStyle(this.probe).color || value;
    let result = computed;
    const canvas = document.createElement('canvas');
    canvas.width = 1;
    canvas.height = 1;
    const ctx = canvas.getContext('2d', { willReadFrequently: true });
    if (ctx) {
      ctx.clearRect(0, 0, 1, 1);
      ctx.fillStyle = '#000';
      ctx.fillStyle = computed;
      ctx.fillRect(0, 0, 1, 1);
      const [r, g, b, a] = ctx.getImageData(0, 0, 1, 1).data;
      result = `rgba(${r}, ${g}, ${b}, ${Math.round((a / 255) * 1000) / 1000})`;
    }
    this.colorCache.set(value, result);
    return result;
  }

  private withAlpha(rgba: string, alpha: number): string {
    const m = /rgba?\((\d+),\s*(\d+),\s*(\d+)/.exec(rgba);
    return m ? `rgba(${m[1]}, ${m[2]}, ${m[3]}, ${alpha})` : rgba;
  }
}

customElements.define('neodesk-price-chart', NeodeskPriceChart);

declare global {
  interface HTMLElementTagNameMap {
    'neodesk-price-chart': NeodeskPriceChart;
  }
}
