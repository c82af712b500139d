// The monthly report form of a commune (#/report/<unit key>/<yyyy-MM>): every indicator with last month's and last year's
// values, the managed-persons balance as it is checked, errors in place before anything is sent and after, a correction
// with its note and what it replaces, and the commune's revision history. Its rules are in report-entry.js.
import { graphql } from './api.js';
import { escape, formatCovered, formatDateTime, formatNumber } from './format.js';
import { parseUnitKey } from './indicators.js';
import {
  balanceText, canReport, checkReport, correctionChanges, defaultMonth, errorField, historyEntries, isMonth, MANAGED_CURRENT, monthText, openingBalance,
  previousMonth, reportedValues, reportInput, sameMonthLastYear,
} from './report-entry.js';

/** The form's address for a commune; the month just ended when none is given. */
export function reportRoute(key, month) {
  return `#/report/${key}/${month ?? defaultMonth(new Date(), parseUnitKey(key).edition)}`;
}

const valueText = (value) => (value === null || value === undefined ? '' : String(value));

function entryRow(definition, { previous, lastYear, existing }) {
  const { code, name, unit } = definition;
  return `<div class="entry" data-indicator="${escape(code)}">
    <label for="value-${escape(code)}">${escape(name)}${unit ? ` <span class="unit">(${escape(unit)})</span>` : ''}</label>
    <input id="value-${escape(code)}" name="${escape(code)}" inputmode="numeric" autocomplete="off" value="${escape(valueText(existing))}"
      aria-describedby="error-${escape(code)}" />
    <span class="previous">Tháng trước: <strong>${formatCovered(previous?.value, previous?.coverage)}</strong></span>
    <span class="last-year">Cùng kỳ năm trước: <strong>${formatCovered(lastYear?.value, lastYear?.coverage)}</strong></span>
    ${code === MANAGED_CURRENT ? '<p class="balance" aria-live="polite"></p>' : ''}
    <p class="replaces" hidden></p>
    <p class="error field-error" id="error-${escape(code)}" role="alert"></p>
  </div>`;
}

function historyList(entries, names, month) {
  if (!entries.length) {
    return '<p>Xã chưa có báo cáo nào.</p>';
  }

  return `<ol class="history">${entries.map((e) => `
    <li data-version="${e.version}" data-period="${escape(e.period)}">
      <details ${e.period === month ? 'open' : ''}>
        <summary><strong>Tháng ${monthText(e.period)}</strong> · lần thay đổi số ${e.version} · ${formatDateTime(e.at)} · ${escape(e.actorName)}
          · ${e.changes.length} giá trị${e.note ? `<br /><span class="history-note">Ghi chú: ${escape(e.note)}</span>` : ''}</summary>
        <ul>${e.changes.map((c) => `<li>${escape(names[c.indicator] ?? c.indicator)}: ${c.oldValue === null ? 'mới' : formatNumber(c.oldValue)} → <strong>${formatNumber(c.newValue)}</strong></li>`).join('')}</ul>
      </details>
    </li>`).join('')}</ol>`;
}

/**
 * Draws the form of the commune `key` for `month` into `view`. `definitions` are the indicators (code, name, unit) in the
 * catalog's order; `notice` is said above the form (the answer to the report just sent).
 */
