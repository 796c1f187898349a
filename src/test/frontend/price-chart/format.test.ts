import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  decimals,
  formatChange,
  formatNumber,
  formatPercent,
  formatVersus,
} from '../../../../frontend/components/price-chart/format';
import { day } from './fixtures';

test('prices get thousands separators and the series decimals', () => {
  assert.equal(formatNumber(1085000, 0), '1,085,000');
  assert.equal(formatNumber(12.5, 2), '12.50');
  assert.equal(formatNumber(3.14159, 3), '3.142');
});

test('an unchanged day reads nc, a missing previous quote a dash, a move its sign', () => {
  assert.equal(formatChange(0, 0), 'nc');
  assert.equal(formatChange(null, 0), '—');
  assert.equal(formatChange(undefined, 0), '—');
  assert.equal(formatChange(35000, 0), '+35,000');
  assert.equal(formatChange(-177400, 0), '-177,400');
});

test('change percent has two decimals and a sign, 0.00% when unchanged', () => {
  assert.equal(formatPercent(3.333), '+3.33%');
  assert.equal(formatPercent(0), '0.00%');
  assert.equal(formatPercent(-21.7), '-21.70%');
  assert.equal(formatPercent(null), '—');
});

test('a change against an old previous quote names its date', () => {
  assert.equal(formatVersus(day('2021-03-18')), ' vs 2021-03-18');
  assert.equal(formatVersus(null), '');
  assert.equal(formatVersus(undefined), '');
});

test('decimals default to 2 and stay within 0 to 8', () => {
  assert.equal(decimals(undefined), 2);
  assert.equal(decimals(0), 0);
  assert.equal(decimals(12), 8);
  assert.equal(decimals(-1), 0);
});
