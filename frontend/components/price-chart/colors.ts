/* Series colours, and CSS colours turned into what the canvas library can draw. */

/** Colours of series that bring none, in order. */
export const PALETTE = [
  'var(--lumo-primary-color, #1a73e8)',
  '#e8710a',
  '#188038',
  '#9334e6',
  '#d01884',
  '#12b5cb',
];

/** The palette colour of the i-th series. */
export const paletteColor = (i: number): string => PALETTE[i % PALETTE.length];

/** The same rgb() / rgba() colour with another alpha; other colour syntax unchanged. */
export function withAlpha(rgba: string, alpha: number): string {
  const m = /rgba?\((\d+),\s*(\d+),\s*(\d+)/.exec(rgba);
  return m ? `rgba(${m[1]}, ${m[2]}, ${m[3]}, ${alpha})` : rgba;
}

/**
 * Turns any CSS colour, including var(--lumo-…) and colour functions the canvas library may not
 * parse (oklch, color-mix), into rgba() by painting it on a 1×1 canvas. Answers are cached until
 * clear() (a theme change).
 */
export class ColorResolver {
  private readonly cache = new Map<string, string>();
  private probe: HTMLElement | null = null;
  private readonly root: () => Node;

  /** @param root where the hidden probe element goes, so it sees the element's CSS variables */
  constructor(root: () => Node) {
    this.root = root;
  }

  clear(): void {
    this.cache.clear();
  }

  resolve(value: string): string {
    const cached = this.cache.get(value);
    if (cached) return cached;
    if (!this.probe) {
      this.probe = document.createElement('span');
      this.probe.style.display = 'none';
      this.root().appendChild(this.probe);
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
    this.cache.set(value, result);
    return result;
  }
}
