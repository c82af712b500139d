import { describe, expect, it } from 'vitest';
import {
  balanceText, canReport, checkReport, correctionChanges, defaultMonth, errorField, hiddenCharacter, historyEntries, openingBalance, parseValue, previousMonth,
  reportedValues, reportInput, sameMonthLastYear,
} from '../src/report-entry.js';

const definitions = [
  { code: 'managed_persons_added', name: 'Số người lầm lỗi đưa vào diện quản lý', unit: 'người' },
  { code: 'managed_persons_released', name: 'Số người đưa ra khỏi diện quản lý', unit: 'người' },
  { code: 'managed_persons_current', name: 'Số người đang quản lý, giáo dục, cảm hóa', unit: 'người' },
  { code: 'criminal_cases', name: 'Số vụ phạm pháp hình sự', unit: 'vụ' },
];
const opening = { month: '2026-10', value: 62 };
const revision = (version, period, indicator, oldValue, newValue, note = null) => ({
  version, period, indicator, oldValue, newValue, actorName: 'Ban Chỉ đạo xã', at: `2026-12-0${version}T07:00:00Z`, note,
});

describe('months', () => {
  it('steps back a month across the year and finds the same month of last year', () => {
    expect(previousMonth('2026-11')).toBe('2026-10');
    expect(previousMonth('2026-01')).toBe('2025-12');
    expect(sameMonthLastYear('2026-11')).toBe('2025-11');
  });

  it('opens on the month just ended, and a three-level commune on its last month at most', () => {
    expect(defaultMonth(new Date(2026, 11, 3), '2025')).toBe('2026-11');
    expect(defaultMonth(new Date(2026, 0, 5), '2025')).toBe('2025-12');
    expect(defaultMonth(new Date(2026, 11, 3), '2024')).toBe('2025-06');
    expect(defaultMonth(new Date(2025, 2, 3), '2024')).toBe('2025-02');
  });
});

describe('canReport', () => {
  const communeCommittee = { roles: ['Commune.Committee'], communeCode: '03703' };
  const districtCommittee = { roles: ['District.Committee'], districtCode: '118' };

  it('lets a commune committee report for its own two-level commune only, not the old communes it reads', () => {
    expect(canReport(communeCommittee, { code: '03703', edition: '2025', district: null })).toBe(true);
    expect(canReport(communeCommittee, { code: '03721', edition: '2025', district: null })).toBe(false);
    expect(canReport(communeCommittee, { code: '03703', edition: '2024', district: { code: '118' } })).toBe(false);
  });

  it('lets a district committee report for the three-level communes of its district only', () => {
    expect(canReport(districtCommittee, { code: '03718', edition: '2024', district: { code: '118' } })).toBe(true);
    expect(canReport(districtCommittee, { code: '03772', edition: '2024', district: { code: '119' } })).toBe(false);
    expect(canReport(districtCommittee, { code: '03703', edition: '2025', district: null })).toBe(false);
  });

  it('lets nobody else report', () => {
    expect(canReport({ roles: ['Province.Committee'], provinceCode: '14' }, { code: '03703', edition: '2025' })).toBe(false);
    expect(canReport(communeCommittee, null)).toBe(false);
  });
});

describe('reportedValues and openingBalance', () => {
  const history = [
    revision(1, '2026-09', 'managed_persons_current', null, 60),
    revision(2, '2026-10', 'managed_persons_current', null, 61),
    revision(3, '2026-10', 'managed_persons_current', 61, 62, 'Sửa'),
    revision(2, '2026-10', 'criminal_cases', null, 3),
  ];

  it('takes the newest revision of each month and indicator', () => {
    expect(reportedValues(history)).toEqual({ '2026-09': { managed_persons_current: 60 }, '2026-10': { managed_persons_current: 62, criminal_cases: 3 } });
  });

  it('opens a month on the latest persons under management reported before it, skipping months without one', () => {
    const reported = reportedValues(history);
    expect(openingBalance(reported, '2026-11')).toEqual({ month: '2026-10', value: 62 });
    expect(openingBalance(reported, '2027-01')).toEqual({ month: '2026-10', value: 62 });
    expect(openingBalance(reported, '2026-10')).toEqual({ month: '2026-09', value: 60 });
    expect(openingBalance(reported, '2026-09')).toBeNull();
  });
});

