// Vietnamese formats: 1.600 (dot for thousands), 17/11/2023, −75 % (a true minus sign and a space before %).
const numbers = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 2 });
const wholeNumbers = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 0 });
const dates = new Intl.DateTimeFormat('vi-VN', { day: '2-digit', month: '2-digit', year: 'numeric', timeZone: 'Asia/Ho_Chi_Minh' });
// dateStyle 'short' gives a two-digit year in vi-VN; official papers write it in full (17/11/2023 14:05).
const dateTimes = new Intl.DateTimeFormat('vi-VN', {
  day: '2-digit', month: '2-digit', year: 'numeric', hour: '2-digit', minute: '2-digit', hour12: false, timeZone: 'Asia/Ho_Chi_Minh',
});

export function formatNumber(value) {
  return value === null || value === undefined ? '—' : numbers.format(value).replace('-', '−');
}

/** A change given as a fraction (−0.75) as people read it: −75 %. */
export function formatChange(fraction) {
  if (fraction === null || fraction === undefined) {
    return '—';
  }

  const sign = fraction < 0 ? '−' : fraction > 0 ? '+' : '';
  return `${sign}${wholeNumbers.format(Math.abs(fraction * 100))} %`;
}

/** An ISO date (2023-11-17) or instant as a Vietnamese date: 17/11/2023 (instants in Vietnam's time, UTC+7). */
export function formatDate(iso) {
  if (!iso) {
    return '—';
  }

  const plain = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (plain) {
    return `${plain[3]}/${plain[2]}/${plain[1]}`;
  }

  return dates.format(new Date(iso));
}

export function formatDateTime(iso) {
  return dateTimes.format(new Date(iso));
}

export const designationStatus = {
  DESIGNATED: 'Đang chuyển hóa',
  PROPOSED: 'Đã đề xuất',
  REMOVED: 'Đã đưa ra khỏi diện',
  CONTINUING: 'Tiếp tục chuyển hóa năm sau',
};

export const proposalStatus = {
  SUBMITTED: 'Chờ tỉnh quyết định',
  ENDORSED: 'Công an tỉnh đã thẩm định, chờ tỉnh quyết định',
  APPROVED: 'Đã phê duyệt',
  REJECTED: 'Không phê duyệt',
  RETURNED: 'Trả lại để bổ sung',
  WITHDRAWN: 'Đã rút',
};

export const roleNames = {
  'Province.Committee': 'Ban Chỉ đạo tỉnh',
  'Province.Police': 'Công an tỉnh',
  'District.Committee': 'Ban Chỉ đạo huyện',
  'Commune.Committee': 'Ban Chỉ đạo xã',
  Analyst: 'Chuyên viên phân tích',
  'Platform.Admin': 'Quản trị nền tảng',
};

/** What a reviewer may do to a proposal, as its buttons read, in the order they are offered. */
export const decisionActions = {
  ENDORSE: 'Thẩm định, chuyển tỉnh',
  APPROVE: 'Phê duyệt',
  REJECT: 'Không phê duyệt',
  RETURN: 'Trả lại',
};

/** Every step's actions as the chain of a proposal lists them. */
export const actionVerbs = {
  SUBMIT: 'gửi', RESUBMIT: 'gửi lại', WITHDRAW: 'rút', ENDORSE: 'thẩm định', APPROVE: 'phê duyệt', REJECT: 'không phê duyệt', RETURN: 'trả lại',
};

/**
 * A proposal's status as people read it. Its chain tells who submitted it (a district committee in the three-level
 * structure, a commune committee in the two-level one) and whom a submitted proposal waits for: the province, or first
 * the provincial police.
 */
export function proposalStatusText({ status, chain, currentStep }) {
  if (status === 'SUBMITTED' && currentStep && currentStep.role !== 'Province.Committee') {
    return `Chờ ${roleNames[currentStep.role] ?? currentStep.role} thẩm định`;
  }

  if (status === 'WITHDRAWN' && chain?.length) {
    return `${roleNames[chain[0].role] ?? chain[0].role} đã rút`;
  }

  return proposalStatus[status] ?? status;
}

/**
 * Where a designated commune stands, as the plan's table shows it. A commune that took over a designation when the units
 * were merged (1 July 2025) says from when and from which old communes; one that took in only part of a designated commune
 * says whether the province has confirmed it.
 */
export function designationText({ status, designatedFrom, confirmation, carriedFrom }) {
  const text = designationStatus[status] ?? status;
  if (!designatedFrom) {
    return text;
  }

  const from = (carriedFrom ?? []).map((link) => link.commune?.name).filter(Boolean);
  const carried = `từ ${formatDate(designatedFrom)}${from.length ? `, nhận từ ${from.join(', ')}` : ''}`;
  const confirmed = { PENDING: 'chờ tỉnh xác nhận', CONFIRMED: 'tỉnh đã xác nhận', DECLINED: 'tỉnh không giữ chỉ định' }[confirmation];
  return `${confirmation === 'DECLINED' ? confirmed : text} (${carried}${confirmed && confirmation !== 'DECLINED' ? `; ${confirmed}` : ''})`;
}

/**
 * A value as a table shows it, with where it came from: a value built from the units a unit was formed from (before
 * 1 July 2025) is starred, and one that could not be built (a unit came only in part) says so instead of a dash.
 */
export function formatCovered(value, coverage) {
  if (coverage === 'PARTIAL') {
    return 'không cộng được';
  }

  return coverage === 'DERIVED' ? `${formatNumber(value)} *` : formatNumber(value);
}

/** An evidence document's type, number and date as papers cite them: "Tờ trình số 12/TTr-UBND ngày 20/11/2023". */
export function documentTitle({ typeName, number, date }) {
  return `${typeName}${number ? ` số ${number}` : ''}${date ? ` ngày ${formatDate(date)}` : ''}`;
}

/** Escapes text for HTML: every text shown comes from the API, and some of it was typed by people. */
export function escape(text) {
  return String(text ?? '').replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]);
}
