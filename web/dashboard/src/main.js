import './page.css';
import { ApiError, download, graphql, session, subscribe } from './api.js';
import { signIn, signOut } from './auth.js';
import { monthlyChart, rankingChart } from './charts.js';
import { designationStatus, escape, formatChange, formatDate, formatDateTime, formatNumber, proposalStatus, roleNames } from './format.js';
import { latestYearWithData, monthlyPeriods, monthlySeries, rankableLevels, ranking, recentYears, routeOf } from './indicators.js';

// The figures the overview puts first; every indicator is on the unit pages.
const keyIndicators = ['criminal_cases', 'security_cameras', 'denunciation_households', 'managed_persons_current'];
const app = document.querySelector('#app');
let viewer;
let names = {};
let stopLive = () => {};

const isCommittee = () => viewer.roles.includes('Province.Committee');
const yearOf = () => Number(sessionStorage.getItem('chuyenhoa.dashboard.year') ?? 0) || null;

function showError(container, error) {
  container.innerHTML = `<p class="error" role="alert">${escape(error instanceof ApiError ? error.message : `Lỗi: ${error.message}`)}</p>`;
}

function shell() {
  app.innerHTML = `
    <header>
      <strong>Chuyển hóa địa bàn trọng điểm, phức tạp về ANTT</strong>
      <nav>
        <a href="#/overview">Tổng quan</a>
        ${viewer.provinceCode ? `<a href="#/unit/${escape(viewer.districtCode ?? viewer.provinceCode)}">Số liệu theo đơn vị</a>` : ''}
        ${isCommittee() ? '<a href="#/review">Xét duyệt đề xuất</a>' : ''}
      </nav>
      <span class="viewer">${escape(viewer.displayName)} · ${escape(viewer.roles.map((r) => roleNames[r] ?? r).join(', '))}</span>
      <button id="sign-out">Đăng xuất</button>
    </header>
    <main id="view"></main>`;
  app.querySelector('#sign-out').addEventListener('click', async () => {
    await signOut();
    window.location.hash = '';
    window.location.reload();
  });
}

function exportButtons(query, label) {
  return `<span class="exports">${label}:
    <button data-export="csv" data-query="${escape(query)}">CSV</button>
    <button data-export="xlsx" data-query="${escape(query)}">XLSX</button></span>`;
}

function wireExports(container) {
  container.querySelectorAll('[data-export]').forEach((button) => button.addEventListener('click', async () => {
    try {
      await download(`api/indicator-table?${button.dataset.query}&format=${button.dataset.export}`, `bang-chi-tieu.${button.dataset.export}`);
    } catch (error) {
      alert(error.message);
    }
  }));
}

