/*
 * The marker strip's layout: markers grouped by day, and days too close together on screen merged
 * into one button. Pure functions of the markers and the x of each day; no DOM, no library code.
 */
import { isoRange, nearest } from './days';
import type { MarkerPayload, SeriesPayload } from './payload';

/** Width and gap of a marker button, px. */
export const MARKER_SIZE = 18;
export const MARKER_GAP = 4;

/** The CSS class of a single marker's shape. */
export const SHAPE_NAMES: Record<MarkerPayload['shape'], string> = {
  arrowUp: 'up',
  arrowDown: 'down',
  circle: 'neutral',
  square: 'note',
};

/** The markers of one day. */
export interface MarkerGroup {
  day: number;
  markers: MarkerPayload[];
}

/** One marker button: the groups of one day, or of days too close together to tell apart. */
export interface MarkerCluster {
  key: string;
  /** Media x of the button's centre, relative to the main pane's left edge. */
  x: number;
  groups: MarkerGroup[];
  count: number;
}

/** Markers grouped by day, days in order. */
export function groupMarkersByDay(markers: readonly MarkerPayload[]): MarkerGroup[] {
  const byDay = new Map<number, MarkerPayload[]>();
  for (const marker of markers) {
    const list = byDay.get(marker.day) ?? [];
    list.push(marker);
    byDay.set(marker.day, list);
  }
  return [...byDay.entries()].sort((a, b) => a[0] - b[0]).map(([day, list]) => ({ day, markers: list }));
}

/**
 * One button per day with markers, for a strip `width` px wide. Days whose buttons would overlap
 * are merged (the button sits between them), buttons are then pushed apart where the merging
 * brought them too close, and the last one is kept inside the strip. Days off the strip are left out.
 */
export function clusterMarkers(
  groups: readonly MarkerGroup[],
  xOfDay: (day: number) => number | null,
  width: number,
): MarkerCluster[] {
  const clusters: MarkerCluster[] = [];
  let startX = -Infinity;
  for (const group of groups) {
    const x = xOfDay(group.day);
    if (x === null || x < MARKER_SIZE / 2 - 1 || x > width - MARKER_SIZE / 2 + 1) continue;
    const last = clusters[clusters.length - 1];
    if (last && x - startX < MARKER_SIZE + MARKER_GAP) {
      last.groups.push(group);
      last.count += group.markers.length;
      last.x = (startX + x) / 2;
    } else {
      startX = x;
      clusters.push({ key: String(group.day), x, groups: [group], count: group.markers.length });
    }
  }
  for (let i = 1; i < clusters.length; i++) {
    clusters[i].x = Math.max(clusters[i].x, clusters[i - 1].x + MARKER_SIZE + 2);
  }
  for (let i = clusters.length - 1; i >= 0; i--) {
    const limit = i === clusters.length - 1 ? width - MARKER_SIZE / 2 : clusters[i + 1].x - MARKER_SIZE - 2;
    clusters[i].x = Math.min(clusters[i].x, limit);
  }
  return clusters;
}

/** Whether two layouts show the same buttons at the same places with the same counts. */
export function sameClusters(a: readonly MarkerCluster[], b: readonly MarkerCluster[]): boolean {
  return a.length === b.length && a.every((c, i) => c.key === b[i].key && c.x === b[i].x && c.count === b[i].count);
}

/** "2021-03-18", or "2021-03-18 – 2021-03-25" for a button that merged several days. */
export function clusterDates(c: MarkerCluster): string {
  return isoRange(c.groups[0].day, c.groups[c.groups.length - 1].day);
}

/** The button's accessible name: the marker and its date, or the count and the dates. */
export function clusterLabel(c: MarkerCluster): string {
  const first = c.groups[0].markers[0];
  return c.count === 1 ? `${first.label}, ${clusterDates(c)}` : `${c.count} drivers and events, ${clusterDates(c)}`;
}

/**
 * The markers the tooltip of `day` lists: those whose series' nearest quote is that day (a marker
 * on a day without a quote shows at the nearest one). A marker without a known series sits on the
 * first series.
 */
export function markersAt(
  day: number,
  markers: readonly MarkerPayload[],
  series: readonly SeriesPayload[],
): MarkerPayload[] {
  return markers.filter((m) => {
    const target = series.find((s) => s.id === m.series) ?? series[0];
    return target !== undefined && target.days.length > 0 && nearest(target.days, m.day) === day;
  });
}
