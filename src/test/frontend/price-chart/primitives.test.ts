import assert from 'node:assert/strict';
import { test } from 'node:test';
import { paletteColor, withAlpha } from '../../../../frontend/components/price-chart/colors';
import { bandPriceRange } from '../../../../frontend/components/price-chart/primitives/band';
import { hitSpan, type SpanBox } from '../../../../frontend/components/price-chart/primitives/spans';
import { ndMetal, prndOneQuote } from './fixtures';

test('the band scales to the lowest low and highest high of the shown bars', () => {
  // timeline = the series' days; bars 1..4 are June 2023, bar 0 the 2021 quote
  assert.deepEqual(bandPriceRange(ndMetal, ndMetal.days, 1, 4), { min: 625000, max: 645000 });
  assert.deepEqual(bandPriceRange(ndMetal, ndMetal.days, 0, 0), { min: 815000, max: 819800 });
  // logical indexes beyond the data are clamped to it
  assert.deepEqual(bandPriceRange(ndMetal, ndMetal.days, -50, 99), { min: 625000, max: 819800 });
});

test('a band without low and high, or with gaps only, gives the scale nothing', () => {
  assert.equal(bandPriceRange(prndOneQuote, prndOneQuote.days, 0, 0), null);
  const gaps = { ...ndMetal, low: ndMetal.days.map(() => null), high: ndMetal.days.map(() => null) };
  assert.equal(bandPriceRange(gaps, ndMetal.days, 0, 4), null);
  assert.equal(bandPriceRange(ndMetal, [], 0, 4), null);
});

test('a line span is hit within 4 px along its length, a range only on its label strip', () => {
  const boxes: SpanBox[] = [
    { id: 'range', x1: 100, x2: 300, line: false },
    { id: 'line', x1: 200, x2: 200, line: true },
  ];
  assert.equal(hitSpan(boxes, 204, 250)?.id, 'line');
  assert.equal(hitSpan(boxes, 205, 250), null);
  assert.equal(hitSpan(boxes, 150, 10)?.id, 'range');
  assert.equal(hitSpan(boxes, 150, 19), null);
  // the line is drawn last, so it wins over the range under it
  assert.equal(hitSpan(boxes, 200, 5)?.id, 'line');
  assert.equal(hitSpan([], 0, 0), null);
});

test('colours take another alpha, and the palette repeats after six series', () => {
  assert.equal(withAlpha('rgba(26, 115, 232, 1)', 0.16), 'rgba(26, 115, 232, 0.16)');
  assert.equal(withAlpha('rgb(1,2,3)', 0.5), 'rgba(1, 2, 3, 0.5)');
  assert.equal(withAlpha('var(--x)', 0.5), 'var(--x)');
  assert.equal(paletteColor(6), paletteColor(0));
  assert.notEqual(paletteColor(1), paletteColor(0));
});
