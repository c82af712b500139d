// The proposing committee's screens: the designated communes it proposes for (#/proposals), and one commune's proposal
// (#/propose/<track>/<year>/<commune>): the form (conference, assessment, attestations, typed evidence within the server's
// limits), the criteria evaluated on the current figures before sending, then the proposal's state, the province's reason
// when it is returned, resubmission and withdrawal. Its rules are in proposal-form.js.
import { download, graphql } from './api.js';
import { attestationList, criteriaList } from './criteria.js';
import { actionVerbs, designationText, documentTitle, escape, formatDate, formatDateTime, formatNumber, proposalStatusText, roleNames } from './format.js';
import { editionOfPlanYear } from './indicators.js';
import {
  ACCEPT, attestedFacts, canPropose, checkConference, checkEvidence, DOCUMENT_TYPES, formMode, limitsText, proposalErrorField, proposalInput, proposerRole,
  requiredDocuments, returnReason, toBase64,
} from './proposal-form.js';

/** The lists a year's plans may have, in the order the page shows them. */
const TRACKS = ['SOCIAL_ORDER', 'DRUGS', 'SECURITY_KEY_AREA'];

export const proposeRoute = (track, year, communeCode) => `#/propose/${track}/${year}/${communeCode}`;

async function work(viewer, year, track) {
  return graphql('ProposalWork', { provinceCode: viewer.provinceCode, edition: editionOfPlanYear(year), year, track });
}

/** The designated communes of the year's plans that the caller proposes for, with where each proposal stands. */
export async function proposalsPage(view, year, { viewer, yearInput }) {
  view.innerHTML = '<p>Đang tải…</p>';
  const answers = await Promise.all(TRACKS.map((track) => work(viewer, year, track)));
  const rows = answers.flatMap(({ conversionPlan: plan, province }) => (plan?.designations ?? [])
    .filter((d) => canPropose(viewer, d, proposerRole(d, province?.approvalChain)))
    .map((d) => ({ plan, d })));
  view.innerHTML = `
    <h1>Đề xuất đưa ra khỏi danh sách — năm ${year}</h1>
    <label for="year">Năm kế hoạch</label>
    <input id="year" type="number" min="2000" max="2100" />
    ${rows.length ? `<table id="proposable" class="stack">
      <thead><tr><th>Xã</th><th>Danh sách</th><th>Tình trạng</th><th>Đề xuất</th></tr></thead>
      <tbody>${rows.map(({ plan, d }) => `<tr data-commune="${escape(d.communeCode)}" data-track="${escape(plan.track)}">
        <td><a href="${escape(proposeRoute(plan.track, year, d.communeCode))}">${escape(d.commune.fullName)}</a></td>
        <td>${escape(plan.trackName)} (Quyết định số ${escape(plan.decisionNumber)})</td>
        <td>${escape(designationText(d))}</td>
        <td class="proposal-status">${d.proposal ? escape(proposalStatusText(d.proposal)) : 'Chưa đề xuất'}</td></tr>`).join('')}</tbody>
    </table>` : `<p>Năm ${year} không có xã nào bạn đề xuất được: chỉ Ban Chỉ đạo của xã (từ 1/7/2025) hoặc của huyện (trước đó) đề xuất cho xã thuộc kế hoạch.</p>`}`;
  yearInput(view, year);
}

function proposalState(p) {
  const returned = returnReason(p);
  return `<section class="proposal-state" data-id="${escape(p.id)}">
    <h2>Đề xuất đã gửi</h2>
    <p>Trạng thái: <strong class="proposal-status">${escape(proposalStatusText(p))}</strong></p>
    ${returned ? `<div class="returned" role="alert"><strong>Lý do trả lại</strong> (${escape(returned.by)}, ${formatDateTime(returned.at)}):
      <p class="return-reason">${escape(returned.reason)}</p><p>Sửa hồ sơ dưới đây và gửi lại.</p></div>` : ''}
    <ol class="chain">${p.chain.map((s) => `<li>${escape(roleNames[s.role] ?? s.role)}: ${escape(s.actions.map((a) => actionVerbs[a] ?? a).join(', '))}</li>`).join('')}</ol>
    <p>Hội nghị ngày ${formatDate(p.conference.date)}, chủ trì ${escape(p.conference.chair)}, ${formatNumber(p.conference.attendance)} người dự.</p>
    <ul class="evidence">${p.evidence.map((e) => `<li>${escape(documentTitle(e))}: <button type="button" class="link" data-evidence="${escape(e.sha256)}"
      data-name="${escape(e.fileName)}">${escape(e.fileName)}</button> <span class="sha">SHA-256 ${escape(e.sha256)}</span></li>`).join('')}</ul>
    <h3>Lịch sử</h3>
    <ol class="history">${p.history.map((e) => `<li>${formatDateTime(e.at)} · ${escape(e.actorName)} ${escape(actionVerbs[e.action] ?? e.action)}${e.reason ? `: ${escape(e.reason)}` : ''}</li>`).join('')}</ol>
    <p class="actions"><a class="print-link" href="#/print/proposal/${encodeURIComponent(p.id)}">In hồ sơ đề xuất</a></p>
    ${p.viewerActions.includes('WITHDRAW') ? `<div class="withdraw">
      <label for="withdraw-reason">Lý do rút đề xuất</label>
      <textarea id="withdraw-reason" rows="2"></textarea>
      <button type="button" id="withdraw">Rút đề xuất</button>
      <p class="error" id="error-withdraw" role="alert"></p></div>` : ''}
  </section>`;
}

