/*
 * The marker strip of <neodesk-price-chart>: one button per day with drivers and events along the
 * bottom of the main pane (never over the lines or the price tags), days closer than a button
 * merged into one button with a count, so a phone shows a few counts, not a wall of symbols.
 * Hover or click (Enter) opens the list of a button; a listed marker's click fires 'marker-click'
 * on the chart. The buttons are one tab stop: arrow keys, Home and End move between them.
 */
import { html, nothing, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { isoDate } from './days';
import {
  MARKER_SIZE,
  SHAPE_NAMES,
  clusterDates,
  clusterLabel,
  clusterMarkers,
  groupMarkersByDay,
  sameClusters,
  type MarkerCluster,
  type MarkerGroup,
} from './markers';
import type { MarkerPayload } from './payload';

/** The element the strip lives in. */
export type StripHost = ReactiveControllerHost & HTMLElement & { readonly renderRoot: HTMLElement | DocumentFragment };

/** Where the main pane is, in media px of the plot: its left edge, width and height. */
export interface PaneBox {
  left: number;
  width: number;
  height: number;
}

export class MarkerStrip implements ReactiveController {
  private readonly host: StripHost;
  private readonly xForDay: (day: number) => number | null;
  private readonly pane: () => PaneBox | null;
  private groups: MarkerGroup[] = [];
  private clusters: MarkerCluster[] = [];
  /** Where the strip sits in the plot: main pane's left edge, width, and top. */
  private strip: { left: number; width: number; top: number } | null = null;
  /** The cluster whose list is open, by key; null when none. */
  private openKey: string | null = null;
  /** The list was opened by a click or a key (stays open), not by hovering. */
  private pinned = false;
  /** The marker button that has the roving tabindex. */
  private activeKey: string | null = null;
  private closeTimer: number | undefined;
  private placeQueued = false;

  /**
   * @param xForDay media x of a day in the main pane
   * @param pane the main pane's box, null while there is no chart or no data
   */
  constructor(host: StripHost, xForDay: (day: number) => number | null, pane: () => PaneBox | null) {
    this.host = host;
    this.xForDay = xForDay;
    this.pane = pane;
    host.addController(this);
  }

  hostDisconnected(): void {
    window.clearTimeout(this.closeTimer);
    this.closeTimer = undefined;
  }

  /** New markers (none when nothing is drawn); the buttons are placed on the next frame. */
  setMarkers(markers: readonly MarkerPayload[]): void {
    this.groups = groupMarkersByDay(markers);
    this.openKey = null;
    this.host.requestUpdate();
    this.queuePlace();
  }

  /** Forgets the buttons (the chart is gone). */
  clear(): void {
    this.clusters = [];
    this.openKey = null;
    this.host.requestUpdate();
  }

  /** Whether a list is open (the crosshair tooltip then stays hidden). */
  get open(): boolean {
    return this.openKey !== null && this.clusters.some((c) => c.key === this.openKey);
  }

  /** Places the buttons again on the next frame: after a scroll, zoom, resize or new data. */
  queuePlace(): void {
    if (this.placeQueued) return;
    this.placeQueued = true;
    requestAnimationFrame(() => {
      this.placeQueued = false;
      this.place();
    });
  }

  private place(): void {
    const pane = this.pane();
    if (!pane || this.groups.length === 0) {
      if (this.clusters.length > 0 || this.strip) {
        this.clusters = [];
        this.strip = null;
        this.host.requestUpdate();
      }
      return;
    }
    const clusters = clusterMarkers(this.groups, this.xForDay, pane.width);
    const strip = { left: pane.left, width: pane.width, top: Math.max(0, pane.height - MARKER_SIZE - 4) };
    const old = this.strip;
    if (old && old.left === strip.left && old.width === strip.width && old.top === strip.top && sameClusters(clusters, this.clusters)) {
      return;
    }
    this.strip = strip;
    this.clusters = clusters;
    if (this.openKey !== null && !clusters.some((c) => c.key === this.openKey)) this.openKey = null;
    this.host.requestUpdate();
  }

  /** The buttons and, when one is open, its list; `plot` is the plot's size in px. */
  render(plot: { width: number; height: number }) {
    const strip = this.strip;
    if (!strip || this.clusters.length === 0) return nothing;
    const open = this.openKey === null ? undefined : this.clusters.find((c) => c.key === this.openKey);
    return html`${this.renderButtons(strip)} ${open ? this.renderList(open, strip, plot) : nothing}`;
  }

  private renderButtons(strip: { left: number; width: number; top: number }) {
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
          return html`<button
            class="marker ${c.count > 1 ? 'group' : 'single'}"
            part="marker"
            data-key=${c.key}
            style="left:${c.x}px;${color ? `--marker-color:${color}` : ''}"
            tabindex=${c.key === active ? 0 : -1}
            aria-label=${clusterLabel(c)}
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

  private renderList(c: MarkerCluster, strip: { left: number; top: number }, plot: { width: number; height: number }) {
    const plotWidth = plot.width;
    const listWidth = Math.min(360, plotWidth);
    const x = Math.max(0, Math.min(plotWidth - listWidth, strip.left + c.x - listWidth / 2));
    const bottom = plot.height - strip.top + 4;
    const when = clusterDates(c);
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

  private setOpen(key: string | null): void {
    if (this.openKey === key) return;
    this.openKey = key;
    this.host.requestUpdate();
  }

  private toggleList(key: string): void {
    window.clearTimeout(this.closeTimer);
    if (this.openKey === key && this.pinned) {
      this.setOpen(null);
      return;
    }
    this.setOpen(key);
    this.pinned = true;
    this.activeKey = key;
    // Opened by click or Enter: move into the list, so the keyboard can pick a driver.
    this.host.updateComplete.then(() =>
      this.host.renderRoot.querySelector<HTMLButtonElement>('.marker-list button')?.focus({ preventScroll: true }),
    );
  }

  private hoverList(key: string): void {
    window.clearTimeout(this.closeTimer);
    if (this.pinned && this.openKey !== null) return;
    this.setOpen(key);
    this.pinned = false;
  }

  private readonly leaveList = (): void => {
    if (this.pinned) return;
    window.clearTimeout(this.closeTimer);
    this.closeTimer = window.setTimeout(() => {
      if (!this.pinned) this.setOpen(null);
    }, 300);
  };

  private closeList(focusMarker: boolean): void {
    const key = this.openKey;
    this.setOpen(null);
    this.pinned = false;
    if (focusMarker && key !== null) {
      this.host.updateComplete.then(() =>
        this.host.renderRoot.querySelector<HTMLButtonElement>(`.marker[data-key="${key}"]`)?.focus({ preventScroll: true }),
      );
    }
  }

  private fireMarker(id: string): void {
    this.closeList(false);
    this.host.dispatchEvent(new CustomEvent('marker-click', { detail: { id, source: 'marker' }, bubbles: true, composed: true }));
  }

  /** Arrow keys move between marker buttons (one tab stop for all of them); Escape closes the list. */
  private readonly onMarkerKey = (e: KeyboardEvent): void => {
    const buttons = [...this.host.renderRoot.querySelectorAll<HTMLButtonElement>('.marker')];
    const at = buttons.findIndex((b) => b === this.host.shadowRoot?.activeElement);
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
    const items = [...this.host.renderRoot.querySelectorAll<HTMLButtonElement>('.marker-list button')];
    const at = items.findIndex((b) => b === this.host.shadowRoot?.activeElement);
    if (e.key === 'Escape') {
      e.preventDefault();
      this.closeList(true);
    } else if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      const next = e.key === 'ArrowDown' ? Math.min(items.length - 1, at + 1) : Math.max(0, at - 1);
      items[next]?.focus();
    }
  };
}
