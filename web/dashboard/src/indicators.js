// The shapes the pages give the API's indicator tables: months of a year, series for the charts, rankings, routes.

const pad = (n) => String(n).padStart(2, '0');

/** The twelve month periods of a year: 2023-01 … 2023-12. */
export function monthsOf(year) {
  return Array.from({ length: 12 }, (_, i) => `${year}-${pad(i + 1)}`);
}

/** The periods a monthly chart asks for: every month of the year, then every month of the year before. */
export function monthlyPeriods(year) {
  return [...monthsOf(year), ...monthsOf(year - 1)];
}

/** One indicator's twelve monthly values of a year and of the year before, from indicatorTable rows; null where none. */
export function monthlySeries(rows, indicator, year) {
  const value = (period) => rows.find((r) => r.indicator === indicator && r.period === period)?.value ?? null;
  return { thisYear: monthsOf(year).map(value), lastYear: monthsOf(year - 1).map(value) };
}

/** Units with a value, largest first: a unit that reported nothing is not ranked last, it is not ranked. */
export function ranking(rows) {
  return rows.filter((r) => r.value !== null).sort((a, b) => b.value - a.value);
}

/** The years a page looks back over for data: this year and the five before, newest first. */
export function recentYears(thisYear) {
  return Array.from({ length: 6 }, (_, i) => thisYear - i);
}

/** The newest year of yearly indicatorTable rows that has any value; this year when none has. */
export function latestYearWithData(rows, thisYear) {
  return Math.max(...rows.filter((r) => r.value !== null).map((r) => Number(r.period)), 0) || thisYear;
}

/** The levels a unit's children can be ranked at, with their Vietnamese names: a province ranks districts or communes. */
export function rankableLevels(level) {
  return { PROVINCE: [['DISTRICT', 'huyện'], ['COMMUNE', 'xã']], DISTRICT: [['COMMUNE', 'xã']], COMMUNE: [] }[level] ?? [];
}

/** The page a location hash names: #/unit/14118 → { page: 'unit', code: '14118' }; anything else is the overview. */
export function routeOf(hash) {
  const [, page, code] = hash.split('/');
  if (page === 'unit' && code) {
    return { page, code: decodeURIComponent(code) };
  }

  return { page: page === 'review' ? 'review' : 'overview' };
}
