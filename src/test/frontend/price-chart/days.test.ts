import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  isoDate,
  isoRange,
  lowerBound,
  minBarSpacingFor,
  nearest,
  toDay,
  toTime,
  xForDay,
} from '../../../../frontend/components/price-chart/days';
import { day } from './fixtures';

test('epoch days round-trip through the chart time and ISO dates', () => {
  const d = day('2023-06-05');
  assert.equal(isoDate(d), '2023-06-05');
  assert.equal(toDay(toTime(d)), d);
  assert.equal(toDay('2023-06-05'), d);
  assert.equal(toDay({ year: 2023, month: 6, day: 5 }), d);
  assert.equal(isoDate(day('1970-01-01')), '1970-01-01');
});

test('a range of one day names it once, two days with a dash', () => {
  assert.equal(isoRange(day('2023-06-01'), day('2023-06-01')), '2023-06-01');
  assert.equal(isoRange(day('2023-06-01'), day('2023-06-06')), '2023-06-01 – 2023-06-06');
});

test('lowerBound finds the first day on or after the value', () => {
  const days = [10, 20, 20, 30];
  assert.equal(lowerBound(days, 5), 0);
  assert.equal(lowerBound(days, 20), 1);
  assert.equal(lowerBound(days, 21), 3);
  assert.equal(lowerBound(days, 31), 4);
  assert.equal(lowerBound([], 1), 0);
});

test('nearest picks the closer day, the later one on a tie, and clamps at the ends', () => {
  const days = [10, 20, 30];
  assert.equal(nearest(days, 14), 10);
  assert.equal(nearest(days, 15), 20);
  assert.equal(nearest(days, 1), 10);
  assert.equal(nearest(days, 99), 30);
  assert.equal(nearest([7], 1000), 7);
});

test('bar spacing drops below the default only when the bars do not fit', () => {
  assert.equal(minBarSpacingFor(1200, 100), 0.5);
  // 2,500 quotes on a 390 px phone
  assert.ok(minBarSpacingFor(390, 2500) < 0.1);
  // all 2,500 bars (plus one) fit into the width
  assert.ok(minBarSpacingFor(390, 2500) * 2501 <= 390);
  assert.equal(minBarSpacingFor(0, 2500), 0.5);
  assert.equal(minBarSpacingFor(390, 0), 0.5);
});

test('a day between two quotes is interpolated, a day outside sits half a bar beyond', () => {
  const timeline = [100, 110, 130];
  const xOf = (i: number) => [0, 50, 100][i];
  assert.equal(xForDay(timeline, 110, xOf, 10), 50);
  assert.equal(xForDay(timeline, 120, xOf, 10), 75);
  assert.equal(xForDay(timeline, 90, xOf, 10), -5);
  assert.equal(xForDay(timeline, 200, xOf, 10), 105);
  assert.equal(xForDay([], 100, xOf, 10), null);
  assert.equal(xForDay(timeline, 120, () => null, 10), null);
});
