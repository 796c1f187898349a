/*
 * Fetches the chart's series documents (app.neodesk.chart.ui.SeriesDocuments): the server sends only
 * their addresses, each named by a hash of its content, and the browser's HTTP cache keeps a
 * document it already has. The newest request wins: a slower, older load never replaces it.
 */
import type { SeriesPayload } from './payload';

/** What the user reads when the data cannot be had; the page reload starts a new session or node. */
export const LOAD_FAILED = 'The chart data could not be loaded. Reload the page to try again.';

export type Fetch = (url: string, init: RequestInit) => Promise<Response>;

/**
 * Fetches every document, in order. A redirect (a sign-in page after the session ended), a status
 * other than 200 or a body that is not a series is refused, with no partial result.
 */
export async function fetchSeries(paths: string[], base: string, fetchFn: Fetch): Promise<SeriesPayload[]> {
  return Promise.all(
    paths.map(async (path) => {
      const response = await fetchFn(new URL(path, base).href, { credentials: 'same-origin', redirect: 'error' });
      if (response.status !== 200) {
        throw new Error(`${path} answered ${response.status}`);
      }
      const series = (await response.json()) as SeriesPayload;
      if (!series || typeof series.id !== 'string' || !Array.isArray(series.days)) {
        throw new Error(`${path} is not a series`);
      }
      return series;
    }),
  );
}

/** Hands out tokens so that only the newest of overlapping loads applies its result. */
export class LatestOnly {
  private newest = 0;

  next(): number {
    this.newest += 1;
    return this.newest;
  }

  isNewest(token: number): boolean {
    return token === this.newest;
  }
}
