/*
 * <neodesk-price-chart>: price chart web component for Neodesk, built on TradingView
 * lightweight-charts 5.2.1 (Apache-2.0). The library's TradingView attribution logo/link stays
 * enabled, and exported PNGs carry a "Charts by TradingView" line, as the licence requires.
 *
 * Data in (set by the Java wrapper app.neodesk.chart.ui.PriceChart with one Element.executeJs call
 * per list that assigns the property here, never a round trip per point; not a Vaadin element
 * property, so the server does not keep the data; it sends it again after a re-attach):
 *   series:  SeriesPayload[]  one compact, column-wise object per series (see below)
 *   markers: MarkerPayload[]  dated markers (drivers, spec changes); click -> 'marker-click'
 *   spans:   SpanPayload[]    shaded date ranges, or dashed vertical lines when from === to
 *   emptyMessage: string      shown when no series has a point
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
import {
  ColorType,
  CrosshairMode,
  LineSeries,
  TickMarkType,
  createChart,
  createSeriesMarkers,
  type AutoscaleInfo,
  type IChartApi,
  type IChartApiBase,
  type IPanePrimitive,
  type IPanePrimitivePaneView,
  type IPrimitivePaneRenderer,
  type ISeriesApi,
  type ISeriesMarkersPluginApi,
  type ISeriesPrimitive,
  type IPrimitivePaneView,
  type Logical,
  type MouseEventParams,
  type PaneAttachedParameter,
  type PrimitiveHoveredItem,
  type SeriesAttachedParameter,
  type SeriesMarker,
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
  markers?: ISeriesMarkersPluginApi<Time>;
  /** The markers given to the plugin, sorted by time (for MarkerHitPrimitive). */
  markerList?: SeriesMarker<Time>[];
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
    private readonly fill: string,
    private readonly edge: string,
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

/**
 * Click/hover target for markers on the 'top' layer. The markers plugin's own hit test loses to
 * the line of any series added after the marker's series, so a marker under another line could
 * not be clicked. This primitive mirrors the plugin's marker geometry (lightweight-charts 5.2
 * series-markers: shape height = barSpacing clamped to 12..30, margin = max(10 %, 3 px), labels
 * one font height beyond the shape, stacked per bar) and wins over the built-in hit tests.
 */
class MarkerHitPrimitive implements IPanePrimitive<Time> {
  private chart: IChartApi | null = null;

  constructor(
    private readonly seriesWithMarkers: () => readonly DrawnSeries[],
    private readonly fontSize: number,
  ) {}

  attached(param: PaneAttachedParameter<Time>): void {
    this.chart = param.chart as IChartApi;
  }

  detached(): void {
    this.chart = null;
  }

  hitTest(x: number, y: number): PrimitiveHoveredItem | null {
    const chart = this.chart;
    if (!chart) return null;
    const timeScale = chart.timeScale();
    const clamped = Math.min(Math.max(timeScale.options().barSpacing, 12), 30);
    const shape = Math.ceil(clamped / 2) * 2;
    const margin = Math.max(Math.ceil(clamped * 0.1), 3);
    const text = this.fontSize * 1.2;
    for (const drawn of this.seriesWithMarkers()) {
      const list = drawn.markerList;
      if (!list || list.length === 0) continue;
      let lastTime: Time | null = null;
      let above = margin;
      let below = margin;
      for (const marker of list) {
        if (marker.time !== lastTime) {
          lastTime = marker.time;
          above = margin;
          below = margin;
        }
        const k = drawn.index.get(toDay(marker.time));
        const mx = timeScale.timeToCoordinate(marker.time);
        const py = k === undefined ? null : drawn.api.priceToCoordinate(drawn.payload.mid[k]);
        if (mx === null || py === null) continue;
        const labelled = !!marker.text;
        let top: number;
        let bottom: number;
        if (marker.position === 'belowBar') {
          top = py + below - 2;
          bottom = py + below + shape + (labelled ? margin + text : 0) + 2;
          below += shape + margin + (labelled ? text : 0);
        } else {
          bottom = py - above + 2;
          top = py - above - shape - (labelled ? text : 0) - 2;
          above += shape + margin + (labelled ? text : 0);
        }
        if (Math.abs(x - mx) <= shape / 2 + 3 && y >= top && y <= bottom) {
          return {
            externalId: String(marker.id),
            zOrder: 'top',
            cursorStyle: 'pointer',
            hitTestPriority: 2,
            itemType: 'marker',
          };
        }
      }
    }
    return null;
  }
}

