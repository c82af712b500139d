import { describe, expect, it } from 'vitest';
import { ApiError, importAnswer } from '../src/http.js';
import { canApply, defaultRange, fileError, importUnit, MAX_FILE_BYTES, rangeError, rowLines } from '../src/report-import.js';

describe('importUnit', () => {
  it('is the commune of a commune committee, the district of a district committee, and nothing for other roles', () => {
    expect(importUnit({ roles: ['Commune.Committee'], communeCode: '03703' })).toBe('2025:03703');
    expect(importUnit({ roles: ['District.Committee'], districtCode: '118' })).toBe('118');
    expect(importUnit({ roles: ['Analyst'], districtCode: '118' })).toBeNull();
    expect(importUnit({ roles: ['Province.Committee'] })).toBeNull();
  });
});

describe('defaultRange', () => {
  it('opens on the last quarter ended, last year\'s fourth in January to March', () => {
    expect(defaultRange(new Date(2026, 11, 3))).toEqual({ from: '2026-07', to: '2026-09' });
    expect(defaultRange(new Date(2026, 3, 1))).toEqual({ from: '2026-01', to: '2026-03' });
    expect(defaultRange(new Date(2027, 1, 10))).toEqual({ from: '2026-10', to: '2026-12' });
  });
});

describe('rangeError', () => {
  it('takes one to twelve months in order and says what is wrong otherwise', () => {
    expect(rangeError('2026-07', '2026-09')).toBeNull();
    expect(rangeError('2025-07', '2026-06')).toBeNull();
    expect(rangeError('2025-07', '2026-07')).toContain('tối đa 12 tháng');
    expect(rangeError('2026-09', '2026-07')).toContain('không được trước');
    expect(rangeError('2026-7', '2026-09')).toContain('dạng 2026-07');
  });
});

describe('fileError', () => {
  it('wants an .xlsx no larger than the API takes', () => {
    expect(fileError(undefined)).toContain('Chọn tệp');
    expect(fileError({ name: 'bao-cao.xlsx', size: 40_000 })).toBeNull();
    expect(fileError({ name: 'bao-cao.xlsm', size: 40_000 })).toContain('không phải tệp .xlsx');
    expect(fileError({ name: 'bao-cao.xlsx', size: MAX_FILE_BYTES + 1 })).toContain('tối đa 2 MB');
  });
});

describe('rowLines', () => {
  it('reads a correction old → new with its cell, a new value, and an error with its cell', () => {
    const names = { security_cameras: 'Số camera an ninh đã lắp đặt' };
    expect(rowLines({ row: 3, unitCode: '2025:03703', period: '2026-08', outcome: 'CORRECTED', errors: [],
      changes: [{ indicator: 'security_cameras', oldValue: 1200, newValue: 1250, cell: 'H3' }, { indicator: 'population', oldValue: null, newValue: 5, cell: 'Y3' }] }, names))
      .toEqual({
        heading: 'Dòng 3 · 2025:03703 · 08/2026 · Điều chỉnh',
        changes: ['Số camera an ninh đã lắp đặt: 1.200 → 1.250 (ô H3)', 'population: mới → 5 (ô Y3)'],
        errors: [],
      });
    expect(rowLines({ row: 4, unitCode: '03718', period: '2023-13', outcome: 'REFUSED', changes: [],
      errors: [{ message: 'Kỳ không hợp lệ.', cell: 'C4' }, { message: 'Không ghi.', cell: null }] }, names).errors)
      .toEqual(['Ô C4: Kỳ không hợp lệ.', 'Không ghi.']);
  });
});

describe('canApply', () => {
  const row = (outcome, changes = []) => ({ outcome, changes });
  it('applies a dry run without refused rows that changes something', () => {
    expect(canApply({ dryRun: true, rows: [row('NEW', [{}]), row('UNCHANGED')] })).toBe(true);
    expect(canApply({ dryRun: true, rows: [row('NEW', [{}]), row('REFUSED')] })).toBe(false);
    expect(canApply({ dryRun: true, rows: [row('UNCHANGED')] })).toBe(false);
    expect(canApply({ dryRun: false, rows: [row('NEW', [{}])] })).toBe(false);
  });
});

describe('importAnswer', () => {
  it('gives the rows of an answer, refused ones included, and throws the message of a refused file', () => {
    const refused = { dryRun: false, applied: false, message: '1 dòng bị từ chối', rows: [] };
    expect(importAnswer(422, refused)).toBe(refused);
    expect(() => importAnswer(415, { code: 'VALIDATION_FAILED', message: 'Tệp có macro' })).toThrow(new ApiError('Tệp có macro'));
    expect(() => importAnswer(502, null)).toThrow('HTTP 502');
  });
});