async function overview(view) {
  if (!isCommittee() && !viewer.roles.includes('Analyst')) {
    // A district committee sees its own district: the province's overview is not theirs to read.
    window.location.hash = `#/unit/${viewer.districtCode ?? viewer.provinceCode}`;
    return;
  }

  view.innerHTML = '<p>Đang tải…</p>';
  // The chosen year, or the newest of the last six that has a plan, or this year when none has.
  const candidates = yearOf() ? [yearOf()] : recentYears(new Date().getFullYear());
  const answers = [];
  for (const candidate of candidates) {
    answers.push([candidate, await graphql('ProvinceOverview', { provinceCode: viewer.provinceCode, year: candidate, period: String(candidate) })]);
    if (answers.at(-1)[1].province?.conversionPlan) {
      break;
    }
  }

  const [year, data] = answers.find(([, answer]) => answer.province?.conversionPlan) ?? answers[0];

  const province = data.province;
  if (!province) {
    view.innerHTML = '<p class="error">Không có tỉnh này hoặc bạn không được xem.</p>';
    return;
  }

  const plan = province.conversionPlan;
  const byCode = Object.fromEntries(province.indicators.map((v) => [v.indicator, v]));
  view.innerHTML = `
    <h1>${escape(province.name)} — năm ${year}</h1>
    <label for="year">Năm</label>
    <input id="year" type="number" min="2000" max="2100" />
    <section class="plan">${plan
      ? `Kế hoạch chuyển hóa theo Quyết định số <strong>${escape(plan.decisionNumber)}</strong> ngày <strong>${formatDate(plan.decisionDate)}</strong>`
      : 'Chưa có kế hoạch chuyển hóa của năm này.'}</section>
    <section class="cards">${keyIndicators.map((code) => `
      <div class="card" data-indicator="${code}">
        <div class="name">${escape(names[code] ?? code)}</div>
        <div class="value">${formatNumber(byCode[code]?.value)}</div>
        <div class="change">${formatChange(byCode[code]?.changeFromPreviousYear)} so với cùng kỳ</div>
      </div>`).join('')}</section>
    <h2>Các xã được chỉ định</h2>
    <table id="designations">
      <thead><tr><th>Mã xã</th><th>Xã</th><th>Huyện</th><th>Tình trạng</th>${keyIndicators.map((c) => `<th>${escape(names[c] ?? c)}</th>`).join('')}<th>Số vụ so với cùng kỳ</th></tr></thead>
      <tbody>${(plan?.designations ?? []).map((d) => {
        const values = Object.fromEntries((d.commune?.indicators ?? []).map((v) => [v.indicator, v]));
        return `<tr data-commune="${escape(d.communeCode)}">
          <td class="code">${escape(d.communeCode)}</td>
          <td><a href="#/unit/${escape(d.communeCode)}">${escape(d.commune?.name ?? d.communeCode)}</a></td>
          <td>${escape(d.commune?.district?.name ?? '')}</td>
          <td class="status">${escape(designationStatus[d.status] ?? d.status)}</td>
          ${keyIndicators.map((c) => `<td class="number">${formatNumber(values[c]?.value)}</td>`).join('')}
          <td class="number">${formatChange(values.criminal_cases?.changeFromPreviousYear)}</td></tr>`;
      }).join('')}</tbody>
    </table>
    <h2>Theo tháng (toàn tỉnh)</h2>
    ${exportButtons(`unitCode=${province.code}&periods=${monthlyPeriods(year).join(',')}`, 'Tải bảng số liệu theo tháng')}
    <section class="charts">${keyIndicators.map((c) => `<div class="chart" data-indicator="${c}"></div>`).join('')}</section>`;
  yearInput(view, year);
  wireExports(view);
  await drawMonthly(view, province.code, year, keyIndicators);
}

/** Charts of the unit's indicators by month, this year against last year, from one indicatorTable request. */
async function drawMonthly(container, unitCode, year, indicators) {
  const table = await graphql('IndicatorTable', { unitCode, periods: monthlyPeriods(year), indicators });
  container.querySelectorAll('.chart[data-indicator]').forEach((element) => {
    const indicator = element.dataset.indicator;
    const { thisYear, lastYear } = monthlySeries(table.indicatorTable, indicator, year);
    monthlyChart(element, names[indicator] ?? indicator, year, thisYear, lastYear);
  });
}

/** The newest of the last six years in which the unit has any figure; this year when none has. */
async function latestYearOf(unitCode) {
  const thisYear = new Date().getFullYear();
  const data = await graphql('IndicatorTable', { unitCode, periods: recentYears(thisYear).map(String) });
  return latestYearWithData(data.indicatorTable, thisYear);
}

function yearInput(view, year) {
  view.querySelector('#year').value = year;
  view.querySelector('#year').addEventListener('change', (event) => {
    sessionStorage.setItem('chuyenhoa.dashboard.year', event.target.value);
    route();
  });
}

