import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  MARKER_GAP,
  MARKER_SIZE,
  clusterDates,
  clusterLabel,
  clusterMarkers,
  groupMarkersByDay,
  markersAt,
  sameClusters,
} from '../../../../frontend/components/price-chart/markers';
import type { MarkerPayload } from '../../../../frontend/components/price-chart/payload';
import { day, ndMetal, prndOneQuote } from './fixtures';

const marker = (id: string, iso: string, label = id, series?: string): MarkerPayload => ({
  id,
  day: day(iso),
  shape: 'arrowDown',
  label,
  series,
});

test('markers are grouped by day, days in order, whatever order they came in', () => {
  const groups = groupMarkersByDay([
    marker('b', '2023-06-05'),
    marker('a', '2023-06-01'),
    marker('c', '2023-06-05'),
  ]);
  assert.deepEqual(
    groups.map((g) => [g.day, g.markers.map((m) => m.id)]),
    [
      [day('2023-06-01'), ['a']],
      [day('2023-06-05'), ['b', 'c']],
    ],
  );
  assert.deepEqual(groupMarkersByDay([]), []);
});

test('days further apart than a button get a button each, at their own x', () => {
  const groups = groupMarkersByDay([marker('a', '2023-06-01'), marker('b', '2023-06-02')]);
  const x = new Map([
    [day('2023-06-01'), 100],
    [day('2023-06-02'), 200],
  ]);
  const clusters = clusterMarkers(groups, (d) => x.get(d) ?? null, 800);
  assert.deepEqual(
    clusters.map((c) => [c.x, c.count]),
    [
      [100, 1],
      [200, 1],
    ],
  );
});

test('days closer than a button merge into one button with the count, between them', () => {
  const groups = groupMarkersByDay([
    marker('a', '2023-06-01'),
    marker('b', '2023-06-02'),
    marker('c', '2023-06-02'),
  ]);
  const x = new Map([
    [day('2023-06-01'), 100],
    [day('2023-06-02'), 100 + MARKER_SIZE + MARKER_GAP - 1],
  ]);
  const [only, ...rest] = clusterMarkers(groups, (d) => x.get(d) ?? null, 800);
  assert.equal(rest.length, 0);
  assert.equal(only.count, 3);
  assert.equal(only.x, 100 + (MARKER_SIZE + MARKER_GAP - 1) / 2);
  assert.equal(clusterDates(only), '2023-06-01 – 2023-06-02');
  assert.equal(clusterLabel(only), '3 drivers and events, 2023-06-01 – 2023-06-02');
});

test('a single marker button is named after the marker and its date', () => {
  const clusters = clusterMarkers(groupMarkersByDay([marker('a', '2023-06-05', 'Export quota cut')]), () => 50, 800);
  assert.equal(clusterLabel(clusters[0]), 'Export quota cut, 2023-06-05');
});

test('buttons never overlap and the last one stays inside the strip', () => {
  const isos = ['2023-06-01', '2023-06-02', '2023-06-03'];
  const groups = groupMarkersByDay(isos.map((iso, i) => marker(String(i), iso)));
  // Far enough apart not to merge, too close to sit side by side, right at the strip's end.
  const xs = [770, 770 + MARKER_SIZE + MARKER_GAP, 770 + 2 * (MARKER_SIZE + MARKER_GAP)];
  const width = 800;
  const clusters = clusterMarkers(groups, (d) => xs[isos.map(day).indexOf(d)] ?? null, width + 40);
  const inStrip = clusterMarkers(groups, (d) => Math.min(width - MARKER_SIZE / 2, xs[isos.map(day).indexOf(d)]), width);
  for (const layout of [clusters, inStrip]) {
    for (let i = 1; i < layout.length; i++) assert.ok(layout[i].x - layout[i - 1].x >= MARKER_SIZE);
  }
  assert.ok(inStrip[inStrip.length - 1].x <= width - MARKER_SIZE / 2);
});

test('days off the strip or without a position get no button', () => {
  const groups = groupMarkersByDay([marker('a', '2023-06-01'), marker('b', '2023-06-02'), marker('c', '2023-06-05')]);
  const x = new Map<number, number | null>([
    [day('2023-06-01'), -30],
    [day('2023-06-02'), null],
    [day('2023-06-05'), 400],
  ]);
  const clusters = clusterMarkers(groups, (d) => x.get(d) ?? null, 300);
  assert.deepEqual(clusters, []);
});

test('equal layouts are recognised, a moved button is not', () => {
  const groups = groupMarkersByDay([marker('a', '2023-06-01')]);
  const a = clusterMarkers(groups, () => 100, 800);
  assert.ok(sameClusters(a, clusterMarkers(groups, () => 100, 800)));
  assert.ok(!sameClusters(a, clusterMarkers(groups, () => 101, 800)));
  assert.ok(!sameClusters(a, []));
});

test('the tooltip of a quote lists the markers whose nearest quote it is, on their own series', () => {
  // A driver dated on Saturday 2023-06-03 shows at the nearest quote, Friday 2023-06-02.
  const weekend = marker('quota', '2023-06-03', 'quota', 'nd-metal-gap');
  const other = marker('ban', '2023-06-01', 'ban', 'prnd-oxide-one');
  const orphan = marker('x', '2023-06-02', 'no series');
  const all = [weekend, other, orphan];
  assert.deepEqual(
    markersAt(day('2023-06-02'), all, [ndMetal, prndOneQuote]).map((m) => m.id),
    ['quota', 'x'],
  );
  assert.deepEqual(
    markersAt(day('2023-06-01'), all, [ndMetal, prndOneQuote]).map((m) => m.id),
    ['ban'],
  );
  assert.deepEqual(markersAt(day('2023-06-02'), all, []), []);
});
