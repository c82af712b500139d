// The programme of a year as the province runs it: each track's list with its decider, the communes with their types and
// status, the year-end decision that closed it, the programme's targets, and the communes under monitoring after removal.
// A committee closes a year with one decision and designates again a commune whose figures breached the criteria.
// A monitored commune's criteria read as a proposal's do; a group's members are not asked (nested lists cost too much).
import { criteriaList } from './criteria.js';
import { designationText, escape, formatDate } from './format.js';

export const tracks = ['socialOrder', 'securityKeyArea', 'drugs'];

const designationKinds = { SOCIAL_ORDER: 'Loại 1 (trật tự xã hội)', ECONOMIC: 'Loại 2 (kinh tế)', ENVIRONMENT: 'Loại 3 (môi trường)', DRUGS: 'Loại 4 (ma túy)' };
const deciders = { PROVINCE: 'UBND tỉnh quyết định', MINISTRY: 'Bộ Công an quyết định' };
const trackKinds = { SOCIAL_ORDER: 'SOCIAL_ORDER', SECURITY_KEY_AREA: 'SOCIAL_ORDER', DRUGS: 'DRUGS' };

/** A designation's types as people say them: "Loại 1 (trật tự xã hội), Loại 4 (ma túy)". */
export function typesText(types) {
  return (types ?? []).map((t) => designationKinds[t] ?? t).join(', ');
}

/** A share against its goal: "50% (mục tiêu ≥ 60%, chưa đạt)"; a dash when nothing to divide. */
export function shareText(share, goal, met) {
  if (share === null || share === undefined) {
    return `— (mục tiêu ≥ ${Math.round(goal * 100)}%)`;
  }

  return `${Math.round(share * 1000) / 10}% (mục tiêu ≥ ${Math.round(goal * 100)}%, ${met ? 'đạt' : 'chưa đạt'})`;
}

/** A monitored commune's state in words. */
export function monitoringText(m) {
  if (m.designatedAgain) {
    return 'Đã chỉ định lại';
  }

  if (m.breached) {
    return m.active ? 'Vi phạm tiêu chí trong thời gian theo dõi' : 'Đã vi phạm tiêu chí trong thời gian theo dõi (đã hết hạn theo dõi)';
  }

  return m.active ? 'Đang theo dõi, chưa vi phạm' : 'Hết thời gian theo dõi, không vi phạm';
}

/** The communes a committee still has to decide on in the year-end decision: those neither removed nor decided. */
export function openDesignations(plan) {
  return plan.designations.filter((d) => d.status === 'DESIGNATED' || d.status === 'PROPOSED');
}

/**
 * The input of issueYearEndDecision from the committee's form: each open commune removed or continuing, new communes as
 * codes separated by commas or spaces, each of the track's usual type.
 */
export function yearEndDecisionInput(provinceCode, plan, form) {
  const removed = [];
  const continuing = [];
  for (const d of openDesignations(plan)) {
    (form.outcomes[d.communeCode] === 'removed' ? removed : continuing).push(d.communeCode);
  }

  const newlyDesignated = form.newCommunes.split(/[\s,;]+/).filter(Boolean)
    .map((communeCode) => ({ communeCode, types: [trackKinds[plan.track] ?? 'SOCIAL_ORDER'] }));
  return {
    provinceCode, year: plan.year, track: plan.track, decisionNumber: form.decisionNumber.trim(), decisionDate: form.decisionDate,
    signer: form.signer.trim(), removed, continuing, newlyDesignated, clientMutationId: form.clientMutationId,
  };
}

function decisionForm(plan) {
  const open = openDesignations(plan);
  return `
    <form class="year-end" data-track="${escape(plan.track)}">
      <h4>Quyết định tổng kết năm ${plan.year}</h4>
      <label>Số quyết định <input name="decisionNumber" required placeholder="05/QĐ-UBND" /></label>
      <label>Ngày ký <input name="decisionDate" type="date" required /></label>
      <label>Người ký <input name="signer" required placeholder="Phó Chủ tịch UBND tỉnh" /></label>
      <table><thead><tr><th>Xã</th><th>Kết quả</th></tr></thead><tbody>${open.map((d) => `
        <tr><td>${escape(d.commune?.name ?? d.communeCode)}</td><td>
          <select name="outcome" data-commune="${escape(d.communeCode)}" aria-label="Kết quả của ${escape(d.commune?.name ?? d.communeCode)}">
            <option value="continuing">Tiếp tục chuyển hóa</option>
            <option value="removed"${d.status === 'PROPOSED' ? ' selected' : ''}>Đưa ra khỏi diện</option>
          </select></td></tr>`).join('')}</tbody></table>
      <label>Xã chỉ định mới (mã xã, cách nhau bởi dấu phẩy) <input name="newCommunes" /></label>
      <button type="submit">Ban hành quyết định</button>
      <p class="error" role="alert"></p>
    </form>`;
}

