import { describe, expect, it } from 'vitest';
import {
  editionOfPlanYear, latestYearWithData, monthlyByCoverage, monthlyPeriods, monthlySeries, monthsOf, parseUnitKey, rankableLevels, ranking, recentYears, routeOf, unitKey,
} from '../src/indicators.js';

const row = (indicator, period, value, extra = {}) => ({ indicator, period, value, ...extra });

describe('months and periods', () => {
  it('names the twelve months of a year as the API does', () => {
    expect(monthsOf(2023)).toEqual(['2023-01', '2023-02', '2023-03', '2023-04', '2023-05', '2023-06',
      '2023-07', '2023-08', '2023-09', '2023-10', '2023-11', '2023-12']);
  });

  it('asks a monthly chart for the year and then the year before', () => {
    const periods = monthlyPeriods(2023);
    expect(periods).toHaveLength(24);
    expect([periods[0], periods[11], periods[12], periods[23]]).toEqual(['2023-01', '2023-12', '2022-01', '2022-12']);
  });

  it('looks back over this year and the five before, newest first', () => {
    expect(recentYears(2025)).toEqual([2025, 2024, 2023, 2022, 2021, 2020]);
  });
});

describe('monthlySeries', () => {
  it('puts each month of one indicator in its place for both years, null where the month has no value', () => {
    const rows = [
      row('criminal_cases', '2023-03', 4), row('criminal_cases', '2023-01', 7), row('security_cameras', '2023-01', 40),
      row('criminal_cases', '2022-01', 9), row('criminal_cases', '2022-12', null), row('criminal_cases', '2021-01', 99),
    ];

    const { thisYear, lastYear } = monthlySeries(rows, 'criminal_cases', 2023);

    expect(thisYear).toEqual([7, null, 4, null, null, null, null, null, null, null, null, null]);
    expect(lastYear).toEqual([9, null, null, null, null, null, null, null, null, null, null, null]);
  });

  it('keeps a reported zero as zero, not as a missing month', () => {
    expect(monthlySeries([row('criminal_cases', '2023-02', 0)], 'criminal_cases', 2023).thisYear[1]).toBe(0);
  });
});

describe('ranking', () => {
  it('ranks units largest first and leaves out units with no value', () => {
    const rows = [row('criminal_cases', '2023', 3, { unitName: 'Mường Giôn' }), row('criminal_cases', '2023', null, { unitName: 'Pá Ma Pha Khinh' }),
      row('criminal_cases', '2023', 12, { unitName: 'Chiềng Khoang' }), row('criminal_cases', '2023', 0, { unitName: 'Nậm Ét' })];

    expect(ranking(rows).map((r) => r.unitName)).toEqual(['Chiềng Khoang', 'Mường Giôn', 'Nậm Ét']);
  });
});

describe('latestYearWithData', () => {
  it('is the newest year with any value', () => {
    const rows = [row('criminal_cases', '2025', null), row('criminal_cases', '2023', 5), row('security_cameras', '2022', 40)];
    expect(latestYearWithData(rows, 2025)).toBe(2023);
  });

  it('is this year when no year has a value', () => {
    expect(latestYearWithData([row('criminal_cases', '2024', null)], 2025)).toBe(2025);
    expect(latestYearWithData([], 2025)).toBe(2025);
  });
});

describe('rankableLevels', () => {
  it('lets a province rank its districts or its communes, a district its communes, a commune nothing', () => {
    expect(rankableLevels('PROVINCE').map(([level]) => level)).toEqual(['DISTRICT', 'COMMUNE']);
    expect(rankableLevels('DISTRICT')).toEqual([['COMMUNE', 'xã']]);
    expect(rankableLevels('COMMUNE')).toEqual([]);
  });

  it('lets a province of the two-level list rank only its communes: it has no districts', () => {
    expect(rankableLevels('PROVINCE', '2025')).toEqual([['COMMUNE', 'xã']]);
    expect(rankableLevels('PROVINCE', '2024').map(([level]) => level)).toEqual(['DISTRICT', 'COMMUNE']);
  });
});