async function unitPage(view, code) {
  view.innerHTML = '<p>Đang tải…</p>';
  const year = yearOf() ?? await latestYearOf(code);
  const indicator = sessionStorage.getItem('chuyenhoa.dashboard.indicator') ?? 'criminal_cases';
  const head = await graphql('IndicatorTable', { unitCode: code, periods: [String(year)] });
  const unit = head.province ?? head.district ?? head.commune;
  if (!unit) {
    view.innerHTML = `<p class="error" role="alert">Không có đơn vị mã ${escape(code)} hoặc bạn không được xem đơn vị này.</p>`;
    return;
  }

  const level = head.province ? 'PROVINCE' : head.district ? 'DISTRICT' : 'COMMUNE';
  const below = rankableLevels(level);
  const rankLevel = sessionStorage.getItem('chuyenhoa.dashboard.rankLevel');
  const [childLevel, childName] = below.find(([l]) => l === rankLevel) ?? below[0] ?? [];
  const all = Object.keys(names);
  view.innerHTML = `
    <nav class="crumbs"><a href="#/unit/${escape(viewer.districtCode ?? viewer.provinceCode)}">↑ Đơn vị của tôi</a></nav>
    <h1>${escape(unit.fullName)} <small>(mã <span class="code">${escape(unit.code)}</span>) — năm ${year}</small></h1>
    <label for="year">Năm</label>
    <input id="year" type="number" min="2000" max="2100" />
    <label for="indicator">Chỉ tiêu</label>
    <select id="indicator">${all.map((c) => `<option value="${c}" ${c === indicator ? 'selected' : ''}>${escape(names[c])}</option>`).join('')}</select>
    <table class="totals"><thead><tr><th>Chỉ tiêu</th><th>Năm ${year}</th><th>Cùng kỳ năm trước</th><th>Thay đổi</th></tr></thead><tbody>
      ${head.indicatorTable.map((r) => `<tr><td>${escape(names[r.indicator] ?? r.indicator)}</td><td class="number">${formatNumber(r.value)}</td>
        <td class="number">${formatNumber(r.previousYearValue)}</td><td class="number">${formatChange(r.changeFromPreviousYear)}</td></tr>`).join('')}
    </tbody></table>
    <div class="chart" data-indicator="${indicator}" id="monthly-chart"></div>
    ${exportButtons(`unitCode=${unit.code}&periods=${monthlyPeriods(year).join(',')}`, 'Tải số liệu theo tháng')}
    ${childLevel ? `
      <h2>Xếp hạng các ${childName} theo ${escape(names[indicator])}</h2>
      ${below.length > 1 ? `<label for="rank-level">Xếp hạng</label><select id="rank-level">${below.map(([l, n]) => `<option value="${l}" ${l === childLevel ? 'selected' : ''}>các ${n}</option>`).join('')}</select>` : ''}
      ${exportButtons(`unitCode=${unit.code}&level=${childLevel}&indicators=${indicator}&periods=${year}`, 'Tải bảng xếp hạng')}
      <div class="chart ranking" id="ranking-chart"></div>
      <table id="ranking"><thead><tr><th>#</th><th>Mã</th><th>Đơn vị</th><th>Năm ${year}</th><th>Cùng kỳ năm trước</th><th>Thay đổi</th></tr></thead><tbody></tbody></table>` : ''}`;
  yearInput(view, year);
  view.querySelector('#indicator').addEventListener('change', (event) => {
    sessionStorage.setItem('chuyenhoa.dashboard.indicator', event.target.value);
    route();
  });
  view.querySelector('#rank-level')?.addEventListener('change', (event) => {
    sessionStorage.setItem('chuyenhoa.dashboard.rankLevel', event.target.value);
    route();
  });
  wireExports(view);
  await drawMonthly(view, unit.code, year, [indicator]);
  if (childLevel) {
    const answer = await graphql('IndicatorTable', { unitCode: unit.code, level: childLevel, indicators: [indicator], periods: [String(year)] });
    const rows = ranking(answer.indicatorTable);
    rankingChart(view.querySelector('#ranking-chart'), names[indicator], rows.map((r) => r.unitName), rows.map((r) => r.value));
    view.querySelector('#ranking tbody').innerHTML = rows.map((r, i) => `<tr><td>${i + 1}</td><td class="code">${escape(r.unitCode)}</td>
      <td><a href="#/unit/${escape(r.unitCode)}">${escape(r.unitName)}</a></td><td class="number">${formatNumber(r.value)}</td>
      <td class="number">${formatNumber(r.previousYearValue)}</td><td class="number">${formatChange(r.changeFromPreviousYear)}</td></tr>`).join('');
  }
}

