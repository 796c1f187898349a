/* The crosshair tooltip and the legend: lit templates over the drawn series. */
import { html, nothing } from 'lit';
import { isoDate, isoRange } from './days';
import { decimals, formatChange, formatNumber, formatPercent, formatVersus } from './format';
import { markersAt } from './markers';
import type { MarkerPayload, ScaleMode, SeriesPayload, SpanPayload } from './payload';
import { paletteColor } from './colors';

/** A series as drawn: its payload, resolved colour and day -> column index. */
export interface ShownSeries {
  payload: SeriesPayload;
  color: string;
  /** epoch day -> index into the payload columns */
  index: Map<number, number>;
}

export interface Hover {
  /** Media px in the plot. */
  x: number;
  y: number;
  day: number;
}

export interface TooltipInput {
  hover: Hover;
  series: readonly ShownSeries[];
  markers: readonly MarkerPayload[];
  spans: readonly SpanPayload[];
  width: number;
  height: number;
  resolveColor: (css: string) => string;
}

/** "Low High Mid Change Change %" for the hovered day, then the markers and spans on that day. */
export function renderTooltip(t: TooltipInput) {
  const { hover, series } = t;
  const day = hover.day;
  const markers = markersAt(
    day,
    t.markers,
    series.map((s) => s.payload),
  );
  const spans = t.spans.filter((s) => s.from <= day && day <= s.to);
  // Keep the tooltip on the side of the cursor with more room, so it never covers the point.
  const horizontal = hover.x > t.width / 2 ? `right:${t.width - hover.x + 16}px` : `left:${hover.x + 16}px`;
  const vertical = hover.y > t.height / 2 ? `bottom:${t.height - hover.y + 8}px` : `top:${hover.y + 8}px`;
  const anyRange = series.some((d) => d.payload.low || d.payload.high);
  const anyPct = series.some((d) => d.payload.changePct);
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
      ${series.map((d) => renderRow(d, day, anyRange, anyPct))}
    </table>
    ${markers.map(
      (m) => html`<div class="note"><span class="swatch" style="background:${m.color ? t.resolveColor(m.color) : 'currentColor'}"></span
        >${m.label}${m.day !== day ? html` <span class="muted">(${isoDate(m.day)})</span>` : nothing}</div>`,
    )}
    ${spans.map((s) => html`<div class="note muted">${s.label} (${isoRange(s.from, s.to)})</div>`)}
  </div>`;
}

/** One row per series: low, high, mid, change, change % (values as sent by the server). */
function renderRow(d: ShownSeries, day: number, anyRange: boolean, anyPct: boolean) {
  const k = d.index.get(day);
  const p = d.payload;
  const dp = decimals(p.dp);
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

/** " (left axis)", " (right axis)", " (lower pane)" or "" for a series' scale. */
export function scaleNote(scale: string): string {
  if (scale === 'left') return ' (left axis)';
  if (scale === 'right') return ' (right axis)';
  return scale.startsWith('pane-') ? ' (lower pane)' : '';
}

/** Swatch and name per series; the axis too when the series use more than one and % is off. */
export function renderLegend(series: readonly SeriesPayload[], scaleMode: ScaleMode) {
  const showScale = new Set(series.map((s) => s.scale)).size > 1 && scaleMode !== 'percent';
  return html`<div class="legend" part="legend">
    ${series.map((s, i) => {
      const color = s.color || paletteColor(i);
      return html`<span><span class="swatch" style="background:${color}"></span>${s.name}${showScale ? scaleNote(s.scale) : ''}</span>`;
    })}
  </div>`;
}
