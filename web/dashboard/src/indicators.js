// The shapes the pages give the API's indicator tables: months of a year, series for the charts, rankings, routes.

const pad = (n) => String(n).padStart(2, '0');

/** The three-level list of administrative units (until 30 June 2025), whose units the API keys by their bare code. */
export const THREE_LEVEL = '2024';

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

/**
 * The levels a unit's children can be ranked at, with their Vietnamese names: a province of the three-level list ranks
 * districts or communes; one of the two-level list (since 1 July 2025) has only communes.
 */
export function rankableLevels(level, edition = THREE_LEVEL) {
  if (level === 'PROVINCE' && edition !== THREE_LEVEL) {
    return [['COMMUNE', 'xã']];
  }

  return { PROVINCE: [['DISTRICT', 'huyện'], ['COMMUNE', 'xã']], DISTRICT: [['COMMUNE', 'xã']], COMMUNE: [] }[level] ?? [];
}

/**
 * The list of units a plan of a year designates from: plans from 2026 name communes of the two-level list in force since
 * 1 July 2025; earlier ones, 2025's included (adopted before the cut-over), name communes of the three-level list.
 */
export function editionOfPlanYear(year) {
  return year >= 2026 ? '2025' : THREE_LEVEL;
}

/** A unit's key, as the API's unitCode and the page's address take it: 03718 in the three-level list, 2025:03703 after. */
export function unitKey(code, edition) {
  return !edition || edition === THREE_LEVEL ? code : `${edition}:${code}`;
}

/** The code and list of units of a key: 2025:03703 → { code: '03703', edition: '2025' }; a bare code is three-level. */
export function parseUnitKey(key) {
  const match = /^(\d{4}):(.+)$/.exec(key);
  return match ? { code: match[2], edition: match[1] } : { code: key, edition: THREE_LEVEL };
}

/**
 * One indicator's months of a year, split for a chart by where each value comes from: reported by the unit itself, or
 * derived from the units it was formed from (before 1 July 2025). A month whose predecessors could not be summed (one
 * went only in part into the unit) is listed as partial: it has no value, and the page says why.
 */
export function monthlyByCoverage(rows, indicator, year) {
  const rowOf = (period) => rows.find((r) => r.indicator === indicator && r.period === period);
  const months = monthsOf(year).map(rowOf);
  return {
    reported: months.map((r) => (r && r.coverage !== 'DERIVED' ? r.value ?? null : null)),
    derived: months.map((r) => (r?.coverage === 'DERIVED' ? r.value ?? null : null)),
    partialMonths: monthsOf(year).filter((_, i) => months[i]?.coverage === 'PARTIAL'),
  };
}

/**
 * The page a location hash names: #/unit/14118 → { page: 'unit', code: '14118' }; #/report/2025:03703/2026-11 → the report
 * form of a commune and month ({ page: 'report', code, month }; month undefined when left out); #/proposals → the proposing
 * committee's communes; #/propose/SOCIAL_ORDER/2026/03703 → one commune's proposal ({ page: 'propose', track, year, code });
 * #/print/proposal/<id> and #/print/report/<unit key>/<month> → the printable papers ({ page: 'print', paper, code, month });
 * anything else is the overview.
 */
export function routeOf(hash) {
  const parts = hash.split('/').map((p) => decodeURIComponent(p));
  const [, page, code, month] = parts;
  if (page === 'unit' && code) {
    return { page, code };
  }

  if (page === 'report' && code) {
    return { page, code, month: month || undefined };
  }

  if (page === 'reporting') {
    return { page, code: code || undefined, month: month || undefined };
  }

  if (page === 'propose' && parts.length === 5 && /^\d{4}$/.test(parts[3]) && parts[4]) {
    return { page, track: parts[2], year: Number(parts[3]), code: parts[4] };
  }

  if (page === 'print' && ((code === 'proposal' && parts[3]) || (code === 'report' && parts[3] && parts[4]))) {
    return { page, paper: code, code: parts[3], month: parts[4] };
  }

  return { page: ['review', 'import', 'proposals'].includes(page) ? page : 'overview' };
}
