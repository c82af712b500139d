import './page.css';
import { ApiError, download, graphql, session, subscribe } from './api.js';
import { signIn, signOut } from './auth.js';
import { monthlyChart, rankingChart } from './charts.js';
import { attestationList, criteriaList, hasMoreReasoning } from './criteria.js';
import { actionVerbs, decisionActions, designationText, documentTitle, escape, formatChange, formatCovered, formatDate, formatDateTime, formatNumber, proposalStatusText, roleNames } from './format.js';
import {
  editionOfPlanYear, latestYearWithData, monthlyByCoverage, monthlyPeriods, monthlySeries, parseUnitKey, rankableLevels, ranking, recentYears, routeOf, THREE_LEVEL, unitKey,
} from './indicators.js';
import { importPage, importRoute } from './import-page.js';
import { programmeSection, yearEndDecisionInput } from './programme.js';
import { canReport } from './report-entry.js';
import { importUnit } from './report-import.js';
import { reportPage, reportRoute } from './report-page.js';
import { reportingPage } from './reporting-page.js';
import { reportingRoute } from './reporting-status.js';
import { proposalsPage, proposePage } from './proposal-page.js';
import { printProposal, printReport } from './print-page.js';

// The figures the overview puts first; every indicator is on the unit pages.
const keyIndicators = ['criminal_cases', 'security_cameras', 'denunciation_households', 'managed_persons_current'];
const app = document.querySelector('#app');
let viewer;
// The list of units each province the caller may see is on today: 2025 (two levels) once it has moved, 2024 before.
let currentEditions = {};
let names = {};
// The indicators in the catalog's order, with their names and units, as the report form lists them.
let definitions = [];
let stopLive = () => {};

const isCommittee = () => viewer.roles.includes('Province.Committee');
// The provincial police review proposals of the two-level structure before the committee decides.
const isReviewer = () => isCommittee() || viewer.roles.includes('Province.Police');
/** The caller's own unit: their commune (2025 list), district (2024 list) or province, in the list it is on today. */
const homeUnit = () => (viewer.communeCode ? unitKey(viewer.communeCode, '2025')
  : viewer.districtCode ?? unitKey(viewer.provinceCode, currentEditions[viewer.provinceCode]));
