// The monthly report form's rules, apart from the page: who may report, the checks made before anything is sent (the
// same as the API's IndicatorReportValidator, so that people see them at once and in place), the mutation's input, and
// what a correction changes.
import { formatNumber } from './format.js';
import { THREE_LEVEL } from './indicators.js';

export const MANAGED_ADDED = 'managed_persons_added';
export const MANAGED_RELEASED = 'managed_persons_released';
export const MANAGED_CURRENT = 'managed_persons_current';

/** The API's ceiling on one month's figure (IndicatorReportValidator.MaxValue): a larger one is a typing slip. */
export const MAX_VALUE = 1_000_000;

/** The last month a commune of the three-level list reports: the list ended on 30 June 2025. */
const LAST_THREE_LEVEL_MONTH = '2025-06';

const pad = (n) => String(n).padStart(2, '0');

/** The month before a yyyy-MM month: 2026-01 → 2025-12. */
export function previousMonth(month) {
  const [year, m] = month.split('-').map(Number);
  return m === 1 ? `${year - 1}-12` : `${year}-${pad(m - 1)}`;
}

/** The same month a year earlier: 2026-11 → 2025-11. */
export function sameMonthLastYear(month) {
  return `${Number(month.slice(0, 4)) - 1}${month.slice(4)}`;
}

/** A month as people write it: 2026-11 → 11/2026. */
export function monthText(month) {
  return `${month.slice(5)}/${month.slice(0, 4)}`;
}

export function isMonth(text) {
  return /^\d{4}-(0[1-9]|1[0-2])$/.test(text ?? '');
}

/**
 * The month a form opens on: the month just ended (reports are filed after it); for a commune of the three-level list
 * no later than June 2025, its last month.
 */
export function defaultMonth(today, edition) {
  const month = previousMonth(`${today.getFullYear()}-${pad(today.getMonth() + 1)}`);
  return edition === THREE_LEVEL && month > LAST_THREE_LEVEL_MONTH ? LAST_THREE_LEVEL_MONTH : month;
}

/**
 * Whether the caller reports for the commune: a commune of the three-level list through its district's committee, one
 * of the two-level list through its own. A commune committee reads the old communes its commune was made from but
 * reports for none of them.
 */
export function canReport(viewer, commune) {
  if (!viewer || !commune) {
    return false;
  }

  return commune.edition === THREE_LEVEL
    ? viewer.roles.includes('District.Committee') && !!viewer.districtCode && commune.district?.code === viewer.districtCode
    : viewer.roles.includes('Commune.Committee') && viewer.communeCode === commune.code;
}

/** The values the commune's own reports hold now, by month and indicator: the newest revision of each wins. */
export function reportedValues(history) {
  const newest = {};
  for (const revision of history) {
    const key = `${revision.period}|${revision.indicator}`;
    if (!newest[key] || revision.version > newest[key].version) {
      newest[key] = revision;
    }
  }

  const months = {};
  for (const { period, indicator, newValue } of Object.values(newest)) {
    (months[period] ??= {})[indicator] = newValue;
  }

  return months;
}

/**
 * The balance a month's report opens on, as the API takes it: the commune's latest reported persons under management
 * before that month; null when there is none, and then the balance is not checked.
 */
export function openingBalance(reported, month) {
  const earlier = Object.keys(reported).filter((m) => m < month && reported[m][MANAGED_CURRENT] !== undefined).sort();
  const last = earlier.at(-1);
  return last ? { month: last, value: reported[last][MANAGED_CURRENT] } : null;
}

/**
 * One field as typed: blank is left out of the report; otherwise a whole number from 0 to MAX_VALUE, written plainly
 * (1612) or with dots between thousands as Vietnamese write it (1.612). Anything else says, in Vietnamese, what is wrong.
 */
export function parseValue(text, name) {
  const typed = String(text ?? '').trim().replace(/\s/g, '');
  if (typed === '') {
    return { value: null };
  }

  if (/^[-−]/.test(typed)) {
    return { error: `${name} không được âm (đã nhập ${typed}).` };
  }

  if (!/^\d+$/.test(typed) && !/^\d{1,3}(\.\d{3})+$/.test(typed)) {
    return { error: /^\d*[.,]\d+$/.test(typed) ? `${name} phải là số nguyên (đã nhập ${typed}).` : `${name}: "${typed}" không phải là một số.` };
  }

  const value = Number(typed.replaceAll('.', ''));
  return value > MAX_VALUE
    ? { error: `${name} (${formatNumber(value)}) vượt quá giới hạn ${formatNumber(MAX_VALUE)}: kiểm tra lại số liệu.` }
    : { value };
}

/**
 * The stock-and-flow rule as it stands on the figures typed: persons under management = opening + added − released.
 * A flow left blank counts as 0 (as the API counts it); null when the rule cannot be checked: no opening balance, no
 * current figure, or a flow that is not a valid number.
 */
export function balanceOf(opening, values, invalid) {
  if (!opening || values[MANAGED_CURRENT] == null || invalid.has(MANAGED_ADDED) || invalid.has(MANAGED_RELEASED)) {
    return null;
  }

  const added = values[MANAGED_ADDED] ?? 0;
  const released = values[MANAGED_RELEASED] ?? 0;
  const expected = opening.value + added - released;
  return { opening, added, released, expected, current: values[MANAGED_CURRENT], holds: expected === values[MANAGED_CURRENT] };
}