export class NeodeskPriceChart extends LitElement {
  static override properties: PropertyDeclarations = {
    series: { attribute: false },
    markers: { attribute: false },
    spans: { attribute: false },
    emptyMessage: { type: String, attribute: 'empty-message' },
    lastDrawMs: { type: Number, attribute: 'last-draw-ms', reflect: true },
    hover: { state: true },
  };

  static override styles = css`
    :host {
      display: flex;
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
      color: var(--lumo-success-text-color, #188038);
    }
    .tooltip .down {
      color: var(--lumo-error-text-color, #c5221f);
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

  constructor() {
    super();
    this.series = [];
    this.markers = [];
    this.spans = [];
    this.emptyMessage = 'No quotes in this range';
    this.lastDrawMs = -1;
    this.hover = null;
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
    if (this.hasUpdated && !this.chart) {
      this.createChart();
      this.draw();
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.destroyChart();
  }

  protected override firstUpdated(): void {
    this.createChart();
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (changed.has('series')) {
      this.draw();
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
    return html`
      ${series.length > 0 ? this.renderLegend(series) : nothing}
      <div class="plot">
        <div class="chart" part="chart"></div>
        ${empty ? html`<div class="empty" part="empty" role="status">${this.emptyMessage}</div>` : nothing}
        ${this.hover ? this.renderTooltip(this.hover) : nothing}
      </div>
    `;
  }

  // ---- chart ----

  private createChart(): void {
    const container = this.renderRoot.querySelector<HTMLElement>('.chart');
    if (!container || this.chart) return;
    this.container = container;
    this.colorCache.clear();
    const text = this.resolveColor('var(--lumo-secondary-text-color, #5f6b7a)');
    const grid = this.resolveColor('var(--lumo-contrast-5pct, rgba(0, 0, 0, 0.05))');
    const border = this.resolveColor('var(--lumo-contrast-20pct, rgba(0, 0, 0, 0.2))');
    const background = this.resolveColor('var(--lumo-base-color, #ffffff)');
    const chart = createChart(container, {
      width: container.clientWidth,
      height: container.clientHeight,
      layout: {
        background: { type: ColorType.Solid, color: background },
        textColor: text,
        fontFamily: this.fontFamily(),
        fontSize: FONT_SIZE,
        // Required by the lightweight-charts licence: keep the TradingView attribution link.
        attributionLogo: true,
      },
      grid: { vertLines: { color: grid }, horzLines: { color: grid } },
      rightPriceScale: { borderColor: border },
      leftPriceScale: { borderColor: border },
      timeScale: {
        borderColor: border,
        rightOffset: 4,
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
    chart.panes()[0].attachPrimitive(new MarkerHitPrimitive(() => this.drawn, FONT_SIZE));
    chart.subscribeCrosshairMove(this.onCrosshairMove);
    chart.subscribeClick(this.onClick);
    chart.timeScale().subscribeVisibleTimeRangeChange(this.onVisibleRangeChange);
    const stopFollowing = () => {
      this.followRequest = false;
    };
    for (const type of ['wheel', 'pointerdown', 'touchstart', 'keydown']) {
      container.addEventListener(type, stopFollowing, { passive: true });
    }
    this.resizeObserver = new ResizeObserver((entries) => {
      const box = entries[entries.length - 1]?.contentRect;
      if (!box || !this.chart) return;
      const hadNoWidth = this.chart.timeScale().width() === 0;
      const width = Math.floor(box.width);
      const widthChanged = width !== this.lastWidth;
      this.lastWidth = width;
      this.chart.resize(width, Math.floor(box.height));
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

  private destroyChart(): void {
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
  }

  /** Applies series, markers and spans; measures until the chart has painted. */
  private draw(): void {
    const chart = this.chart;
    if (!chart) return;
    const started = performance.now();
    this.colorCache.clear();

    for (const old of this.drawn) {
      old.markers?.detach();
      chart.removeSeries(old.api);
    }
    this.drawn = [];

    const payloads = (Array.isArray(this.series) ? this.series : []).filter((s) => s && Array.isArray(s.days));
    const allDays = new Set<number>();
    for (const s of payloads) for (const d of s.days) allDays.add(d);
    this.timeline = [...allDays].sort((a, b) => a - b);

    const usesLeft = payloads.some((s) => s.scale === 'left');
    const usesRight = payloads.some((s) => s.scale === 'right');
    chart.applyOptions({
      leftPriceScale: { visible: usesLeft },
      rightPriceScale: { visible: usesRight || !usesLeft },
      // No crosshair over an empty chart: it would hang at the left edge.
      crosshair: { mode: this.timeline.length === 0 ? CrosshairMode.Hidden : CrosshairMode.Normal },
    });

    payloads.forEach((payload, i) => {
      const color = this.resolveColor(payload.color || PALETTE[i % PALETTE.length]);
      const dp = Math.max(0, Math.min(8, payload.dp ?? 2));
      const api = chart.addSeries(LineSeries, {
        color,
        lineWidth: 2,
        priceScaleId: payload.scale || 'right',
        priceLineVisible: false,
        lastValueVisible: true,
        pointMarkersVisible: payload.days.length < 3,
        priceFormat: { type: 'custom', minMove: Math.pow(10, -dp), formatter: (p: number) => formatNumber(p, dp) },
      });
      if (payload.scale !== 'left' && payload.scale !== 'right') {
        chart.priceScale(payload.scale).applyOptions({ scaleMargins: { top: 0.1, bottom: 0.1 } });
      }
      api.setData(payload.days.map((day, k) => ({ time: toTime(day), value: payload.mid[k] })));
      if (payload.kind === 'band' && payload.low && payload.high) {
        api.attachPrimitive(
          new BandPrimitive(payload, this.withAlpha(color, 0.16), this.withAlpha(color, 0.45), () => this.timeline),
        );
      }
      const index = new Map<number, number>();
      payload.days.forEach((day, k) => index.set(day, k));
      this.drawn.push({ payload, api, color, index });
    });

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
      this.drawCount++;
      this.dispatchEvent(new CustomEvent('chart-drawn', { detail: { ms: this.lastDrawMs } }));
    });
  }

  private drawMarkers(): void {
    for (const d of this.drawn) {
      d.markers?.detach();
      d.markers = undefined;
      d.markerList = undefined;
    }
    const markers = Array.isArray(this.markers) ? this.markers : [];
    if (this.drawn.length === 0 || markers.length === 0) return;
    const fallback = this.resolveColor('var(--lumo-contrast-70pct, rgba(0, 0, 0, 0.7))');
    const bySeries = new Map<DrawnSeries, SeriesMarker<Time>[]>();
    for (const marker of markers) {
      const target = this.drawn.find((d) => d.payload.id === marker.series) ?? this.drawn[0];
      if (target.payload.days.length === 0) continue;
      // Sit on the nearest quote of that series; the tooltip still names the marker's own date.
      const day = nearest(target.payload.days, marker.day);
      const label = marker.label.length > 24 ? marker.label.slice(0, 23) + '…' : marker.label;
      const list = bySeries.get(target) ?? [];
      list.push({
        time: toTime(day),
        position: marker.shape === 'arrowUp' ? 'belowBar' : 'aboveBar',
        shape: marker.shape,
        color: marker.color ? this.resolveColor(marker.color) : fallback,
        id: MARKER_PREFIX + marker.id,
        text: label,
      });
      bySeries.set(target, list);
    }
    for (const [target, list] of bySeries) {
      list.sort((a, b) => (a.time as number) - (b.time as number));
      // 'top': markers stay visible and clickable where another series' line crosses them.
      target.markers = createSeriesMarkers(target.api, list, { zOrder: 'top' });
      target.markerList = list;
    }
  }

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
      const range = this.chart?.timeScale().getVisibleRange();
      if (!range) return;
      this.dispatchEvent(
        new CustomEvent('visible-range-change', { detail: { from: toDay(range.from), to: toDay(range.to) } }),
      );
    }, 250);
  };

  // ---- rendering helpers ----

  private renderLegend(series: SeriesPayload[]) {
    const scales = new Set(series.map((s) => s.scale));
    const showScale = scales.size > 1;
    return html`<div class="legend" part="legend">
      ${series.map((s, i) => {
        const color = s.color || PALETTE[i % PALETTE.length];
        const scale = s.scale === 'left' ? ' (left axis)' : s.scale === 'right' ? ' (right axis)' : '';
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
