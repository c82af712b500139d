// What the reporting status page (reporting-page.js) writes: states with their symbols and words, shares, dates, and the
// sentences a committee reads about its own reports. The rules themselves are the API's.

/** Each state's symbol and words: the grid never relies on colour alone. */
export const states = {
  ON_TIME: { symbol: '✓', text: 'Đúng hạn' },
  LATE: { symbol: '◷', text: 'Trễ hạn' },
  OVERDUE: { symbol: '✘', text: 'Quá hạn, chưa nộp' },
  NOT_YET_DUE: { symbol: '…', text: 'Chưa đến hạn' },
};

/** The page's address for a unit and a period. */
export const reportingRoute = (key, period) => `#/reporting/${key}/${period}`;

/** A share (0–1) as a percentage, or a dash when nothing is expected yet. */
export const percent = (share) => (share === null || share === undefined ? '—' : `${Math.round(share * 1000) / 10}%`.replace('.', ','));

/** dd/MM/yyyy of an ISO date. */
export const dayText = (isoDate) => `${isoDate.slice(8, 10)}/${isoDate.slice(5, 7)}/${isoDate.slice(0, 4)}`;

/** MM/yyyy of a month. */
export const monthText = (month) => `${month.slice(5)}/${month.slice(0, 4)}`;

/** The cell of a commune's row for a month, or null when it owes no report that month. */
export function cellOf(row, month) {
  return row.cells.find((c) => c.month === month) ?? null;
}

/** What a committee reads about its own reports: those overdue, then the one due next. */
export function ownNotices(status) {
  const cells = status.communes.flatMap((row) => row.cells.map((cell) => ({ ...cell, communeName: row.communeName })));
  const overdue = cells.filter((c) => c.state === 'OVERDUE')
    .map((c) => `Báo cáo tháng ${monthText(c.month)} của ${c.communeName} đã quá hạn (hạn ${dayText(c.dueDate)}).`);
  const next = cells.filter((c) => c.state === 'NOT_YET_DUE').sort((a, b) => a.dueDate.localeCompare(b.dueDate))[0];
  return next ? [...overdue, `Báo cáo tháng ${monthText(next.month)} của ${next.communeName} đến hạn ngày ${dayText(next.dueDate)}.`] : overdue;
}

/** A notice of the subscription as a sentence. */
export function noticeText(notice) {
  return notice.kind === 'OVERDUE'
    ? `Báo cáo tháng ${monthText(notice.month)} của ${notice.communeName} đã quá hạn (hạn ${dayText(notice.dueDate)}).`
    : `Báo cáo tháng ${monthText(notice.month)} của ${notice.communeName} sắp đến hạn: ngày ${dayText(notice.dueDate)}.`;
}

