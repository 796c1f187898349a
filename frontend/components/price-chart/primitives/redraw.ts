import type { IPanePrimitive, IPanePrimitivePaneView, Time } from 'lightweight-charts';

/** Calls back whenever the chart updates its views: scroll, zoom, resize, autoscale. */
export class RedrawPrimitive implements IPanePrimitive<Time> {
  private readonly onRedraw: () => void;

  constructor(onRedraw: () => void) {
    this.onRedraw = onRedraw;
  }

  updateAllViews(): void {
    this.onRedraw();
  }

  paneViews(): readonly IPanePrimitivePaneView[] {
    return [];
  }
}