function documentRow(index, docType) {
  return `<fieldset class="document" data-index="${index}">
    <legend>Tài liệu ${index + 1}</legend>
    <label for="file-${index}">Tệp</label>
    <input id="file-${index}" name="file" type="file" accept="${ACCEPT}" aria-describedby="error-evidence[${index}]" />
    <label for="type-${index}">Loại tài liệu</label>
    <select id="type-${index}" name="docType">${Object.entries(DOCUMENT_TYPES).map(([value, t]) =>
      `<option value="${value}" ${value === docType ? 'selected' : ''}>${escape(t.name)}</option>`).join('')}</select>
    <label for="number-${index}">Số, ký hiệu</label>
    <input id="number-${index}" name="number" autocomplete="off" placeholder="${escape(DOCUMENT_TYPES[docType]?.example ?? '')}" />
    <label for="date-${index}">Ngày văn bản</label>
    <input id="date-${index}" name="date" type="date" />
    <p class="error field-error" id="error-evidence[${index}]" role="alert"></p>
  </fieldset>`;
}

function formHtml(mode, p, facts, required, limits) {
  const c = p?.conference;
  return `<form id="proposal-form" class="proposal-form" novalidate>
    <h2>${mode === 'resubmit' ? 'Gửi lại đề xuất' : 'Lập đề xuất'}</h2>
    <fieldset><legend>Hội nghị tổng kết</legend>
      <label for="conferenceDate">Ngày hội nghị</label>
      <input id="conferenceDate" name="conferenceDate" type="date" value="${escape(c?.date ?? '')}" />
      <p class="error field-error" id="error-conferenceDate" role="alert"></p>
      <label for="chair">Chủ trì (họ tên, chức vụ)</label>
      <input id="chair" name="chair" value="${escape(c?.chair ?? '')}" />
      <p class="error field-error" id="error-chair" role="alert"></p>
      <label for="attendance">Số người dự</label>
      <input id="attendance" name="attendance" inputmode="numeric" value="${escape(c ? String(c.attendance) : '')}" />
      <p class="error field-error" id="error-attendance" role="alert"></p>
      <label for="summary">Tóm tắt hội nghị</label>
      <textarea id="summary" name="summary" rows="3">${escape(c?.summary ?? '')}</textarea>
    </fieldset>
    <label for="assessment">Đánh giá của Ban Chỉ đạo</label>
    <textarea id="assessment" name="assessment" rows="4">${escape(p?.assessment ?? '')}</textarea>
    <p class="error field-error" id="error-assessment" role="alert"></p>
    ${facts.length ? `<fieldset class="attestations"><legend>Xác nhận các sự việc tiêu chí yêu cầu</legend>
      ${facts.map((f) => `<div class="attestation" data-fact="${escape(f.fact)}">
        <label><input type="checkbox" name="holds" /> ${escape(f.statement)}</label>
        <label for="note-${escape(f.fact)}">Căn cứ xác nhận</label>
        <input id="note-${escape(f.fact)}" name="note" /></div>`).join('')}
      <p class="error field-error" id="error-attestations" role="alert"></p></fieldset>` : ''}
    <fieldset class="evidence-files"><legend>Tài liệu kèm theo</legend>
      <p class="limits">${escape(limitsText(limits))} Bắt buộc: ${escape(required.map((t) => DOCUMENT_TYPES[t]?.name ?? t).join(', ') || 'không')}.</p>
      <div class="documents">${(required.length ? required : ['PROPOSAL_LETTER']).map((t, i) => documentRow(i, t)).join('')}</div>
      <button type="button" id="add-document">Thêm tài liệu</button>
      <p class="error field-error" id="error-evidence" role="alert"></p>
    </fieldset>
    <section class="preview">
      <h2>Tiêu chí trên số liệu hiện có</h2>
      <p>Chạy thử: tiêu chí của kế hoạch đánh giá trên số liệu hiện có của xã và các xác nhận ở trên, như khi số liệu được chốt lúc gửi.</p>
      <button type="button" id="preview">Xem kết quả tiêu chí</button>
      <div id="preview-result" aria-live="polite"></div>
    </section>
    <p class="error" id="error-form" role="alert"></p>
    <button type="submit">${mode === 'resubmit' ? 'Gửi lại đề xuất' : 'Gửi đề xuất'}</button>
  </form>`;
}