function proposalCard(p) {
  const snapshot = p.snapshot;
  const last = p.history.at(-1);
  return `<article class="proposal" data-commune="${escape(p.communeCode)}" data-id="${escape(p.id)}">
    <h2>${escape(p.commune.fullName)} <small>${escape(p.commune.district?.fullName ?? '')} · năm ${p.year}</small></h2>
    <p>Trạng thái: <strong class="proposal-status">${escape(proposalStatus[p.status] ?? p.status)}</strong>
      ${p.decisionDate ? ` · ngày quyết định ${formatDate(p.decisionDate)}` : ''}
      ${last?.reason ? ` · lý do: ${escape(last.reason)}` : ''}</p>
    <details ${p.status === 'SUBMITTED' ? 'open' : ''}>
      <summary>Hồ sơ đề xuất</summary>
      <h3>Hội nghị tổng kết ngày ${formatDate(p.conference.date)}</h3>
      <p>Chủ trì: ${escape(p.conference.chair)} · ${formatNumber(p.conference.attendance)} người dự</p>
      <p>${escape(p.conference.summary)}</p>
      <h3>Đánh giá của Ban Chỉ đạo huyện</h3>
      <p class="assessment">${escape(p.assessment)}</p>
      <h3>Số liệu chốt kỳ ${escape(snapshot.period)} (lúc ${formatDateTime(snapshot.takenAt)})</h3>
      <table><thead><tr><th>Chỉ tiêu</th><th>Giá trị</th><th>Cùng kỳ năm trước</th><th>Thay đổi</th></tr></thead><tbody>
        ${snapshot.indicators.map((v) => `<tr><td>${escape(names[v.indicator] ?? v.indicator)}</td><td class="number">${formatNumber(v.value)}</td>
          <td class="number">${formatNumber(v.previousYearValue)}</td><td class="number">${formatChange(v.changeFromPreviousYear)}</td></tr>`).join('')}
      </tbody></table>
      <h3>Tiêu chí (${snapshot.allCriteriaMet ? 'đạt tất cả' : 'có tiêu chí chưa đạt'})</h3>
      <ul class="criteria">${snapshot.criteria.map((c) => `<li class="${c.met ? 'met' : 'not-met'}">${c.met ? '✔ Đạt' : '✘ Không đạt'}: ${escape(c.description)} — ${escape(c.explanation)}</li>`).join('')}</ul>
      <h3>Tài liệu</h3>
      <ul>${p.evidence.map((e) => `<li><button class="link" data-evidence="${escape(e.sha256)}" data-name="${escape(e.fileName)}">${escape(e.fileName)}</button> (${formatNumber(e.sizeBytes)} byte)</li>`).join('') || '<li>Không có</li>'}</ul>
    </details>
    ${p.status === 'SUBMITTED' ? `
      <div class="decision">
        <label for="reason-${escape(p.id)}">Lý do (bắt buộc khi không phê duyệt hoặc trả lại)</label>
        <textarea id="reason-${escape(p.id)}" rows="2"></textarea>
        <button data-action="ApproveRemovalProposal">Phê duyệt</button>
        <button data-action="RejectRemovalProposal">Không phê duyệt</button>
        <button data-action="ReturnRemovalProposal">Trả lại</button>
        <p class="error" role="alert"></p>
      </div>` : ''}
  </article>`;
}

