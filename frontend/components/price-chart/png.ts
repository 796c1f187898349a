/* The chart as a PNG file, with the legend and the TradingView attribution the licence asks for. */
import type { IChartApi } from 'lightweight-charts';

/** Chart screenshot plus a footer with the legend (colour and name per series) and the attribution. */
export function chartPng(
  chart: IChartApi,
  plotWidth: number,
  series: readonly { color: string; payload: { name: string } }[],
  fontFamily: string,
  resolveColor: (css: string) => string,
): HTMLCanvasElement {
  const shot = chart.takeScreenshot(true, false);
  const ratio = shot.width / Math.max(1, plotWidth);
  const footer = Math.round(22 * ratio);
  const out = document.createElement('canvas');
  out.width = shot.width;
  out.height = shot.height + footer;
  const ctx = out.getContext('2d');
  if (!ctx) return shot;
  ctx.fillStyle = resolveColor('var(--lumo-base-color, #ffffff)');
  ctx.fillRect(0, 0, out.width, out.height);
  ctx.drawImage(shot, 0, 0);
  ctx.font = `${Math.round(11 * ratio)}px ${fontFamily}`;
  ctx.textBaseline = 'middle';
  const y = shot.height + footer / 2;
  let x = 8 * ratio;
  for (const d of series) {
    ctx.fillStyle = d.color;
    ctx.fillRect(x, y - 4 * ratio, 8 * ratio, 8 * ratio);
    x += 12 * ratio;
    ctx.fillStyle = resolveColor('var(--lumo-body-text-color, #1f2933)');
    ctx.fillText(d.payload.name, x, y);
    x += ctx.measureText(d.payload.name).width + 14 * ratio;
  }
  const credit = 'Charts by TradingView (tradingview.com)';
  ctx.fillStyle = resolveColor('var(--lumo-secondary-text-color, #5f6b7a)');
  ctx.textAlign = 'right';
  ctx.fillText(credit, out.width - 8 * ratio, y);
  return out;
}

/** Lets the browser download the canvas as `fileName`. */
export function downloadPng(canvas: HTMLCanvasElement, fileName: string): void {
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
