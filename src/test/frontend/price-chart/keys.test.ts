import assert from 'node:assert/strict';
import { test } from 'node:test';
import { keyMove } from '../../../../frontend/components/price-chart/keys';

const shown = { from: 100, to: 200 };

test('arrows scroll by a tenth of the shown bars', () => {
  assert.deepEqual(keyMove('ArrowLeft', shown, 1000), { from: 90, to: 190 });
  assert.deepEqual(keyMove('ArrowRight', shown, 1000), { from: 110, to: 210 });
  assert.deepEqual(keyMove('ArrowRight', { from: 10, to: 13 }, 1000), { from: 11, to: 14 });
});

test('zoom keeps the right edge: in to 80% but never below 5 bars, out to 125%', () => {
  for (const key of ['ArrowUp', '+', '=']) assert.deepEqual(keyMove(key, shown, 1000), { from: 120, to: 200 });
  assert.deepEqual(keyMove('ArrowUp', { from: 196, to: 200 }, 1000), { from: 195, to: 200 });
  for (const key of ['ArrowDown', '-']) assert.deepEqual(keyMove(key, shown, 1000), { from: 75, to: 200 });
});

test('Home and End jump to the first and last quote keeping the width', () => {
  assert.deepEqual(keyMove('Home', shown, 1000), { from: 0, to: 100 });
  assert.deepEqual(keyMove('End', shown, 1000), { from: 899, to: 999 });
});

test('at an edge, moving further says so instead of moving', () => {
  assert.equal(keyMove('ArrowLeft', { from: 0, to: 50 }, 1000), 'start');
  assert.equal(keyMove('Home', { from: 0.5, to: 50 }, 1000), 'start');
  assert.equal(keyMove('ArrowRight', { from: 900, to: 999 }, 1000), 'end');
  assert.equal(keyMove('End', { from: 0, to: 0 }, 1), 'end');
});

test('other keys and an empty chart move nothing', () => {
  assert.equal(keyMove('a', shown, 1000), null);
  assert.equal(keyMove('Enter', shown, 1000), null);
  assert.equal(keyMove('ArrowLeft', shown, 0), null);
});
