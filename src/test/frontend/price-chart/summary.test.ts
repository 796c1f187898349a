import assert from 'node:assert/strict';
import { test } from 'node:test';
import { summarize } from '../../../../frontend/components/price-chart/summary';
import { day, ndMetal, prndOneQuote } from './fixtures';

test('the summary gives last, change since the first shown quote, high and low of the band', () => {
  const text = summarize({ from: day('2023-06-01'), to: day('2023-06-06') }, [ndMetal]);
  assert.equal(
    text,
    'Shown: 2023-06-01 to 2023-06-06. Nd metal · yangtze: last 635,000 on 2023-06-06, ' +
      'change -5,000 (-0.78%) since 2023-06-01, high 645,000, low 625,000.',
  );
});

test('an unchanged stretch reads nc, and a single shown quote has no change', () => {
  const unchanged = summarize({ from: day('2023-06-02'), to: day('2023-06-05') }, [ndMetal]);
  assert.match(unchanged, /last 630,000 on 2023-06-05, change nc \(0\.00%\) since 2023-06-02/);
  const one = summarize({ from: day('2023-06-01'), to: day('2023-06-30') }, [prndOneQuote]);
  assert.equal(
    one,
    'Shown: 2023-06-01 to 2023-06-30. PrNd oxide · yangtze: last 492,500 on 2023-06-01, ' +
      'change — since 2023-06-01, high 492,500, low 492,500.',
  );
});

test('the years-long gap is inside the range, and a series without a shown quote says so', () => {
  const text = summarize({ from: day('2021-01-01'), to: day('2023-05-31') }, [ndMetal, prndOneQuote]);
  assert.equal(
    text,
    'Shown: 2021-01-01 to 2023-05-31. Nd metal · yangtze: last 817,400 on 2021-03-18, ' +
      'change — since 2021-03-18, high 819,800, low 815,000. PrNd oxide · yangtze: no quote.',
  );
});

test('nothing drawn says nothing; nothing shown says so', () => {
  assert.equal(summarize(null, []), '');
  assert.equal(summarize({ from: 1, to: 2 }, []), '');
  assert.equal(summarize(null, [ndMetal]), 'No quotes in the visible range.');
});