describe('parseValue', () => {
  it('takes whole numbers, plain or with dots between thousands, and leaves a blank out', () => {
    expect(parseValue('5', 'X')).toEqual({ value: 5 });
    expect(parseValue(' 1.612 ', 'X')).toEqual({ value: 1612 });
    expect(parseValue('0', 'X')).toEqual({ value: 0 });
    expect(parseValue('', 'X')).toEqual({ value: null });
  });

  it('refuses, in Vietnamese, a negative, a fraction, what is no number and what is over the limit', () => {
    expect(parseValue('-2', 'Số vụ')).toEqual({ error: 'Số vụ không được âm (đã nhập -2).' });
    expect(parseValue('1,5', 'Số vụ')).toEqual({ error: 'Số vụ phải là số nguyên (đã nhập 1,5).' });
    expect(parseValue('2.5', 'Số vụ')).toEqual({ error: 'Số vụ phải là số nguyên (đã nhập 2.5).' });
    expect(parseValue('ba', 'Số vụ')).toEqual({ error: 'Số vụ: "ba" không phải là một số.' });
    expect(parseValue('1000001', 'Số vụ')).toEqual({ error: 'Số vụ (1.000.001) vượt quá giới hạn 1.000.000: kiểm tra lại số liệu.' });
  });
});

describe('checkReport', () => {
  const texts = { managed_persons_added: '3', managed_persons_released: '1', managed_persons_current: '64', criminal_cases: '2' };

  it('passes a report that keeps the balance, with the balance written out', () => {
    const checked = checkReport({ definitions, texts, opening });
    expect(checked.errors).toEqual({});
    expect(checked.values).toEqual({ managed_persons_added: 3, managed_persons_released: 1, managed_persons_current: 64, criminal_cases: 2 });
    expect(checked.balance.holds).toBe(true);
    expect(balanceText(checked.balance)).toBe('đầu kỳ 62 + đưa vào 3 − đưa ra 1 = 64');
    expect(checked.correction).toBe(false);
  });

  it('puts a broken balance on persons under management, with the figures, as the API words it', () => {
    const { errors } = checkReport({ definitions, texts: { ...texts, managed_persons_current: '65' }, opening });
    expect(errors).toEqual({
      managed_persons_current: 'Số người đang quản lý, giáo dục, cảm hóa (65) không khớp: đầu kỳ 62 + đưa vào 3 − đưa ra 1 = 64. Sửa lại số liệu, hoặc chọn ghi đè và ghi rõ lý do.',
    });
  });

  it('counts a blank flow as 0, and leaves the balance unchecked without an opening balance or with a flow that is no number', () => {
    expect(checkReport({ definitions, texts: { managed_persons_current: '62' }, opening }).balance.holds).toBe(true);
    expect(checkReport({ definitions, texts: { ...texts, managed_persons_current: '99' }, opening: null }).errors).toEqual({});
    const typo = checkReport({ definitions, texts: { ...texts, managed_persons_added: 'x', managed_persons_current: '99' }, opening });
    expect(Object.keys(typo.errors)).toEqual(['managed_persons_added']);
    expect(typo.balance).toBeNull();
  });

  it('accepts a broken balance overridden with a note, and wants the note when overriding', () => {
    const broken = { ...texts, managed_persons_current: '65' };
    expect(checkReport({ definitions, texts: broken, opening, override: true, note: 'Một người chuyển đến chưa kịp lập hồ sơ.' }).errors).toEqual({});
    expect(Object.keys(checkReport({ definitions, texts: broken, opening, override: true }).errors)).toEqual(['note']);
  });

  it('refuses a note holding a character nobody sees, as the API would, naming it and its place', () => {
    const { errors } = checkReport({ definitions, texts, opening, note: 'Sửa\u202E số' });
    expect(errors).toEqual({ note: 'Ghi chú có ký tự điều khiển không nhìn thấy được (U+202E) ở vị trí 4; xóa ký tự đó (thường lẫn vào khi sao chép từ phần mềm khác) rồi gửi lại.' });
  });

  it('wants at least one figure', () => {
    expect(checkReport({ definitions, texts: {}, opening }).errors).toEqual({ values: 'Báo cáo chưa có số liệu nào: hãy nhập ít nhất một chỉ tiêu.' });
  });

  it('makes a month already reported a correction, which needs a note', () => {
    const existing = { criminal_cases: 3 };
    const checked = checkReport({ definitions, texts, opening, existing });
    expect(checked.correction).toBe(true);
    expect(checked.errors).toEqual({ note: 'Tháng này đã có báo cáo: ghi chú lý do sửa số liệu trước khi gửi lại.' });
    expect(checkReport({ definitions, texts, opening, existing, note: 'Sửa số vụ.' }).errors).toEqual({});
  });
});

