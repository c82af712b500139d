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
};

export const proposalStatus = {
  SUBMITTED: 'Chờ tỉnh quyết định',
  APPROVED: 'Đã phê duyệt',
  REJECTED: 'Không phê duyệt',
  RETURNED: 'Trả lại để bổ sung',
  WITHDRAWN: 'Huyện đã rút',
};

export const roleNames = {
  'Province.Committee': 'Ban Chỉ đạo tỉnh',
  'District.Committee': 'Ban Chỉ đạo huyện',
  Analyst: 'Chuyên viên phân tích',
  'Platform.Admin': 'Quản trị nền tảng',
};

/** Escapes text for HTML: every text shown comes from the API, and some of it was typed by people. */
export function escape(text) {
  return String(text ?? '').replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]);
}