/** One designated commune's proposal: its state, and the form when the caller may (re)submit now. */
export async function proposePage(view, { track, year, communeCode }, { viewer, notice = '' }) {
  view.innerHTML = '<p>Đang tải…</p>';
  const data = await work(viewer, year, track);
  const plan = data.conversionPlan;
  const d = plan?.designations.find((x) => x.communeCode === communeCode);
  const chain = data.province?.approvalChain;
  if (!d || !canPropose(viewer, d, proposerRole(d, chain))) {
    view.innerHTML = `<p class="error" role="alert">Không có xã mã ${escape(communeCode)} trong kế hoạch năm ${year} mà bạn đề xuất được.</p>
      <p><a href="#/proposals">← Danh sách xã</a></p>`;
    return;
  }

  const p = d.proposal;
  const mode = formMode(d, plan);
  const facts = attestedFacts(plan.removalCriteria);
  const required = requiredDocuments(d, chain);
  view.innerHTML = `
    <nav class="crumbs"><a href="#/proposals">← Đề xuất đưa ra khỏi danh sách</a></nav>
    <h1>${escape(d.commune.fullName)} <small>${escape(plan.trackName)}, năm ${year}</small></h1>
    <p class="plan">Kế hoạch theo Quyết định số ${escape(plan.decisionNumber)} ngày ${formatDate(plan.decisionDate)} · ${escape(designationText(d))}</p>
    <p class="notice" role="status">${escape(notice)}</p>
    ${p ? proposalState(p) : ''}
    ${mode ? formHtml(mode, mode === 'resubmit' ? p : null, facts, required, data.evidenceLimits)
    : `<p class="note">${plan.yearEndDecision ? `Năm ${year} đã tổng kết (Quyết định số ${escape(plan.yearEndDecision.decisionNumber)}): không nhận thêm đề xuất.` : 'Đề xuất đang được xem xét hoặc đã có kết quả.'}</p>`}`;

  const reload = (message) => proposePage(view, { track, year, communeCode }, { viewer, notice: message });
  view.querySelector('.proposal-state')?.addEventListener('click', (event) => {
    const button = event.target.closest('button[data-evidence]');
    if (button) {
      download(`api/removal-proposals/${encodeURIComponent(p.id)}/evidence/${button.dataset.evidence}`, button.dataset.name).catch((e) => alert(e.message));
    }
  });
  view.querySelector('#withdraw')?.addEventListener('click', async (event) => {
    event.target.disabled = true;
    const error = view.querySelector('#error-withdraw');
    try {
      const reason = view.querySelector('#withdraw-reason').value.trim() || null;
      const answer = (await graphql('WithdrawRemovalProposal', { input: { proposalId: p.id, reason, clientMutationId: crypto.randomUUID() } })).withdrawRemovalProposal;
      if (answer.errors.length) {
        error.textContent = answer.errors.map((e) => e.message).join(' ');
        event.target.disabled = false;
        return;
      }

      await reload('Đã rút đề xuất.');
    } catch (e) {
      error.textContent = e.message;
      event.target.disabled = false;
    }
  });
  if (mode) {
    wireForm(view, { plan, d, mode, required, limits: data.evidenceLimits, viewer, track, year, reload });
  }
}

