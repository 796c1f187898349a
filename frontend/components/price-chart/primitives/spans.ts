/* Shaded date ranges and dashed single-date lines over the whole main pane, behind the series. */
import type {
  IChartApiBase,
  IPanePrimitive,
  IPanePrimitivePaneView,
  IPrimitivePaneRenderer,
  PaneAttachedParameter,
  PrimitiveHoveredItem,
  Time,
} from 'lightweight-charts';
import type { SpanPayload } from '../payload';

type DrawTarget = Parameters<IPrimitivePaneRenderer['draw']>[0];

/** The prefix of a span's id in the library's hover and click events. */
export const SPAN_PREFIX = 's:';

export interface ResolvedSpan {
  payload: SpanPayload;
  color: string;
}

/** Where a span was drawn, in media px: a line at x1, or a range from x1 to x2. */
export interface SpanBox {
  id: string;
  x1: number;
  x2: number;
  line: boolean;
}

/**
 * The span under the pointer, the last drawn first: a line within 4 px of it along its whole
 * length, a range only on its label strip (the top 18 px), so the pane below stays pannable.
 */
export function hitSpan(boxes: readonly SpanBox[], x: number, y: number): SpanBox | null {
  for (let i = boxes.length - 1; i >= 0; i--) {
    const box = boxes[i];
    if (box.line ? Math.abs(x - box.x1) <= 4 : x >= box.x1 && x <= box.x2 && y <= 18) return box;
  }
  return null;
}

export class SpansPrimitive implements IPanePrimitive<Time> {
  private chart: IChartApiBase<Time> | null = null;
  private requestUpdate: (() => void) | null = null;
  private spans: ResolvedSpan[] = [];
  private font = '11px sans-serif';
  private textColor = '#555';
  private readonly views: readonly IPanePrimitivePaneView[];
  /** Media-space geometry of the last draw, for hit testing. */
  private boxes: SpanBox[] = [];

  private readonly xForDay: (day: number) => number | null;

  constructor(xForDay: (day: number) => number | null) {
    this.xForDay = xForDay;
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

  hitTest(x: number, y: number): PrimitiveHoveredItem | null {
    const box = hitSpan(this.boxes, x, y);
    if (!box) return null;
    return {
      externalId: SPAN_PREFIX + box.id,
      zOrder: 'bottom',
      isBackground: true,
      cursorStyle: 'pointer',
      hitTestPriority: box.line ? 1 : 0,
      itemType: 'primitive',
    };
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