/** The rule written out with its figures: "đầu kỳ 62 + đưa vào 3 − đưa ra 1 = 64". */
export function balanceText(balance) {
  return `đầu kỳ ${formatNumber(balance.opening.value)} + đưa vào ${formatNumber(balance.added)} − đưa ra ${formatNumber(balance.released)} = ${formatNumber(balance.expected)}`;
}

/**
 * Checks the form before anything is sent. `texts` are the fields as typed by indicator code; `existing` the month's
 * values already reported (a correction when there are any). Returns the values to send, the balance, and the errors
 * by field (an indicator code, 'note' or 'values'), each in Vietnamese.
 */
export function checkReport({ definitions, texts, opening, existing = {}, override = false, note = '' }) {
  const errors = {};
  const values = {};
  const invalid = new Set();
  for (const { code, name } of definitions) {
    const parsed = parseValue(texts[code], name);
    if (parsed.error) {
      errors[code] = parsed.error;
      invalid.add(code);
    } else if (parsed.value !== null) {
      values[code] = parsed.value;
    }
  }

  if (Object.keys(values).length === 0 && invalid.size === 0) {
    errors.values = 'Báo cáo chưa có số liệu nào: hãy nhập ít nhất một chỉ tiêu.';
  }

  const balance = balanceOf(opening, values, invalid);
  const currentName = definitions.find((d) => d.code === MANAGED_CURRENT)?.name ?? MANAGED_CURRENT;
  if (balance && !balance.holds && !override) {
    errors[MANAGED_CURRENT] = `${currentName} (${formatNumber(balance.current)}) không khớp: ${balanceText(balance)}. Sửa lại số liệu, hoặc chọn ghi đè và ghi rõ lý do.`;
  }

  const hidden = hiddenCharacter(note);
  if (hidden) {
    errors.note = `Ghi chú có ký tự điều khiển không nhìn thấy được (${hidden.code}) ở vị trí ${hidden.position}; xóa ký tự đó (thường lẫn vào khi sao chép từ phần mềm khác) rồi gửi lại.`;
    return { values, balance, errors, correction: Object.keys(existing).length > 0 };
  }

  const hasNote = note.trim() !== '';
  const correction = Object.keys(existing).length > 0;
  if (correction && !hasNote) {
    errors.note = `Tháng này đã có báo cáo: ghi chú lý do sửa số liệu trước khi gửi lại.`;
  } else if (override && !hasNote) {
    errors.note = 'Đã chọn ghi đè quy tắc cân đối số người đang quản lý nhưng chưa ghi lý do: hãy nhập ghi chú giải thích vì sao số liệu không khớp.';
  }

  return { values, balance, errors, correction };
}

/**
 * The first character of a note the API refuses (its FreeText rule): a control character other than tab and line
 * breaks, an unpaired surrogate, U+FFFE/U+FFFF, or a bidirectional formatting character, which makes text read other than
 * it is. Null when there is none; otherwise its code (U+202E) and its place, counted from 1 as the API counts it.
 */
export function hiddenCharacter(text) {
  const match = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u200E\u200F\u202A-\u202E\u2066-\u2069\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.exec(text);
  return match ? { code: `U+${match[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`, position: match.index + 1 } : null;
}

/** The submitIndicatorReport input of a checked form; the override is sent only when the balance does not hold. */
export function reportInput({ communeKey, month, values, balance, override, note, clientMutationId }) {
  return {
    communeCode: communeKey,
    period: month,
    values: Object.entries(values).map(([indicator, value]) => ({ indicator, value })),
    overrideStockFlow: !!override && !!balance && !balance.holds,
    note: note.trim() || null,
    clientMutationId,
  };
}

/** What a correction changes: each indicator whose value typed differs from the one reported, old → new. */
export function correctionChanges(definitions, existing, values) {
  return definitions
    .filter(({ code }) => values[code] !== undefined && values[code] !== existing[code])
    .map(({ code, name }) => ({ indicator: code, name, oldValue: existing[code] ?? null, newValue: values[code] }));
}

/**
 * Where a server error belongs in the form: the indicator it names, the note, or (period, values, the commune, anything
 * else) the form as a whole.
 */
export function errorField(field, definitions) {
  if (field && definitions.some((d) => d.code === field)) {
    return field;
  }

  return field === 'note' ? 'note' : 'form';
}

/**
 * The commune's revision history as accepted reports: one entry per version and month (a batch changes several months
 * in one version), newest first, each with its changes.
 */
export function historyEntries(history) {
  const entries = new Map();
  for (const revision of history) {
    const key = `${revision.version}|${revision.period}`;
    const entry = entries.get(key)
      ?? { version: revision.version, period: revision.period, at: revision.at, actorName: revision.actorName, note: revision.note, changes: [] };
    entry.changes.push({ indicator: revision.indicator, oldValue: revision.oldValue, newValue: revision.newValue });
    entries.set(key, entry);
  }

  return [...entries.values()].sort((a, b) => b.version - a.version || b.period.localeCompare(a.period));
}