function wireForm(view, { plan, d, mode, required, limits, viewer, track, year, reload }) {
  const form = view.querySelector('#proposal-form');
  // A row with no file is left out; each document keeps its row, where its errors are shown.
  const documents = () => [...form.querySelectorAll('.document')].map((row, index) => {
    const file = row.querySelector('input[type="file"]').files[0];
    return {
      row: index, file, name: file?.name ?? '', size: file?.size ?? 0, type: file?.type ?? '', docType: row.querySelector('select').value,
      number: row.querySelector('[name="number"]').value, date: row.querySelector('[name="date"]').value,
    };
  }).filter((doc) => doc.file);
  const attestations = () => [...form.querySelectorAll('.attestation')].map((row) => ({
    fact: row.dataset.fact, holds: row.querySelector('[name="holds"]').checked, note: row.querySelector('[name="note"]').value,
  }));
  const fields = () => Object.fromEntries(['conferenceDate', 'chair', 'attendance', 'summary', 'assessment'].map((f) => [f, form.elements[f].value]));
  const showErrors = (errors) => {
    form.querySelectorAll('.error').forEach((e) => { e.textContent = ''; });
    form.querySelectorAll('[aria-invalid]').forEach((e) => e.removeAttribute('aria-invalid'));
    for (const [field, message] of Object.entries(errors)) {
      const target = form.querySelector(`#error-${CSS.escape(field)}`) ?? form.querySelector('#error-form');
      target.textContent = target.textContent ? `${target.textContent} ${message}` : message;
      (form.elements[field] ?? target.closest('fieldset')?.querySelector('input'))?.setAttribute('aria-invalid', 'true');
    }
  };
  // Errors name a document by its place among those sent; the form shows them on its row.
  const onRows = (errors, docs) => Object.fromEntries(Object.entries(errors).map(([field, message]) => {
    const index = /^evidence\[(\d+)\]$/.exec(field);
    return [index && docs[index[1]] ? `evidence[${docs[index[1]].row}]` : field, message];
  }));
  const check = () => {
    const docs = documents();
    return { docs, errors: { ...checkConference(fields(), plan.decisionDate), ...onRows(checkEvidence(docs, limits, required), docs) } };
  };

  form.querySelector('#add-document').addEventListener('click', () => {
    const list = form.querySelector('.documents');
    list.insertAdjacentHTML('beforeend', documentRow(list.children.length, 'REPORT'));
  });
  form.querySelector('#preview').addEventListener('click', async () => {
    const result = form.querySelector('#preview-result');
    result.innerHTML = '<p>Đang tính…</p>';
    try {
      const { removalCriteriaPreview: snapshot } = await graphql('RemovalCriteriaPreview', {
        provinceCode: viewer.provinceCode, year, communeCode: d.communeCode, track,
        attestations: attestations().map((a) => ({ fact: a.fact, holds: a.holds, note: a.note.trim() || null })),
      });
      result.innerHTML = snapshot ? `<p class="preview-summary"><strong>${snapshot.allCriteriaMet ? '✔ Đạt tất cả tiêu chí' : '✘ Có tiêu chí chưa đạt'}</strong>
        trên số liệu năm ${escape(snapshot.period)} đến ${formatDateTime(snapshot.takenAt)}.</p>${criteriaList(snapshot)}${attestationList(snapshot)}`
        : '<p class="error">Không đánh giá được tiêu chí cho xã này.</p>';
    } catch (e) {
      result.innerHTML = `<p class="error" role="alert">${escape(e.message)}</p>`;
    }
  });

  let attempted = false;
  form.addEventListener('input', () => {
    if (attempted) {
      showErrors(check().errors);
    }
  });
  form.addEventListener('change', () => {
    if (attempted) {
      showErrors(check().errors);
    }
  });
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    attempted = true;
    const { docs, errors } = check();
    showErrors(errors);
    if (Object.keys(errors).length) {
      form.querySelector('[aria-invalid="true"]')?.focus();
      return;
    }

    const button = form.querySelector('button[type="submit"]');
    button.disabled = true;
    try {
      const withContent = await Promise.all(docs.map(async (doc) => ({ ...doc, contentBase64: toBase64(new Uint8Array(await doc.file.arrayBuffer())) })));
      const answer = (await graphql('SubmitRemovalProposal', {
        input: proposalInput({
          communeCode: d.communeCode, year, track, form: fields(), documents: withContent, attestations: attestations(), clientMutationId: crypto.randomUUID(),
        }),
      })).submitRemovalProposal;
      if (answer.errors.length) {
        showErrors(onRows(answer.errors.reduce((byField, e) => {
          const field = proposalErrorField(e.field);
          byField[field] = byField[field] ? `${byField[field]} ${e.message}` : e.message;
          return byField;
        }, {}), docs));
        button.disabled = false;
        return;
      }

      await reload(mode === 'resubmit' ? 'Đã gửi lại đề xuất.' : 'Đã gửi đề xuất.');
    } catch (e) {
      showErrors({ form: e.message });
      button.disabled = false;
    }
  });
}