export async function reportPage(view, key, month, { viewer, definitions, notice = '' }) {
  view.innerHTML = '<p>Đang tải…</p>';
  if (!isMonth(month)) {
    view.innerHTML = `<p class="error" role="alert">Tháng báo cáo "${escape(month)}" không hợp lệ: ghi theo dạng năm-tháng, ví dụ ${defaultMonth(new Date(), parseUnitKey(key).edition)}.</p>`;
    return;
  }

  const { code, edition } = parseUnitKey(key);
  const periods = [previousMonth(month), sameMonthLastYear(month)];
  const data = await graphql('ReportEntry', { code, edition, unitCode: key, periods });
  const commune = data.commune;
  if (!commune) {
    view.innerHTML = `<p class="error" role="alert">Không có xã mã ${escape(code)} hoặc bạn không được xem xã này.</p>`;
    return;
  }

  if (!canReport(viewer, commune)) {
    view.innerHTML = `<p class="error" role="alert">Bạn không được nhập báo cáo cho ${escape(commune.fullName)}: ${edition === '2024'
      ? 'xã của danh mục ba cấp do Ban Chỉ đạo huyện của xã báo cáo.' : 'xã do Ban Chỉ đạo của chính xã báo cáo.'}</p>
      <p><a href="#/unit/${escape(key)}">Xem số liệu của xã</a></p>`;
    return;
  }

  const names = Object.fromEntries(definitions.map((d) => [d.code, d.name]));
  const reported = reportedValues(commune.reportHistory);
  const existing = reported[month] ?? {};
  const opening = openingBalance(reported, month);
  const cell = (indicator, period) => data.indicatorTable.find((r) => r.indicator === indicator && r.period === period);
  const correction = Object.keys(existing).length > 0;
  view.innerHTML = `
    <nav class="crumbs"><a href="#/unit/${escape(key)}">← ${escape(commune.fullName)}</a></nav>
    <h1>Báo cáo tháng ${monthText(month)} <small>${escape(commune.fullName)}${commune.district ? `, ${escape(commune.district.fullName)}` : ''}</small></h1>
    <p class="notice" role="status">${escape(notice)}</p>
    <p><a class="print-link" href="#/print/report/${escape(key)}/${month}">In báo cáo tháng ${monthText(month)}</a></p>
    <form id="report-form" class="report-form" novalidate>
      <label for="report-month">Tháng báo cáo</label>
      <input id="report-month" type="month" value="${month}" />
      <p class="mode">${correction
        ? `Tháng ${monthText(month)} đã có báo cáo: gửi lại là <strong>sửa số liệu</strong>, cần ghi chú lý do; lịch sử giữ cả giá trị cũ.`
        : `Báo cáo mới. Để trống chỉ tiêu chưa có số liệu.`}</p>
      <p class="rule">Quy tắc cân đối: số người đang quản lý cuối tháng = đầu kỳ + đưa vào − đưa ra${opening
        ? ` (đầu kỳ là số đang quản lý tháng ${monthText(opening.month)}: ${formatNumber(opening.value)}).`
        : '. Xã chưa có số người đang quản lý của tháng nào trước: tháng này mở số đầu kỳ, không kiểm tra cân đối.'}</p>
      <div class="entries">${definitions.map((d) => entryRow(d, {
        previous: cell(d.code, periods[0]), lastYear: cell(d.code, periods[1]), existing: existing[d.code],
      })).join('')}</div>
      <p class="error" id="error-values" role="alert"></p>
      <label class="override"><input type="checkbox" id="override" /> Ghi đè quy tắc cân đối: số liệu không khớp có lý do (ghi vào ghi chú)</label>
      <label for="note">Ghi chú${correction ? ' (bắt buộc khi sửa số liệu)' : ''}</label>
      <textarea id="note" rows="2" aria-describedby="error-note"></textarea>
      <p class="error" id="error-note" role="alert"></p>
      <section class="changes" hidden>
        <h2>Các giá trị được sửa</h2>
        <table><thead><tr><th>Chỉ tiêu</th><th>Đã báo cáo</th><th>Sửa thành</th></tr></thead><tbody></tbody></table>
      </section>
      <p class="error" id="error-form" role="alert"></p>
      <button type="submit">${correction ? 'Gửi báo cáo sửa' : 'Gửi báo cáo'}</button>
    </form>
    <h2>Lịch sử báo cáo của xã</h2>
    ${historyList(historyEntries(commune.reportHistory), names, month)}`;

  const form = view.querySelector('#report-form');
  const texts = () => Object.fromEntries(definitions.map((d) => [d.code, form.elements[d.code].value]));
  const check = () => checkReport({
    definitions, texts: texts(), opening, existing, override: form.querySelector('#override').checked, note: form.querySelector('#note').value,
  });
  const showErrors = (errors) => {
    form.querySelectorAll('.error').forEach((p) => { p.textContent = ''; });
    form.querySelectorAll('[aria-invalid]').forEach((input) => input.removeAttribute('aria-invalid'));
    for (const [field, message] of Object.entries(errors)) {
      const target = form.querySelector(`#error-${CSS.escape(field)}`) ?? form.querySelector('#error-form');
      target.textContent = target.textContent ? `${target.textContent} ${message}` : message;
      (form.elements[field] ?? (field === 'note' ? form.querySelector('#note') : null))?.setAttribute('aria-invalid', 'true');
    }
  };

  // Once the person has tried to send, every error follows what they type; before, only the balance and the changes do.
  let attempted = false;
  const refresh = () => {
    const checked = check();
    const balance = form.querySelector('.balance');
    if (balance) {
      balance.className = `balance ${checked.balance ? (checked.balance.holds ? 'holds' : 'broken') : ''}`;
      balance.textContent = !opening ? 'Không kiểm tra cân đối: chưa có số đầu kỳ.'
        : !checked.balance ? `Kiểm tra cân đối: đầu kỳ ${formatNumber(opening.value)} + đưa vào − đưa ra; nhập số đang quản lý để kiểm tra.`
          : `${checked.balance.holds ? '✔ Khớp' : '✘ Không khớp'}: ${balanceText(checked.balance)}${checked.balance.holds ? '' : `, đã nhập ${formatNumber(checked.balance.current)}`}.`;
    }

    const changes = correction ? correctionChanges(definitions, existing, checked.values) : [];
    for (const row of form.querySelectorAll('.entry')) {
      const change = changes.find((c) => c.indicator === row.dataset.indicator);
      const replaces = row.querySelector('.replaces');
      replaces.hidden = !change;
      replaces.textContent = change ? `Thay giá trị đã báo cáo ${change.oldValue === null ? '(chưa có)' : formatNumber(change.oldValue)} bằng ${formatNumber(change.newValue)}.` : '';
    }

    form.querySelector('.changes').hidden = changes.length === 0;
    form.querySelector('.changes tbody').innerHTML = changes.map((c) => `<tr data-indicator="${escape(c.indicator)}"><td>${escape(c.name)}</td>
      <td class="number">${c.oldValue === null ? '—' : formatNumber(c.oldValue)}</td><td class="number">${formatNumber(c.newValue)}</td></tr>`).join('');
    if (attempted) {
      showErrors(checked.errors);
    }

    return checked;
  };

  form.addEventListener('input', refresh);
  form.querySelector('#report-month').addEventListener('change', (event) => {
    if (isMonth(event.target.value)) {
      window.location.hash = reportRoute(key, event.target.value);
    }
  });
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    attempted = true;
    const checked = refresh();
    if (Object.keys(checked.errors).length) {
      form.querySelector('[aria-invalid="true"]')?.focus();
      return;
    }

    const button = form.querySelector('button[type="submit"]');
    button.disabled = true;
    try {
      const answer = (await graphql('SubmitIndicatorReport', {
        input: reportInput({
          communeKey: key, month, values: checked.values, balance: checked.balance, override: form.querySelector('#override').checked,
          note: form.querySelector('#note').value, clientMutationId: crypto.randomUUID(),
        }),
      })).submitIndicatorReport;
      if (answer.errors.length) {
        showErrors(Object.fromEntries(answer.errors.reduce((byField, e) => {
          const field = errorField(e.field, definitions);
          byField.set(field, byField.has(field) ? `${byField.get(field)} ${e.message}` : e.message);
          return byField;
        }, new Map())));
        form.querySelector('[aria-invalid="true"]')?.focus();
        button.disabled = false;
        return;
      }

      const changed = answer.report.changes.length;
      await reportPage(view, key, month, {
        viewer, definitions,
        notice: changed ? `Đã gửi báo cáo tháng ${monthText(month)}: ${changed} giá trị thay đổi (lần thay đổi số ${answer.report.version}).`
          : `Đã gửi báo cáo tháng ${monthText(month)}: số liệu giống báo cáo trước, không có gì thay đổi.`,
      });
    } catch (error) {
      showErrors({ form: error.message });
      button.disabled = false;
    }
  });
  refresh();
}
