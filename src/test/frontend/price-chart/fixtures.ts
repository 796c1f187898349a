/*
 * Series as the server sends them, from real data: Nd metal (yangtze, CNY/t) from 100ppi flashes
 * (src/test/resources/quotes/gap-and-weekend-100ppi.csv): one quote in March 2021, a two-year gap,
 * then June 2023 with a weekend and an unchanged day ("nc" on 2023-06-05).
 */
import type { SeriesPayload } from '../../../../frontend/components/price-chart/payload';

/** Epoch day of an ISO date, as LocalDate.toEpochDay(). */
export const day = (iso: string): number => Date.parse(`${iso}T00:00:00Z`) / 86400000;

export const ndMetal: SeriesPayload = {
  id: 'nd-metal-gap',
  name: 'Nd metal · yangtze',
  kind: 'band',
  scale: 'right',
  dp: 0,
  days: ['2021-03-18', '2023-06-01', '2023-06-02', '2023-06-05', '2023-06-06'].map(day),
  low: [815000, 635000, 625000, 625000, 630000],
  high: [819800, 645000, 635000, 635000, 640000],
  mid: [817400, 640000, 630000, 630000, 635000],
  change: [null, -177400, -10000, 0, 5000],
  changePct: [null, -21.7, -1.56, 0, 0.79],
  vsDay: [null, day('2021-03-18'), null, null, null],
};

/** A series with a single quote: PrNd oxide, 2023-06-01, 492,500 CNY/t, as a line. */
export const prndOneQuote: SeriesPayload = {
  id: 'prnd-oxide-one',
  name: 'PrNd oxide · yangtze',
  kind: 'line',
  scale: 'left',
  dp: 0,
  days: [day('2023-06-01')],
  mid: [492500],
};
