import assert from 'node:assert/strict';
import { test } from 'node:test';
import { fetchSeries, LatestOnly, type Fetch } from '../../../../frontend/components/price-chart/series-loader';

const BASE = 'https://desk.example/app/chart';

function series(id: string) {
  return { id, name: id, kind: 'line', scale: 'right', dp: 0, days: [20000, 20001], mid: [1, 2] };
}

/** Answers from a table of URL -> [status, body]; records what was asked, with which options. */
function server(table: Record<string, [number, unknown]>) {
  const asked: { url: string; init: RequestInit }[] = [];
  const fetchFn: Fetch = async (url, init) => {
    asked.push({ url, init });
    const [status, body] = table[url] ?? [404, 'This chart data is no longer on the server. Reload the page.'];
    return new Response(typeof body === 'string' ? body : JSON.stringify(body), { status });
  };
  return { asked, fetchFn };
}

test('documents are fetched relative to the page base, with the session cookie and no redirects, in order', async () => {
  const { asked, fetchFn } = server({
    'https://desk.example/app/chart-data/series/A': [200, series('nd-metal-cn')],
    'https://desk.example/app/chart-data/series/B': [200, series('nd-oxide-cn')],
  });
  const loaded = await fetchSeries(['chart-data/series/A', 'chart-data/series/B'], BASE, fetchFn);
  assert.deepEqual(
    loaded.map((s) => s.id),
    ['nd-metal-cn', 'nd-oxide-cn'],
  );
  assert.deepEqual(
    asked.map((a) => [a.url, a.init.credentials, a.init.redirect]),
    [
      ['https://desk.example/app/chart-data/series/A', 'same-origin', 'error'],
      ['https://desk.example/app/chart-data/series/B', 'same-origin', 'error'],
    ],
  );
});

test('no series is an empty chart, with nothing fetched', async () => {
  const { asked, fetchFn } = server({});
  assert.deepEqual(await fetchSeries([], BASE, fetchFn), []);
  assert.equal(asked.length, 0);
});

test('a document the server no longer has fails the whole load: no chart with a series missing', async () => {
  const { fetchFn } = server({ 'https://desk.example/app/chart-data/series/A': [200, series('a')] });
  await assert.rejects(fetchSeries(['chart-data/series/A', 'chart-data/series/GONE'], BASE, fetchFn), /GONE answered 404/);
});

test('a body that is not a series (a sign-in page, an error object) is refused', async () => {
  const { fetchFn } = server({ 'https://desk.example/app/chart-data/series/A': [200, { error: 'x' }] });
  await assert.rejects(fetchSeries(['chart-data/series/A'], BASE, fetchFn), /is not a series/);
  const html: Fetch = async () => new Response('<html>Sign in</html>', { status: 200 });
  await assert.rejects(fetchSeries(['chart-data/series/A'], BASE, html));
});

test('a network error or a refused redirect fails the load', async () => {
  const failing: Fetch = async () => {
    throw new TypeError('Failed to fetch');
  };
  await assert.rejects(fetchSeries(['chart-data/series/A'], BASE, failing), /Failed to fetch/);
});

test('only the newest of overlapping loads may apply its result', () => {
  const latest = new LatestOnly();
  const first = latest.next();
  const second = latest.next();
  assert.equal(latest.isNewest(first), false);
  assert.equal(latest.isNewest(second), true);
});
