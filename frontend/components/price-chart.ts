/*
 * <neodesk-price-chart>: price chart web component for Neodesk, built on TradingView
 * lightweight-charts 5.2.1 (Apache-2.0). The library's TradingView attribution logo/link stays
 * enabled, and exported PNGs carry a "Charts by TradingView" line, as the licence requires.
 *
 * Data in (set by the Java wrapper app.neodesk.chart.ui.PriceChart with one Element.executeJs call
 * per list, never a round trip per point; not a Vaadin element property, so the server does not
 * keep the data; it sends it again after a re-attach):
 *   series:  SeriesPayload[]  one compact, column-wise object per series (see below), fetched by
 *                             loadSeries(paths) from the series documents the server names (HTTP,
 *                             cached by the browser); the newest load wins
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
 *
 * The element is this file; its pure parts (formatting, days, marker layout, summary, keys) and
 * its canvas primitives live in ./price-chart/ and are unit-tested in src/test/frontend/.
 */
import { LitElement, html, nothing, type PropertyDeclarations, type PropertyValues } from 'lit';
import {
  ColorType,
  CrosshairMode,
  LineSeries,
  PriceScaleMode,
  TickMarkType,
  createChart,
  type IChartApi,
  type ISeriesApi,
  type Logical,
  type MouseEventParams,
  type Time,
} from 'lightweight-charts';
import { ColorResolver, paletteColor, withAlpha } from './price-chart/colors';
import { isoDate, lowerBound, minBarSpacingFor, toDay, toTime, xForDay } from './price-chart/days';
import { decimals, formatNumber } from './price-chart/format';
import { keyMove } from './price-chart/keys';
import { MarkerStrip, type PaneBox } from './price-chart/marker-strip';
import { MARKER_SIZE } from './price-chart/markers';
import type { MarkerPayload, ScaleMode, SeriesPayload, SpanPayload } from './price-chart/payload';
import { BandPrimitive } from './price-chart/primitives/band';
import { RedrawPrimitive } from './price-chart/primitives/redraw';
import { SPAN_PREFIX, SpansPrimitive } from './price-chart/primitives/spans';
import { chartPng, downloadPng } from './price-chart/png';
import { fetchSeries, LatestOnly, LOAD_FAILED } from './price-chart/series-loader';
import { chartStyles } from './price-chart/styles';
import { summarize } from './price-chart/summary';
import { renderLegend, renderTooltip, type Hover, type ShownSeries } from './price-chart/tooltip';

export type { MarkerPayload, ScaleMode, SeriesPayload, SpanPayload } from './price-chart/payload';

interface DrawnSeries extends ShownSeries {
  api: ISeriesApi<'Line', Time>;
  /** Pane index: 0 for the main pane, N for scale 'pane-N'. */
  pane: number;
  band?: BandPrimitive;
}

const FONT_SIZE = 12;
/** Input by which a user scrolls or zooms: the requested range is no longer followed on resize. */
const FOLLOW_BREAKERS = ['wheel', 'pointerdown', 'touchstart', 'keydown'] as const;

export class NeodeskPriceChart extends LitElement {
  static override properties: PropertyDeclarations = {
    series: { attribute: false },
    markers: { attribute: false },
    spans: { attribute: false },
    emptyMessage: { type: String, attribute: 'empty-message' },
    scaleMode: { type: String, attribute: 'scale-mode' },
    lastDrawMs: { type: Number, attribute: 'last-draw-ms', reflect: true },
    hover: { state: true },
    summary: { state: true },
    dataNote: { state: true },
  };

  static override styles = chartStyles;

