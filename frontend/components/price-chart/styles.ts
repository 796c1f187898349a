/* The chart element's shadow styles: Lumo variables with plain fallbacks. */
import { css } from 'lit';
import { MARKER_SIZE } from './markers';

export const chartStyles = css`
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
