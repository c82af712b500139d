import { describe, expect, it } from 'vitest';
import { cellOf, dayText, noticeText, ownNotices, percent, reportingRoute, states } from '../src/reporting-status.js';

const status = {
  communes: [
    { communeName: 'Xã A', cells: [{ month: '2026-10', state: 'OVERDUE', dueDate: '2026-11-05' }, { month: '2026-11', state: 'NOT_YET_DUE', dueDate: '2026-12-05' }] },
    { communeName: 'Xã B', cells: [{ month: '2026-11', state: 'ON_TIME', dueDate: '2026-12-05' }] },
  ],
};

describe('reporting status', () => {
  it('writes shares as Vietnamese percentages and nothing expected as a dash', () => {
    expect(percent(0.4)).toBe('40%');
    expect(percent(2 / 3)).toBe('66,7%');
    expect(percent(null)).toBe('—');
  });

  it('gives every state a symbol and words, so colour is never the only cue', () => {
    for (const state of ['ON_TIME', 'LATE', 'OVERDUE', 'NOT_YET_DUE']) {
      expect(states[state].symbol).toBeTruthy();
      expect(states[state].text.length).toBeGreaterThan(5);
    }
  });

  it('tells a committee its overdue reports first, then the one due next', () => {
    expect(ownNotices(status)).toEqual([
      'Báo cáo tháng 10/2026 của Xã A đã quá hạn (hạn 05/11/2026).',
      'Báo cáo tháng 11/2026 của Xã A đến hạn ngày 05/12/2026.',
    ]);
  });

  it('finds a month a commune owes no report for as no cell', () => {
    expect(cellOf(status.communes[1], '2026-10')).toBeNull();
    expect(cellOf(status.communes[1], '2026-11').state).toBe('ON_TIME');
  });

  it('words a notice of the subscription by its kind', () => {
    expect(noticeText({ kind: 'OVERDUE', month: '2026-11', communeName: 'Xã A', dueDate: '2026-12-05' })).toContain('đã quá hạn');
    expect(noticeText({ kind: 'DUE_SOON', month: '2026-11', communeName: 'Xã A', dueDate: '2026-12-05' })).toContain('sắp đến hạn: ngày 05/12/2026');
    expect(dayText('2027-01-05')).toBe('05/01/2027');
    expect(reportingRoute('2025:03703', '2026')).toBe('#/reporting/2025:03703/2026');
  });
});