  declare series: SeriesPayload[];
  declare markers: MarkerPayload[];
  declare spans: SpanPayload[];
  declare emptyMessage: string;
  declare scaleMode: ScaleMode;
  declare summary: string;
  /** Milliseconds of the last draw (data applied -> chart painted). -1 before the first draw. */
  declare lastDrawMs: number;
  declare hover: Hover | null;
  /** Shown instead of the empty message while series load, or when they could not be loaded. */
  declare dataNote: string;

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
  private readonly seriesLoads = new LatestOnly();
  private readonly colors = new ColorResolver(() => this.renderRoot);
  private readonly markerStrip = new MarkerStrip(
    this,
    (day) => this.xForDay(day),
    () => this.mainPane(),
  );
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
    this.dataNote = '';
    this.scaleMode = 'linear';
    this.summary = '';
  }

  // ---- commands (callJsFunction from the server) ----

  /** Shows epoch days from..to; kept and applied again after new data until fitAll(). */
  /**
   * Loads the series documents at these addresses (relative to the page's base URL) and shows them.
   * The server sends only the addresses; the browser's HTTP cache keeps documents already fetched.
   */
  async loadSeries(paths: string[]): Promise<void> {
    const token = this.seriesLoads.next();
    this.dataNote = paths.length > 0 ? 'Loading…' : '';
    try {
      const loaded = await fetchSeries(paths, document.baseURI, (url, init) => fetch(url, init));
      if (!this.seriesLoads.isNewest(token)) return;
      this.dataNote = '';
      this.series = loaded;
    } catch (error) {
      if (!this.seriesLoads.isNewest(token)) return;
      console.warn('neodesk-price-chart: series not loaded', error);
      this.series = [];
      this.dataNote = LOAD_FAILED;
    }
  }

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
    if (canvas) downloadPng(canvas, fileName);
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
    const plot = { width: this.container?.clientWidth ?? 0, height: this.container?.clientHeight ?? 0 };
    return html`
      ${series.length > 0 ? renderLegend(series, this.scaleMode) : nothing}
      <div class="plot">
        ${this.markerStrip.render(plot)}
        <div class="chart" part="chart"></div>
        ${empty ? html`<div class="empty" part="empty" role="status">${this.dataNote || this.emptyMessage}</div>` : nothing}
        ${this.hover && !this.markerStrip.open ? this.tooltip(this.hover) : nothing}
      </div>
      <div class="summary" part="summary" role="status" aria-live="polite">${this.summary}</div>
    `;
  }

  // ---- chart ----

  private createChart(): void {
    const container = this.renderRoot.querySelector<HTMLElement>('.chart');
    if (!container || this.chart) return;
    this.container = container;
    this.colors.clear();
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
    chart.panes()[0].attachPrimitive(new RedrawPrimitive(() => this.markerStrip.queuePlace()));
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
    this.markerStrip.clear();
  }

  /** Layout, grid and axis colours from the current theme. */
  private themeOptions() {
    const text = this.colors.resolve('var(--lumo-secondary-text-color, #5f6b7a)');
    const grid = this.colors.resolve('var(--lumo-contrast-5pct, rgba(0, 0, 0, 0.05))');
    const border = this.colors.resolve('var(--lumo-contrast-20pct, rgba(0, 0, 0, 0.2))');
    const background = this.colors.resolve('var(--lumo-base-color, #ffffff)');
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
    this.colors.clear();
    chart.applyOptions(this.themeOptions());
    this.drawn.forEach((d, i) => {
      d.color = this.colors.resolve(d.payload.color || paletteColor(i));
      d.api.applyOptions({ color: d.color });
      d.band?.recolor(withAlpha(d.color, 0.16), withAlpha(d.color, 0.45));
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
    this.colors.clear();

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
      const color = this.colors.resolve(payload.color || paletteColor(i));
      const dp = decimals(payload.dp);
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
        band = new BandPrimitive(payload, withAlpha(color, 0.16), withAlpha(color, 0.45), () => this.timeline);
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
    this.markerStrip.setMarkers(this.drawn.length === 0 ? [] : markers);
  }

  /** Scale margin below the main pane's lines, so they stay clear of the marker strip. */
  private bottomMargin(): number {
    const markers = Array.isArray(this.markers) ? this.markers : [];
    const height = this.container?.clientHeight ?? 0;
    if (markers.length === 0 || height <= 0) return 0.1;
    return Math.min(0.35, 0.05 + (MARKER_SIZE + 10) / height);
  }

  /** The main pane's box in the plot, for the marker strip; null without chart or data. */
  private mainPane(): PaneBox | null {
    const chart = this.chart;
    if (!chart || this.timeline.length === 0) return null;
    const left = chart.options().leftPriceScale.visible ? chart.priceScale('left').width() : 0;
    return { left, width: chart.timeScale().width(), height: chart.paneSize(0).height };
  }

  private drawSpans(): void {
    const spans = Array.isArray(this.spans) ? this.spans : [];
    const fallback = 'var(--lumo-primary-color, #1a73e8)';
    const resolved = spans.map((payload) => {
      const base = this.colors.resolve(payload.color || fallback);
      return { payload, color: payload.from === payload.to ? base : withAlpha(base, 0.12) };
    });
    this.spansPrimitive?.update(
      resolved,
      `11px ${this.fontFamily()}`,
      this.colors.resolve('var(--lumo-secondary-text-color, #5f6b7a)'),
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
    const timeScale = this.chart?.timeScale();
    if (!timeScale) return null;
    return xForDay(this.timeline, day, (i) => timeScale.logicalToCoordinate(i as Logical), timeScale.options().barSpacing);
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
    // Marker buttons are HTML and fire their own event; the canvas holds the spans only.
    if (!objectId.startsWith(SPAN_PREFIX)) return;
    const detail = { id: objectId.slice(SPAN_PREFIX.length), source: 'span' };
    this.dispatchEvent(new CustomEvent('marker-click', { detail, bubbles: true, composed: true }));
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
    const move = keyMove(e.key, range, bars);
    if (move === null) return;
    e.preventDefault();
    if (move === 'start') {
      this.announceEdge(`Start of the loaded range, ${isoDate(this.timeline[0])}: choose a longer range for earlier quotes.`);
      return;
    }
    if (move === 'end') {
      this.announceEdge('The latest quote is shown.');
      return;
    }
    this.followRequest = false;
    this.allowBarSpacingFor(Math.ceil(move.to - move.from));
    timeScale.setVisibleLogicalRange({ from: move.from as Logical, to: move.to as Logical });
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
    this.summary = summarize(
      this.visibleDays(),
      this.drawn.map((d) => d.payload),
    );
  }

  // ---- rendering helpers ----

  private tooltip(hover: Hover) {
    return renderTooltip({
      hover,
      series: this.drawn,
      markers: Array.isArray(this.markers) ? this.markers : [],
      spans: Array.isArray(this.spans) ? this.spans : [],
      width: this.container?.clientWidth ?? 0,
      height: this.container?.clientHeight ?? 0,
      resolveColor: (css) => this.colors.resolve(css),
    });
  }

  private renderPng(): HTMLCanvasElement | null {
    if (!this.chart || !this.container) return null;
    return chartPng(this.chart, this.container.clientWidth, this.drawn, this.fontFamily(), (css) => this.colors.resolve(css));
  }

  private fontFamily(): string {
    return getComputedStyle(this).fontFamily || 'system-ui, sans-serif';
  }
}

customElements.define('neodesk-price-chart', NeodeskPriceChart);

declare global {
  interface HTMLElementTagNameMap {
    'neodesk-price-chart': NeodeskPriceChart;
  }
}
