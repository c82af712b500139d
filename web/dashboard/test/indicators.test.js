import { describe, expect, it } from 'vitest';
import { latestYearWithData, monthlyPeriods, monthlySeries, monthsOf, rankableLevels, ranking, recentYears, routeOf } from '../src/indicators.js';

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
});

describe('routeOf', () => {
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
});
