// A proposal's frozen criteria as the reviewer reads them: each result with its reason, a group's members under it, and
// the facts the proposer attested, in the words of the plan. The review's list reads each proposal's criteria without
// them (the list would cost too much to ask with them); a proposal whose criteria have them is read again alone.
import { escape } from './format.js';

/** Whether a snapshot read by the list has reasoning the list left out: a group's members, or attested facts. */
export function hasMoreReasoning(snapshot) {
  return snapshot.criteria.some((c) => c.kind === 'AT_LEAST_OF' || c.kind === 'ATTESTED');
}

function criterionItem(c) {
  const members = c.members?.length ? `<ul class="members">${c.members.map(criterionItem).join('')}</ul>` : '';
  return `<li class="${c.met ? 'met' : 'not-met'}">${c.met ? '✔ Đạt' : '✘ Không đạt'}: ${escape(c.description)} — ${escape(c.explanation)}${members}</li>`;
}

/** The snapshot's criteria as a list; the members of a group are listed under it. */
export function criteriaList(snapshot) {
  return `<ul class="criteria">${snapshot.criteria.map(criterionItem).join('')}</ul>`;
}

/** The facts the proposer attested, each with the statement its plan's criterion (or group member) gives it; empty when none. */
export function attestationList(snapshot) {
  const statements = Object.fromEntries(snapshot.criteria.flatMap((c) => [c, ...(c.members ?? [])]).filter((c) => c.fact).map((c) => [c.fact, c.statement]));
  return snapshot.attestations?.length ? `<h3>Bên đề xuất xác nhận</h3><ul class="attestations">${snapshot.attestations.map((a) => `<li>${a.holds ? 'Xác nhận đúng' : 'Xác nhận không đúng'}: `
    + `${escape(statements[a.fact] ?? a.fact)}${a.note ? ` (${escape(a.note)})` : ''}</li>`).join('')}</ul>` : '';
}