/** The communes a plan removed and now monitors, each with its criteria; a committee may designate again one that breached them. */
function monitoringList(plan, canDecide) {
  const names = Object.fromEntries(plan.designations.map((d) => [d.communeCode, d.commune?.name ?? d.communeCode]));
  return `<ul class="monitoring">${plan.monitoring.map((m) => `
    <li data-commune="${escape(m.communeCode)}" data-year="${plan.year}" class="${m.breached && !m.designatedAgain ? 'breached' : ''}">
      <strong>${escape(names[m.communeCode] ?? m.communeCode)}</strong> (ra khỏi diện năm ${plan.year}): ${escape(monitoringText(m))}
      (${formatDate(m.from)} – ${formatDate(m.until)}; ${m.monthsReported.length} tháng có số liệu)
      ${criteriaList(m)}
      ${canDecide && m.breached && m.active && !m.designatedAgain ? `
      <form class="designate-again" data-commune="${escape(m.communeCode)}" data-year="${plan.year}" data-track="${escape(plan.track)}">
        <label>Lý do chỉ định lại <input name="reason" required /></label>
        <button type="submit">Chỉ định lại</button><span class="error" role="alert"></span>
      </form>` : ''}
    </li>`).join('')}</ul>`;
}

function monitoringBlock(plans, canDecide) {
  const monitored = plans.filter((p) => p?.monitoring.length);
  return monitored.length ? `<h4>Theo dõi sau khi đưa ra khỏi diện</h4>${monitored.map((p) => monitoringList(p, canDecide)).join('')}` : '';
}

/**
 * One track's plan of the year, and the communes the track's plan of the year before still monitors;
 * <paramref name="canDecide"/> offers the committee's forms.
 */
export function trackCard(plan, previous, { canDecide }) {
  if (!plan) {
    return `
      <article class="track" data-track="${escape(previous.track)}">
        <h3>${escape(previous.trackName)}</h3>
        <p>Năm này chưa có danh sách.</p>
        ${monitoringBlock([previous], canDecide)}
      </article>`;
  }

  const decision = plan.yearEndDecision;
  const targets = plan.programmeTargets;
  return `
    <article class="track" data-track="${escape(plan.track)}">
      <h3>${escape(plan.trackName)} <small>(${escape(deciders[plan.decider] ?? plan.decider)})</small></h3>
      <p>Quyết định số <strong>${escape(plan.decisionNumber)}</strong> ngày ${formatDate(plan.decisionDate)} của ${escape(plan.issuedBy)}${plan.draftedFrom
        ? `; lập từ quyết định tổng kết số ${escape(plan.draftedFrom)}` : ''}. Theo dõi ${plan.monitoringMonths} tháng sau khi đưa ra khỏi diện.</p>
      <table class="track-designations"><thead><tr><th>Xã</th><th>Loại</th><th>Tình trạng</th></tr></thead><tbody>${plan.designations.map((d) => `
        <tr data-commune="${escape(d.communeCode)}"><td>${escape(d.commune?.name ?? d.communeCode)}</td><td>${escape(typesText(d.types))}</td>
          <td>${escape(designationText(d))}${d.removedFrom ? ` từ ${formatDate(d.removedFrom)}` : ''}${d.relapsedOn
            ? '; tái phức tạp, đã chỉ định lại' : ''}${d.designatedAgainFrom ? ` (chỉ định lại, đã ra khỏi diện năm ${d.designatedAgainFrom})` : ''}</td></tr>`).join('')}</tbody></table>
      <p class="targets">Tỉ lệ chuyển hóa: <strong>${shareText(targets.convertedShare, targets.conversionGoal, targets.conversionGoalMet)}</strong>
        (${targets.converted}/${targets.designated} xã). Không tái phức tạp: <strong>${shareText(targets.nonRelapseShare, targets.nonRelapseGoal, targets.nonRelapseGoalMet)}</strong>.</p>
      ${decision ? `<p class="year-end-decision">Đã tổng kết năm theo Quyết định số <strong>${escape(decision.decisionNumber)}</strong> ngày ${formatDate(decision.decisionDate)}
        (${escape(decision.signer)}): đưa ra khỏi diện ${decision.removed.length}, tiếp tục ${decision.continuing.length}, chỉ định mới ${decision.newlyDesignated.length}${decision.nextPlanYear
          ? `; kế hoạch năm ${decision.nextPlanYear} đã được lập` : ''}${decision.applied ? '' : ' (đang áp dụng)'}.</p>` : canDecide && openDesignations(plan).length ? decisionForm(plan) : ''}
      ${monitoringBlock([previous, plan], canDecide)}
    </article>`;
}

const previousOf = (track) => `previous${track[0].toUpperCase()}${track.slice(1)}`;

/** The section: every track with a plan this year or communes still monitored from last year's; a sentence when there is none. */
export function programmeSection(answer, { canDecide }) {
  const cards = tracks
    .filter((t) => answer[t] || answer[previousOf(t)]?.monitoring.length)
    .map((t) => trackCard(answer[t], answer[previousOf(t)], { canDecide }));
  return cards.length ? cards.join('') : '<p>Năm này chưa có danh sách nào.</p>';
}
