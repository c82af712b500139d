// Reports by Excel, apart from the page: who may use it and for which unit, the quarter it opens on, the file checks made
// before sending (the API's limits), and how the API's answer reads, row by row.
import { formatNumber } from './format.js';
import { monthText } from './report-entry.js';

/** The API's largest upload (ReportFile.MaxBytes). */
export const MAX_FILE_BYTES = 2 * 1024 * 1024;

/** The API's longest template (ReportImportEndpoints.MaxMonths). */
export const MAX_MONTHS = 12;

const pad = (n) => String(n).padStart(2, '0');

/**
 * The unit whose communes the caller reports for: a commune committee its commune (two-level list), a district committee its
 * district (its communes of the three-level list); null for roles that do not report.
 */
export function importUnit(viewer) {
  if (viewer?.roles?.includes('Commune.Committee') && viewer.communeCode) {
    return `2025:${viewer.communeCode}`;
  }

  return viewer?.roles?.includes('District.Committee') && viewer.districtCode ? viewer.districtCode : null;
}

/** The quarter a template opens on: the last one ended before today. */
export function defaultRange(today) {
  const quarter = Math.floor(today.getMonth() / 3);
  const year = quarter === 0 ? today.getFullYear() - 1 : today.getFullYear();
  const first = quarter === 0 ? 10 : (quarter - 1) * 3 + 1;
  return { from: `${year}-${pad(first)}`, to: `${year}-${pad(first + 2)}` };
}

/** What is wrong with a month range before asking for a template; null when it is fine. */
export function rangeError(from, to) {
  const month = /^\d{4}-(0[1-9]|1[0-2])$/;
  if (!month.test(from ?? '') || !month.test(to ?? '')) {
    return 'Chọn tháng đầu và tháng cuối (dạng 2026-07).';
  }

  const count = (Number(to.slice(0, 4)) - Number(from.slice(0, 4))) * 12 + Number(to.slice(5)) - Number(from.slice(5)) + 1;
  if (count < 1) {
    return 'Tháng cuối không được trước tháng đầu.';
  }

  return count > MAX_MONTHS ? `Mỗi mẫu tối đa ${MAX_MONTHS} tháng: chọn khoảng ngắn hơn.` : null;
}

/** What is wrong with a chosen file before sending it; null when it may be sent. */
export function fileError(file) {
  if (!file) {
    return 'Chọn tệp Excel đã điền.';
  }

  if (!/\.xlsx$/i.test(file.name)) {
    return `"${file.name}" không phải tệp .xlsx: hãy gửi tệp mẫu đã tải về và điền số liệu.`;
  }

  return file.size > MAX_FILE_BYTES ? `Tệp quá lớn (${formatNumber(Math.ceil(file.size / 1024))} KB): tối đa ${MAX_FILE_BYTES / (1024 * 1024)} MB.` : null;
}

export const outcomeNames = {
  NEW: 'Mới', CORRECTED: 'Điều chỉnh', UNCHANGED: 'Không đổi', REFUSED: 'Bị từ chối',
};

/** A row of the answer as people read it: its heading, its changes (name: old → new, cell) and its errors (cell: message). */
export function rowLines(row, names) {
  return {
    heading: `Dòng ${row.row} · ${row.unitCode} · ${/^\d{4}-\d{2}$/.test(row.period) ? monthText(row.period) : row.period} · ${outcomeNames[row.outcome] ?? row.outcome}`,
    changes: row.changes.map((c) => `${names[c.indicator] ?? c.indicator}: ${c.oldValue === null ? 'mới' : formatNumber(c.oldValue)} → ${formatNumber(c.newValue)} (ô ${c.cell})`),
    errors: row.errors.map((e) => (e.cell ? `Ô ${e.cell}: ${e.message}` : e.message)),
  };
}

/** Whether a dry run's answer may be applied: no row refused, and something to change. */
export function canApply(answer) {
  return !!answer?.dryRun && answer.rows.every((r) => r.outcome !== 'REFUSED') && answer.rows.some((r) => r.changes.length > 0);
}