// The committees that propose communes' removal: a commune's own (two-level), a district's (three-level).
const isProposer = () => (viewer.communeCode && viewer.roles.includes('Commune.Committee')) || (viewer.districtCode && viewer.roles.includes('District.Committee'));
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
        ${viewer.provinceCode ? `<a href="#/unit/${escape(homeUnit())}">Số liệu theo đơn vị</a>` : ''}
        ${isReviewer() ? '<a href="#/review">Xét duyệt đề xuất</a>' : ''}
        ${viewer.provinceCode ? `<a href="${escape(reportingRoute(homeUnit(), String(new Date().getFullYear())))}">Tình hình báo cáo</a>` : ''}
        ${viewer.communeCode && viewer.roles.includes('Commune.Committee') ? `<a href="${escape(reportRoute(homeUnit()))}">Báo cáo tháng</a>` : ''}
        ${importUnit(viewer) ? `<a href="${importRoute}">Báo cáo bằng Excel</a>` : ''}
        ${isProposer() ? '<a href="#/proposals">Đề xuất đưa ra khỏi danh sách</a>' : ''}
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
    // A district or commune committee sees its own unit: the province's overview is not theirs to read.
    window.location.hash = `#/unit/${homeUnit()}`;
    return;
  }

  view.innerHTML = '<p>Đang tải…</p>';
  // The chosen year, or the newest of the last six that has a plan, or else the newest the province has units in.
  const candidates = yearOf() ? [yearOf()] : recentYears(new Date().getFullYear());
  const answers = [];
  for (const candidate of candidates) {
    // A year's plan designates communes of the list of units in force when it was adopted.
    const edition = editionOfPlanYear(candidate);
    const answer = await graphql('ProvinceOverview', { provinceCode: viewer.provinceCode, edition, year: candidate, period: String(candidate), communeIndicators: keyIndicators });
    answers.push([candidate, edition, answer]);
    if (answer.province?.conversionPlan) {
      break;
    }
  }

  // Without a plan, the newest year whose list of units the province is on.
  const [year, edition, data] = answers.find(([, , answer]) => answer.province?.conversionPlan)
    ?? answers.find(([, , answer]) => answer.province) ?? answers[0];

  const province = data.province;
  if (!province) {
    view.innerHTML = `
      <label for="year">Năm</label>
      <input id="year" type="number" min="2000" max="2100" />
      <p class="error" role="alert">Năm ${year} dùng danh mục đơn vị hành chính ${edition}; tỉnh mã ${escape(viewer.provinceCode)} chưa có trên danh mục đó hoặc bạn không được xem. Chọn năm khác.</p>`;
    yearInput(view, year);
    return;
  }

  const twoLevel = edition !== THREE_LEVEL;
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
      <thead><tr><th>Mã xã</th><th>Xã</th>${twoLevel ? '' : '<th>Huyện</th>'}<th>Tình trạng</th>${keyIndicators.map((c) => `<th>${escape(names[c] ?? c)}</th>`).join('')}<th>Số vụ so với cùng kỳ</th></tr></thead>
      <tbody>${(plan?.designations ?? []).map((d) => {
        const values = Object.fromEntries((d.commune?.indicators ?? []).map((v) => [v.indicator, v]));
        // A successor a plan of 2025 carried its designation over to is of the two-level list, whatever the plan's list.
        const key = unitKey(d.communeCode, d.edition ?? edition);
        return `<tr data-commune="${escape(d.communeCode)}" data-unit="${escape(key)}">
          <td class="code">${escape(d.communeCode)}</td>
          <td><a href="#/unit/${escape(key)}">${escape(d.commune?.name ?? d.communeCode)}</a></td>
          ${twoLevel ? '' : `<td>${escape(d.commune?.district?.name ?? '')}</td>`}
          <td class="status">${escape(designationText(d))}${d.confirmation === 'PENDING' && isCommittee() ? `
            <span class="confirm"><button type="button" data-keep="true">Giữ chỉ định</button>
            <button type="button" data-keep="false">Không giữ</button><span class="error" role="alert"></span></span>` : ''}</td>
          ${keyIndicators.map((c) => `<td class="number">${formatNumber(values[c]?.value)}</td>`).join('')}
          <td class="number">${formatChange(values.criminal_cases?.changeFromPreviousYear)}</td></tr>`;
      }).join('')}</tbody>
    </table>
    <h2>Các danh sách của chương trình: tổng kết năm, theo dõi sau khi ra khỏi diện</h2>
    <section id="programme"><p>Đang tải…</p></section>
    <h2>Theo tháng (toàn tỉnh)</h2>
    ${exportButtons(`unitCode=${unitKey(province.code, edition)}&periods=${monthlyPeriods(year).join(',')}`, 'Tải bảng số liệu theo tháng')}
    <section class="charts">${keyIndicators.map((c) => `<div class="chart" data-indicator="${c}"></div>`).join('')}</section>
    <p class="note" hidden></p>`;
  yearInput(view, year);
  wireExports(view);
  wireCarryOverConfirmation(view, year);
  await Promise.all([drawMonthly(view, unitKey(province.code, edition), year, keyIndicators), programme(view, year)]);
}

/** Each track's plan of the year, with the committee's year-end decision and designation again; read again after either. */
async function programme(view, year) {
  const section = view.querySelector('#programme');
  let answer;
  try {
    answer = await graphql('ProgrammeYear', { provinceCode: viewer.provinceCode, year, previousYear: year - 1 });
    section.innerHTML = programmeSection(answer, { canDecide: isCommittee() });
  } catch (error) {
    showError(section, error);
    return;
  }

  const submit = async (form, document, input) => {
    const error = form.querySelector('.error');
    form.querySelector('button[type="submit"]').disabled = true;
    try {
      const data = await graphql(document, { input });
      const { errors } = Object.values(data)[0];
      if (errors.length) {
        error.textContent = errors.map((e) => e.message).join(' ');
        form.querySelector('button[type="submit"]').disabled = false;
        return;
      }

      await programme(view, year);
    } catch (e) {
      error.textContent = e.message;
      form.querySelector('button[type="submit"]').disabled = false;
    }
  };
  section.querySelectorAll('form.year-end').forEach((form) => form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const plan = Object.values(answer).find((p) => p?.track === form.dataset.track && p.year === year);
    const fields = new FormData(form);
    const outcomes = Object.fromEntries([...form.querySelectorAll('select[name="outcome"]')].map((s) => [s.dataset.commune, s.value]));
    await submit(form, 'IssueYearEndDecision', yearEndDecisionInput(viewer.provinceCode, plan, {
      decisionNumber: fields.get('decisionNumber'), decisionDate: fields.get('decisionDate'), signer: fields.get('signer'),
      newCommunes: fields.get('newCommunes') ?? '', outcomes, clientMutationId: crypto.randomUUID(),
    }));
  }));
  section.querySelectorAll('form.designate-again').forEach((form) => form.addEventListener('submit', async (event) => {
    event.preventDefault();
    await submit(form, 'DesignateCommuneAgain', {
      provinceCode: viewer.provinceCode, year: Number(form.dataset.year), track: form.dataset.track, communeCode: form.dataset.commune,
      reason: new FormData(form).get('reason').trim(), clientMutationId: crypto.randomUUID(),
    });
  }));
}

/**
 * The committee's answer for a successor that took in only part of a designated commune (plan of 2025): keep it designated
 * or not. The API refuses a second, different answer; the table is read again either way.
 */
function wireCarryOverConfirmation(view, year) {
  view.querySelector('#designations').addEventListener('click', async (event) => {
    const button = event.target.closest('button[data-keep]');
    if (!button) {
      return;
    }

    const row = button.closest('tr');
    const error = row.querySelector('.confirm .error');
    row.querySelectorAll('.confirm button').forEach((b) => { b.disabled = true; });
    try {
      const data = await graphql('ConfirmCarriedOverDesignation', { input: {
        provinceCode: viewer.provinceCode, year, communeCode: row.dataset.commune, keep: button.dataset.keep === 'true', clientMutationId: crypto.randomUUID() } });
      const { errors } = data.confirmCarriedOverDesignation;
      if (errors.length) {
        error.textContent = errors.map((e) => e.message).join(' ');
        row.querySelectorAll('.confirm button').forEach((b) => { b.disabled = false; });
        return;
      }

      await overview(view);
    } catch (e) {
      error.textContent = e.message;
      row.querySelectorAll('.confirm button').forEach((b) => { b.disabled = false; });
    }
  });
}

/**
 * Charts of the unit's indicators by month, this year against last year, from one indicatorTable request. Months of a
 * unit of the two-level list before 1 July 2025 are derived from the units it was formed from: drawn apart, and said so.
 */
async function drawMonthly(container, unitCode, year, indicators) {
  const table = await graphql('IndicatorTable', { unitCode, ...parseUnitKey(unitCode), periods: monthlyPeriods(year), indicators });
  const derivedMonths = new Set();
  const partialMonths = new Set();
  container.querySelectorAll('.chart[data-indicator]').forEach((element) => {
    const indicator = element.dataset.indicator;
    const { lastYear } = monthlySeries(table.indicatorTable, indicator, year);
    const thisYear = monthlyByCoverage(table.indicatorTable, indicator, year);
    thisYear.derived.forEach((value, i) => value !== null && derivedMonths.add(i + 1));
    thisYear.partialMonths.forEach((period) => partialMonths.add(Number(period.slice(5))));
    monthlyChart(element, names[indicator] ?? indicator, year, thisYear, lastYear);
  });
  const note = container.querySelector('.note');
  const list = (months) => [...months].sort((a, b) => a - b).map((m) => `T${m}`).join(', ');
  note.hidden = derivedMonths.size === 0 && partialMonths.size === 0;
  note.textContent = [
    derivedMonths.size ? `Tháng ${list(derivedMonths)}: trước khi sắp xếp đơn vị hành chính (1/7/2025), số liệu được cộng từ các xã cũ nhập vào (đường chấm).` : '',
    partialMonths.size ? `Tháng ${list(partialMonths)}: không cộng được, vì có xã cũ chỉ nhập một phần vào đơn vị này.` : '',
  ].join(' ');
}

/** The newest of the last six years in which the unit has any figure; this year when none has. */
async function latestYearOf(unitCode) {
  const thisYear = new Date().getFullYear();
  const data = await graphql('IndicatorTable', { unitCode, ...parseUnitKey(unitCode), periods: recentYears(thisYear).map(String) });
  return latestYearWithData(data.indicatorTable, thisYear);
}

function yearInput(view, year) {
  view.querySelector('#year').value = year;
  view.querySelector('#year').addEventListener('change', (event) => {
    sessionStorage.setItem('chuyenhoa.dashboard.year', event.target.value);
    route();
  });
}

async function unitPage(view, key) {
  view.innerHTML = '<p>Đang tải…</p>';
  const { code, edition } = parseUnitKey(key);
  const year = yearOf() ?? await latestYearOf(key);
  const indicator = sessionStorage.getItem('chuyenhoa.dashboard.indicator') ?? 'criminal_cases';
  const head = await graphql('UnitPage', { code, edition, unitCode: key, periods: [String(year)] });
  const unit = head.province ?? (edition === THREE_LEVEL ? head.district : null) ?? head.commune;
  if (!unit) {
    view.innerHTML = `<p class="error" role="alert">Không có đơn vị mã ${escape(code)} hoặc bạn không được xem đơn vị này.</p>`;
    return;
  }

  const level = head.province ? 'PROVINCE' : unit === head.district ? 'DISTRICT' : 'COMMUNE';
  const below = rankableLevels(level, edition);
  const rankLevel = sessionStorage.getItem('chuyenhoa.dashboard.rankLevel');
  const [childLevel, childName] = below.find(([l]) => l === rankLevel) ?? below[0] ?? [];
  const all = Object.keys(names);
  view.innerHTML = `
    <nav class="crumbs"><a href="#/unit/${escape(homeUnit())}">↑ Đơn vị của tôi</a></nav>
    <h1>${escape(unit.fullName)} <small>(mã <span class="code">${escape(unit.code)}</span>) — năm ${year}</small></h1>
    <p class="edition">${edition === THREE_LEVEL ? 'Danh mục đơn vị hành chính ba cấp (đến 30/6/2025).' : 'Danh mục đơn vị hành chính hai cấp (từ 1/7/2025).'}</p>
    ${lineage(head.commune)}
    ${canReport(viewer, head.commune) ? `<p><a class="report-link" href="${escape(reportRoute(key))}">Nhập báo cáo tháng của xã</a></p>` : ''}
    ${isProposer() && level !== 'PROVINCE' ? '<p><a class="proposals-link" href="#/proposals">Đề xuất đưa ra khỏi danh sách</a></p>' : ''}
    <label for="year">Năm</label>
    <input id="year" type="number" min="2000" max="2100" />
    <label for="indicator">Chỉ tiêu</label>
    <select id="indicator">${all.map((c) => `<option value="${c}" ${c === indicator ? 'selected' : ''}>${escape(names[c])}</option>`).join('')}</select>
    <table class="totals"><thead><tr><th>Chỉ tiêu</th><th>Năm ${year}</th><th>Cùng kỳ năm trước</th><th>Thay đổi</th></tr></thead><tbody>
      ${head.indicatorTable.map((r) => `<tr><td>${escape(names[r.indicator] ?? r.indicator)}</td><td class="number">${formatCovered(r.value, r.coverage)}</td>
        <td class="number">${formatCovered(r.previousYearValue, r.previousYearCoverage)}</td><td class="number">${formatChange(r.changeFromPreviousYear)}</td></tr>`).join('')}
    </tbody></table>
    ${head.indicatorTable.some((r) => r.coverage === 'DERIVED' || r.previousYearCoverage === 'DERIVED')
    ? '<p class="note">* Có phần số liệu trước 1/7/2025 được cộng từ các xã cũ nhập vào đơn vị này.</p>' : ''}
    <div class="chart" data-indicator="${indicator}" id="monthly-chart"></div>
    <p class="note" hidden></p>
    ${exportButtons(`unitCode=${key}&periods=${monthlyPeriods(year).join(',')}`, 'Tải số liệu theo tháng')}
    ${childLevel ? `
      <h2>Xếp hạng các ${childName} theo ${escape(names[indicator])}</h2>
      ${below.length > 1 ? `<label for="rank-level">Xếp hạng</label><select id="rank-level">${below.map(([l, n]) => `<option value="${l}" ${l === childLevel ? 'selected' : ''}>các ${n}</option>`).join('')}</select>` : ''}
      ${exportButtons(`unitCode=${key}&level=${childLevel}&indicators=${indicator}&periods=${year}`, 'Tải bảng xếp hạng')}
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
  await drawMonthly(view, key, year, [indicator]);
  if (childLevel) {
    const answer = await graphql('IndicatorTable', { unitCode: key, ...parseUnitKey(key), level: childLevel, indicators: [indicator], periods: [String(year)] });
    const rows = ranking(answer.indicatorTable);
    rankingChart(view.querySelector('#ranking-chart'), names[indicator], rows.map((r) => r.unitName), rows.map((r) => r.value));
    view.querySelector('#ranking tbody').innerHTML = rows.map((r, i) => `<tr><td>${i + 1}</td><td class="code">${escape(r.unitCode)}</td>
      <td><a href="#/unit/${escape(unitKey(r.unitCode, edition))}">${escape(r.unitName)}</a></td><td class="number">${formatNumber(r.value)}</td>
      <td class="number">${formatNumber(r.previousYearValue)}</td><td class="number">${formatChange(r.changeFromPreviousYear)}</td></tr>`).join('');
  }
}

/** Where a commune of one list of units went in, or came from in, the other: merged communes since 1 July 2025. */
function lineage(commune) {
  const links = (list, edition) => list.map((l) => `<a href="#/unit/${escape(unitKey(l.commune.code, edition))}">${escape(l.commune.fullName)}</a>`
    + `${l.commune.district ? ` (${escape(l.commune.district.fullName)})` : ''}${l.coverage === 'PARTIAL' ? ' — một phần' : ''}`).join(', ');
  if (commune?.predecessors?.length) {
    return `<p class="lineage">Hình thành ngày 1/7/2025 từ: ${links(commune.predecessors, THREE_LEVEL)}.</p>`;
  }

  return commune?.successors?.length ? `<p class="lineage">Từ 1/7/2025 thuộc: ${links(commune.successors, '2025')}.</p>` : '';
}

/** The steps a proposal goes through, its current one marked: who acts, and what they may do. */
function chainSteps(p) {
  const current = p.currentStep ? p.chain.findIndex((s) => s.role === p.currentStep.role) : -1;
  return `<ol class="chain">${p.chain.map((s, i) => `<li class="${i === current ? 'current' : i < current || current < 0 ? 'done' : ''}">`
    + `${escape(roleNames[s.role] ?? s.role)}: ${escape(s.actions.map((a) => actionVerbs[a] ?? a).join(', '))}${i === current ? ' ← đang chờ' : ''}</li>`).join('')}</ol>`;
}

/** Whether the caller may decide on the proposal now: its current step is theirs. */
const awaitsViewer = (p) => p.viewerActions.some((a) => a in decisionActions);

/** The mutation (operation of the persisted DecideRemovalProposal document) of each decision. */
const operations = {
  ENDORSE: 'EndorseRemovalProposal', APPROVE: 'ApproveRemovalProposal', REJECT: 'RejectRemovalProposal', RETURN: 'ReturnRemovalProposal',
};

function proposalCard(p) {
  const snapshot = p.snapshot;
  const last = p.history.at(-1);
  const proposer = p.chain[0]?.role === 'Commune.Committee' ? 'xã' : 'huyện';
  const actions = Object.keys(decisionActions).filter((a) => p.viewerActions.includes(a));
  return `<article class="proposal" data-commune="${escape(p.communeCode)}" data-id="${escape(p.id)}">
    <h2>${escape(p.commune.fullName)} <small>${escape(p.commune.district?.fullName ?? p.commune.province?.fullName ?? '')} · năm ${p.year}</small></h2>
    <p>Trạng thái: <strong class="proposal-status">${escape(proposalStatusText(p))}</strong>
      ${p.decisionDate ? ` · ngày quyết định ${formatDate(p.decisionDate)}` : ''}
      ${last?.reason ? ` · lý do: ${escape(last.reason)}` : ''}</p>
    ${chainSteps(p)}
    <details ${awaitsViewer(p) ? 'open' : ''}>
      <summary>Hồ sơ đề xuất</summary>
      <h3>Hội nghị tổng kết ngày ${formatDate(p.conference.date)}</h3>
      <p>Chủ trì: ${escape(p.conference.chair)} · ${formatNumber(p.conference.attendance)} người dự</p>
      <p>${escape(p.conference.summary)}</p>
      <h3>Đánh giá của Ban Chỉ đạo ${proposer}</h3>
      <p class="assessment">${escape(p.assessment)}</p>
      <h3>Số liệu chốt kỳ ${escape(snapshot.period)} (lúc ${formatDateTime(snapshot.takenAt)})</h3>
      <table><thead><tr><th>Chỉ tiêu</th><th>Giá trị</th><th>Cùng kỳ năm trước</th><th>Thay đổi</th></tr></thead><tbody>
        ${snapshot.indicators.map((v) => `<tr><td>${escape(names[v.indicator] ?? v.indicator)}</td><td class="number">${formatNumber(v.value)}</td>
          <td class="number">${formatNumber(v.previousYearValue)}</td><td class="number">${formatChange(v.changeFromPreviousYear)}</td></tr>`).join('')}
      </tbody></table>
      <h3>Tiêu chí (${snapshot.allCriteriaMet ? 'đạt tất cả' : 'có tiêu chí chưa đạt'})</h3>
      <div class="reasoning">${criteriaList(snapshot)}</div>
      <h3>Tài liệu</h3>
      <ul>${p.evidence.map((e) => `<li>${escape(documentTitle(e))}: <button class="link" data-evidence="${escape(e.sha256)}" data-name="${escape(e.fileName)}">${escape(e.fileName)}</button> (${formatNumber(e.sizeBytes)} byte)</li>`).join('') || '<li>Không có</li>'}</ul>
    </details>
    ${actions.length ? `
      <div class="decision">
        <label for="reason-${escape(p.id)}">Lý do (bắt buộc khi không phê duyệt hoặc trả lại)</label>
        <textarea id="reason-${escape(p.id)}" rows="2"></textarea>
        ${actions.map((a) => `<button data-action="${operations[a]}">${escape(decisionActions[a])}</button>`).join('')}
        <p class="error" role="alert"></p>
      </div>` : ''}
  </article>`;
}

async function review(view) {
  if (!isReviewer()) {
    view.innerHTML = '<p class="error">Chỉ Ban Chỉ đạo tỉnh và Công an tỉnh xét duyệt đề xuất.</p>';
    return;
  }

  const load = async () => {
    const data = await graphql('ProposalsForReview', { provinceCode: viewer.provinceCode });
    const items = data.removalProposals.items;
    const waiting = items.filter(awaitsViewer);
    view.querySelector('#proposals').innerHTML = `
      <p><span id="waiting-count">${waiting.length}</span> đề xuất chờ bạn xử lý; ${items.length - waiting.length} đề xuất khác.</p>
      ${[...waiting, ...items.filter((p) => !awaitsViewer(p))].map(proposalCard).join('')}`;
    // A group's members and the attested facts, read proposal by proposal: the list cannot afford them for a hundred.
    await Promise.all(items.filter((p) => hasMoreReasoning(p.snapshot)).map(async (p) => {
      const { snapshot } = (await graphql('ProposalReasoning', { id: p.id })).node;
      const reasoning = view.querySelector(`.proposal[data-id="${CSS.escape(p.id)}"] .reasoning`);
      if (reasoning) {
        reasoning.innerHTML = criteriaList(snapshot) + attestationList(snapshot);
      }
    }));
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
  if (!view.isConnected) {
    return;
  }

  stopLive = subscribe('RemovalProposalChanged', { provinceCode: viewer.provinceCode }, async (data) => {
    view.querySelector('#live').textContent = `Cập nhật lúc ${formatDateTime(new Date().toISOString())}: ${data.removalProposalChanged.communeCode} — ${proposalStatusText(data.removalProposalChanged)}`;
    await load();
  }, () => {
    view.querySelector('#live').textContent = 'Mất kết nối cập nhật tức thời: tải lại trang.';
  });
  view.querySelector('#live').textContent = 'Cập nhật tức thời đang bật.';
}

async function route() {
  stopLive();
  stopLive = () => {};
  // A fresh element for each page: one still loading when the person moves on writes into its own, detached element.
  const view = document.createElement('main');
  view.id = 'view';
  document.querySelector('#view').replaceWith(view);
  const { page, code, month, track, year, paper } = routeOf(window.location.hash);
  document.body.classList.toggle('printing', page === 'print');
  try {
    if (page === 'unit') {
      await unitPage(view, code);
    } else if (page === 'report') {
      if (!month) {
        window.location.hash = reportRoute(code);
        return;
      }

      await reportPage(view, code, month, { viewer, definitions });
    } else if (page === 'import') {
      importPage(view, { viewer, definitions });
    } else if (page === 'review') {
      await review(view);
    } else if (page === 'reporting') {
      if (!code || !month) {
        window.location.hash = reportingRoute(code ?? homeUnit(), String(new Date().getFullYear()));
        return;
      }

      await reportingPage(view, code, month, { viewer, onStop: (stop) => { stopLive = stop; } });
    } else if (page === 'proposals') {
      await proposalsPage(view, yearOf() ?? new Date().getFullYear(), { viewer, yearInput });
    } else if (page === 'propose') {
      await proposePage(view, { track, year, communeCode: code }, { viewer });
    } else if (page === 'print' && paper === 'proposal') {
      await printProposal(view, code, { names });
    } else if (page === 'print') {
      await printReport(view, code, month, { definitions });
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
      currentEditions = Object.fromEntries(data.provinces.map((p) => [p.code, p.edition]));
      definitions = data.indicatorDefinitions;
      names = Object.fromEntries(definitions.map((d) => [d.code, d.name]));
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
