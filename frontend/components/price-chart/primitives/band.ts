/* The filled area between low and high of a band series. */
import type {
  AutoscaleInfo,
  IChartApiBase,
  IPrimitivePaneRenderer,
  IPrimitivePaneView,
  ISeriesApi,
  ISeriesPrimitive,
  Logical,
  SeriesAttachedParameter,
  SeriesType,
  Time,
} from 'lightweight-charts';
import { lowerBound, toTime } from '../days';
import type { SeriesPayload } from '../payload';

type DrawTarget = Parameters<IPrimitivePaneRenderer['draw']>[0];

/**
 * Lowest low and highest high of the band's points from bar `start` to bar `end` of the time line
 * (logical indexes, clamped to it); null when no point there has both.
 */
export function bandPriceRange(
  payload: SeriesPayload,
  timeline: readonly number[],
  start: number,
  end: number,
): { min: number; max: number } | null {
  const { days, low, high } = payload;
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
  return min <= max ? { min, max } : null;
}

/** Fills the area between low and high of one band series, below all lines. */
export class BandPrimitive implements ISeriesPrimitive<Time> {
  private chart: IChartApiBase<Time> | null = null;
  private series: ISeriesApi<SeriesType, Time> | null = null;
  private readonly view: IPrimitivePaneView;
  private readonly payload: SeriesPayload;
  private fill: string;
  private edge: string;
  private readonly timeline: () => readonly number[];

  /** Fields assigned here, not as parameter properties: Node's type stripping runs this file in the unit tests. */
  constructor(payload: SeriesPayload, fill: string, edge: string, timeline: () => readonly number[]) {
    this.payload = payload;
    this.fill = fill;
    this.edge = edge;
    this.timeline = timeline;
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
    const range = bandPriceRange(this.payload, this.timeline(), start, end);
    return range ? { priceRange: { minValue: range.min, maxValue: range.max } } : null;
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