describe('reportInput and correctionChanges', () => {
  it('sends the values typed, the note trimmed, and the override only when the balance does not hold', () => {
    const values = { managed_persons_current: 65, criminal_cases: 2 };
    const broken = { holds: false };
    expect(reportInput({ communeKey: '2025:03703', month: '2026-11', values, balance: broken, override: true, note: ' Lý do ', clientMutationId: 'k' })).toEqual({
      communeCode: '2025:03703', period: '2026-11',
      values: [{ indicator: 'managed_persons_current', value: 65 }, { indicator: 'criminal_cases', value: 2 }],
      overrideStockFlow: true, note: 'Lý do', clientMutationId: 'k',
    });
    const plain = reportInput({ communeKey: '03718', month: '2025-06', values, balance: { holds: true }, override: true, note: '  ', clientMutationId: 'k' });
    expect([plain.overrideStockFlow, plain.note]).toEqual([false, null]);
  });

  it('lists what a correction replaces: only the values that change, old → new', () => {
    expect(correctionChanges(definitions, { managed_persons_current: 64, criminal_cases: 2 }, { managed_persons_current: 64, criminal_cases: 3, managed_persons_added: 1 }))
      .toEqual([
        { indicator: 'managed_persons_added', name: 'Số người lầm lỗi đưa vào diện quản lý', oldValue: null, newValue: 1 },
        { indicator: 'criminal_cases', name: 'Số vụ phạm pháp hình sự', oldValue: 2, newValue: 3 },
      ]);
  });
});

describe('hiddenCharacter', () => {
  it('finds control, bidirectional and unpaired surrogate characters, and lets Vietnamese, emoji, tabs and line breaks pass', () => {
    expect(hiddenCharacter('Ghi chú\u0007')).toEqual({ code: 'U+0007', position: 8 });
    expect(hiddenCharacter('a\u2067b')).toEqual({ code: 'U+2067', position: 2 });
    expect(hiddenCharacter('x\uD800')).toEqual({ code: 'U+D800', position: 2 });
    expect(hiddenCharacter('Đã sửa 👍\tdòng 1\r\ndòng 2')).toBeNull();
  });
});

describe('errorField', () => {
  it('places a server error on the indicator or the note it names, and anything else on the form', () => {
    expect(errorField('managed_persons_current', definitions)).toBe('managed_persons_current');
    expect(errorField('note', definitions)).toBe('note');
    expect(errorField('period', definitions)).toBe('form');
    expect(errorField(null, definitions)).toBe('form');
  });
});

describe('historyEntries', () => {
  it('groups revisions by version and month, newest first, with note, author and changes', () => {
    const entries = historyEntries([
      revision(1, '2026-10', 'criminal_cases', null, 3),
      revision(1, '2026-10', 'managed_persons_current', null, 62),
      revision(2, '2026-10', 'criminal_cases', 3, 2, 'Sửa số vụ.'),
      revision(3, '2026-11', 'criminal_cases', null, 1),
      revision(3, '2026-12', 'criminal_cases', null, 4),
    ]);
    expect(entries.map((e) => [e.version, e.period, e.changes.length])).toEqual([[3, '2026-12', 1], [3, '2026-11', 1], [2, '2026-10', 1], [1, '2026-10', 2]]);
    expect(entries[2]).toMatchObject({ note: 'Sửa số vụ.', actorName: 'Ban Chỉ đạo xã', changes: [{ indicator: 'criminal_cases', oldValue: 3, newValue: 2 }] });
  });
});
