// The reporting status page (#/reporting/<unit key>/<period>): completeness and timeliness of the designated communes'
// monthly reports, a grid of communes × months (each state with a symbol and a word as well as a colour), the overdue list,
// and for a reporting committee its own report's notices as they come. What it writes is in reporting-status.js.
import { graphql, subscribe } from './api.js';
import { escape, formatDateTime } from './format.js';
import { cellOf, dayText, monthText, noticeText, ownNotices, percent, reportingRoute, states } from './reporting-status.js';

function legend() {
  return `<ul class="legend">${Object.entries(states).map(([state, s]) =>
    `<li><span class="state state-${state.toLowerCase()}" aria-hidden="true">${s.symbol}</span> ${escape(s.text)}</li>`).join('')}
    <li><span class="state" aria-hidden="true"></span> Không phải báo cáo</li></ul>`;
}

function grid(status) {
  if (!status.communes.length) {
    return '<p>Không có xã nào phải báo cáo trong kỳ này.</p>';
  }

  const head = status.months.map((m) => `<th scope="col">${escape(monthText(m))}</th>`).join('');
  const rows = status.communes.map((row) => `<tr data-commune="${escape(row.communeCode)}">
      <th scope="row">${escape(row.communeName)}</th>
      ${status.months.map((m) => {
        const cell = cellOf(row, m);
        if (!cell) {
          return '<td class="state" title="Không phải báo cáo"></td>';
        }

        const s = states[cell.state];
        const title = `${s.text}; hạn ${dayText(cell.dueDate)}${cell.receivedAt ? `; nhận ${formatDateTime(cell.receivedAt)}` : ''}`;
        return `<td class="state state-${cell.state.toLowerCase()}" data-month="${escape(m)}" data-state="${cell.state}" title="${escape(title)}">
          <span aria-hidden="true">${s.symbol}</span><span class="visually-hidden">${escape(s.text)}</span></td>`;
      }).join('')}
    </tr>`).join('');
  return `<div class="grid-scroll"><table class="reporting-grid"><thead><tr><th scope="col">Xã</th>${head}</tr></thead><tbody>${rows}</tbody></table></div>`;
}

function overdueList(status) {
  if (!status.overdue.length) {
    return '<p id="overdue-none">Không có báo cáo quá hạn.</p>';
  }

  return `<ol id="overdue-list">${status.overdue.map((o) =>
    `<li data-commune="${escape(o.communeCode)}" data-month="${escape(o.month)}">${escape(o.communeName)}: tháng ${escape(monthText(o.month))}, hạn ${escape(dayText(o.dueDate))}</li>`).join('')}</ol>`;
}

/** Draws the page of a unit's reporting status for a period, and, for a committee that reports, listens for its notices. */
export async function reportingPage(view, key, period, { viewer, onStop }) {
  const year = period.slice(0, 4);
  view.innerHTML = `
    <h1>Tình hình báo cáo</h1>
    <form id="reporting-period" class="reporting-period">
      <label for="reporting-year">Năm</label>
      <input id="reporting-year" type="number" min="2000" max="2100" value="${escape(year)}" />
      <button type="submit">Xem</button>
    </form>
    <p id="live-notice" class="live-notice" role="status" aria-live="polite"></p>
    <div id="reporting"><p>Đang tải…</p></div>`;
  view.querySelector('#reporting-period').addEventListener('submit', (event) => {
    event.preventDefault();
    window.location.hash = reportingRoute(key, view.querySelector('#reporting-year').value);
  });

  const status = (await graphql('ReportingStatus', { unitCode: key, period })).reportingStatus;
  const reports = viewer.roles.includes('Commune.Committee') || viewer.roles.includes('District.Committee');
  view.querySelector('#reporting').innerHTML = `
    <p class="schedule">Hạn nộp: ngày ${status.schedule.dueDay} của tháng sau${status.schedule.policeMonth ? ' (tháng thống kê từ ngày 15 đến ngày 14)' : ''};
      một ngày kết thúc lúc 24:00 giờ Việt Nam. Tính lúc ${escape(formatDateTime(status.asOf))}.</p>
    <div class="cards" id="figures" data-expected="${status.expected}" data-received="${status.received}" data-on-time="${status.receivedOnTime}" data-overdue="${status.overdue.length}">
      <div class="card"><div>Tỷ lệ đầy đủ</div><div class="value" id="completeness">${percent(status.completeness)}</div>
        <div class="change">${status.received}/${status.expected} báo cáo phải nộp đã nhận</div></div>
      <div class="card"><div>Tỷ lệ đúng hạn</div><div class="value" id="timeliness">${percent(status.timeliness)}</div>
        <div class="change">${status.receivedOnTime}/${status.expected} nhận đúng hạn</div></div>
      <div class="card"><div>Quá hạn, chưa nộp</div><div class="value" id="overdue-count">${status.overdue.length}</div></div>
    </div>
    ${reports ? `<ul id="own-notices" class="own-notices">${ownNotices(status).map((n) => `<li>${escape(n)}</li>`).join('')}</ul>` : ''}
    <h2>Các xã × tháng ${escape(year === period ? year : period)}</h2>
    ${legend()}
    ${grid(status)}
    <h2>Báo cáo quá hạn</h2>
    ${overdueList(status)}`;
  if (reports && view.isConnected) {
    const live = view.querySelector('#live-notice');
    // A new subscription first hears what is current, which may arrive after a newer notice of the same report: an overdue
    // report is not shown as due soon again.
    const overdue = new Set();
    onStop(subscribe('ReportingNotice', { unitCode: key }, (data) => {
      const notice = data.reportingNotice;
      const report = `${notice.communeCode}|${notice.month}`;
      if (notice.kind === 'OVERDUE') {
        overdue.add(report);
      } else if (overdue.has(report)) {
        return;
      }

      live.textContent = noticeText(notice);
    }, undefined, () => {
      live.dataset.live = 'on';
    }));
  }

}