describe('lists of units', () => {
  it('reads plans from 2026 on the two-level list and earlier ones, 2025 included, on the three-level list', () => {
    expect([2023, 2024, 2025, 2026, 2027].map(editionOfPlanYear)).toEqual(['2024', '2024', '2024', '2025', '2025']);
  });

  it('keys a three-level unit by its bare code and a two-level one by list and code, and reads both back', () => {
    expect(unitKey('03718', '2024')).toBe('03718');
    expect(unitKey('03703', '2025')).toBe('2025:03703');
    expect(parseUnitKey('2025:03703')).toEqual({ code: '03703', edition: '2025' });
    expect(parseUnitKey('03718')).toEqual({ code: '03718', edition: '2024' });
    expect(parseUnitKey(unitKey('14', '2025'))).toEqual({ code: '14', edition: '2025' });
  });
});

describe('monthlyByCoverage', () => {
  it('puts reported and derived months in separate series and lists the months that could not be summed', () => {
    const rows = [
      row('criminal_cases', '2025-01', 6, { coverage: 'DERIVED' }), row('criminal_cases', '2025-02', null, { coverage: 'PARTIAL' }),
      row('criminal_cases', '2025-07', 2, { coverage: 'REPORTED' }), row('criminal_cases', '2025-08', 0, { coverage: 'REPORTED' }),
      row('security_cameras', '2025-01', 40, { coverage: 'DERIVED' }),
    ];

    const months = monthlyByCoverage(rows, 'criminal_cases', 2025);

    expect(months.derived).toEqual([6, null, null, null, null, null, null, null, null, null, null, null]);
    expect(months.reported).toEqual([null, null, null, null, null, null, 2, 0, null, null, null, null]);
    expect(months.partialMonths).toEqual(['2025-02']);
  });

  it('takes a value without a coverage as reported', () => {
    expect(monthlyByCoverage([row('criminal_cases', '2023-03', 4)], 'criminal_cases', 2023).reported[2]).toBe(4);
  });
});

describe('routeOf', () => {
  it('reads the review and Excel import pages, and anything else as the overview', () => {
    expect(routeOf('#/import')).toEqual({ page: 'import' });
    expect(routeOf('#/review')).toEqual({ page: 'review' });
    expect(routeOf('#/nowhere')).toEqual({ page: 'overview' });
  });

  it('reads a unit page and its code, decoded', () => {
    expect(routeOf('#/unit/14118')).toEqual({ page: 'unit', code: '14118' });
    expect(routeOf('#/unit/14%20118')).toEqual({ page: 'unit', code: '14 118' });
  });

  it('reads the review page, and sends an empty, unknown or code-less hash to the overview', () => {
    expect(routeOf('#/review')).toEqual({ page: 'review' });
    expect(routeOf('')).toEqual({ page: 'overview' });
    expect(routeOf('#/unit/')).toEqual({ page: 'overview' });
    expect(routeOf('#/nowhere')).toEqual({ page: 'overview' });
  });

  it('reads a report form: its commune and month, the month optional, and a code-less one as the overview', () => {
    expect(routeOf('#/report/2025:03703/2026-11')).toEqual({ page: 'report', code: '2025:03703', month: '2026-11' });
    expect(routeOf('#/report/03718')).toEqual({ page: 'report', code: '03718', month: undefined });
    expect(routeOf('#/report/')).toEqual({ page: 'overview' });
  });

  it('reads the proposals, one commune\'s proposal, and the printable papers; an incomplete one is the overview', () => {
    expect(routeOf('#/proposals')).toEqual({ page: 'proposals' });
    expect(routeOf('#/propose/DRUGS/2026/03694')).toEqual({ page: 'propose', track: 'DRUGS', year: 2026, code: '03694' });
    expect(routeOf('#/propose/DRUGS/2026')).toEqual({ page: 'overview' });
    expect(routeOf('#/print/proposal/UmVt')).toEqual({ page: 'print', paper: 'proposal', code: 'UmVt', month: undefined });
    expect(routeOf('#/print/report/2025:03694/2026-10')).toEqual({ page: 'print', paper: 'report', code: '2025:03694', month: '2026-10' });
    expect(routeOf('#/print/report/2025:03694')).toEqual({ page: 'overview' });
  });
});