async function review(view) {
  if (!isCommittee()) {
    view.innerHTML = '<p class="error">Chỉ Ban Chỉ đạo tỉnh xét duyệt đề xuất.</p>';
    return;
  }

  const load = async () => {
    const data = await graphql('ProposalsForReview', { provinceCode: viewer.provinceCode });
    const items = data.removalProposals.items;
    const waiting = items.filter((p) => p.status === 'SUBMITTED');
    view.querySelector('#proposals').innerHTML = `
      <p><span id="waiting-count">${waiting.length}</span> đề xuất chờ quyết định; ${items.length - waiting.length} đã xử lý.</p>
      ${[...waiting, ...items.filter((p) => p.status !== 'SUBMITTED')].map(proposalCard).join('')}`;
  };

  view.innerHTML = `
    <h1>Xét duyệt đề xuất đưa xã ra khỏi diện chuyển hóa</h1>
    <p>
      <button id="export-proposals-xlsx">Tải danh sách (XLSX)</button>
      <button id="export-proposals-csv">Tải danh sách (CSV)</button>
      <span id="live" class="live">Đang kết nối cập nhật tức thời…</span>
    </p>
    <div id="proposals"><p>Đang tải…</p></div>`;
  for (const format of ['xlsx', 'csv']) {
    view.querySelector(`#export-proposals-${format}`).addEventListener('click', () =>
      download(`api/removal-proposals?provinceCode=${viewer.provinceCode}&format=${format}`, `de-xuat.${format}`).catch((e) => alert(e.message)));
  }

  view.querySelector('#proposals').addEventListener('click', async (event) => {
    const button = event.target.closest('button');
    const card = button?.closest('.proposal');
    if (!card) {
      return;
    }

    if (button.dataset.evidence) {
      await download(`api/removal-proposals/${encodeURIComponent(card.dataset.id)}/evidence/${button.dataset.evidence}`, button.dataset.name).catch((e) => alert(e.message));
      return;
    }

    if (!button.dataset.action) {
      return;
    }

    const reason = card.querySelector('textarea').value.trim() || null;
    const error = card.querySelector('.decision .error');
    card.querySelectorAll('.decision button').forEach((b) => { b.disabled = true; });
    try {
      const data = await graphql('DecideRemovalProposal', { input: { proposalId: card.dataset.id, reason, clientMutationId: crypto.randomUUID() } }, button.dataset.action);
      const payload = Object.values(data)[0];
      if (payload.errors.length) {
        error.textContent = payload.errors.map((e) => e.message).join(' ');
        card.querySelectorAll('.decision button').forEach((b) => { b.disabled = false; });
        return;
      }

      await load();
    } catch (e) {
      error.textContent = e.message;
      card.querySelectorAll('.decision button').forEach((b) => { b.disabled = false; });
    }
  });

  await load();
  stopLive = subscribe('RemovalProposalChanged', { provinceCode: viewer.provinceCode }, async (data) => {
    view.querySelector('#live').textContent = `Cập nhật lúc ${formatDateTime(new Date().toISOString())}: ${data.removalProposalChanged.communeCode} — ${proposalStatus[data.removalProposalChanged.status]}`;
    await load();
  }, () => {
    view.querySelector('#live').textContent = 'Mất kết nối cập nhật tức thời: tải lại trang.';
  });
  view.querySelector('#live').textContent = 'Cập nhật tức thời đang bật.';
}

async function route() {
  stopLive();
  stopLive = () => {};
  const view = document.querySelector('#view');
  const { page, code } = routeOf(window.location.hash);
  try {
    if (page === 'unit') {
      await unitPage(view, code);
    } else if (page === 'review') {
      await review(view);
    } else {
      await overview(view);
    }
  } catch (error) {
    showError(view, error);
  }
}

async function start() {
  for (;;) {
    await signIn(app);
    try {
      const data = await graphql('Viewer');
      viewer = data.me;
      names = Object.fromEntries(data.indicatorDefinitions.map((d) => [d.code, d.name]));
      break;
    } catch (error) {
      session.clear();
      showError(app, error);
    }
  }

  shell();
  window.addEventListener('hashchange', route);
  await route();
}

start();
