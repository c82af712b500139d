// The removal proposal's rules, apart from the page: who proposes, when a designated commune may be proposed (again),
// the checks made before anything is sent (the same as the API's ReviewConference and EvidenceDocument, and the server's
// limits it states), the mutation's input, and the lines of the Vietnamese administrative header the printed papers carry.
import { formatNumber } from './format.js';

/** The files a proposal takes, by media type, as the page names them; the picker offers these and nothing else. */
export const ACCEPTED_TYPES = {
  'application/pdf': 'PDF',
  'image/jpeg': 'ảnh JPEG',
  'image/png': 'ảnh PNG',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'Word (DOCX)',
};

const EXTENSIONS = { pdf: 'application/pdf', jpg: 'image/jpeg', jpeg: 'image/jpeg', png: 'image/png', docx: Object.keys(ACCEPTED_TYPES)[3] };

/** The picker's accept attribute. */
export const ACCEPT = '.pdf,.jpg,.jpeg,.png,.docx';

/** Room the request takes besides the files' base64 (the form's text, the JSON around it). */
export const REQUEST_OVERHEAD_BYTES = 64 * 1024;

/** The document types as the API names them, as people read them, and whether each must carry its number (DocumentTypes). */
export const DOCUMENT_TYPES = {
  PROPOSAL_LETTER: { name: 'Tờ trình', numbered: true, example: '12/TTr-UBND' },
  CONFERENCE_MINUTES: { name: 'Biên bản hội nghị', numbered: false, example: '05/BB-BCĐ' },
  REPORT: { name: 'Báo cáo', numbered: false, example: '123/BC-UBND' },
  SELF_ASSESSMENT: { name: 'Biên bản tự chấm điểm', numbered: false, example: '05/BB-BCĐ' },
  DECISION: { name: 'Quyết định', numbered: true, example: '314/QĐ-UBND' },
};

/** The shape of a document number, as the API checks it (ConversionPlanRules.DecisionNumberShape). */
const NUMBER_SHAPE = /^\d+\/(?:\d{4}\/)?[\p{L}\d]+(?:-[\p{L}\d]+)*$/u;

/** A file's media type: the browser's, or by its extension when the browser gives none. */
export function contentTypeOf({ name, type }) {
  return type || EXTENSIONS[String(name).split('.').pop().toLowerCase()] || '';
}

/** A size in bytes as people read it: 20 MB, 350 KB. */
export function sizeText(bytes) {
  return bytes >= 1024 * 1024 ? `${formatNumber(Math.round((bytes / 1024 / 1024) * 10) / 10)} MB` : `${formatNumber(Math.ceil(bytes / 1024))} KB`;
}

/** How many bytes a file of `size` bytes takes in the request once written as base64. */
export function base64Length(size) {
  return 4 * Math.ceil(size / 3);
}

/** The limits as the form states them. */
export function limitsText(limits) {
  const total = Math.floor(((limits.maxRequestBytes - REQUEST_OVERHEAD_BYTES) * 3) / 4);
  return `Tệp PDF, ảnh (JPEG, PNG) hoặc Word (DOCX); mỗi tệp tối đa ${sizeText(limits.maxFileBytes)}, tổng các tệp tối đa khoảng ${sizeText(total)} cho một lần gửi.`;
}

/**
 * Whether the caller proposes for the designated commune: the chain's first step's role, in scope for the commune (its own
 * commune committee in the two-level structure, its district's committee in the three-level one).
 */
export function canPropose(viewer, designation, proposerRole) {
  if (!viewer || !designation?.commune || !viewer.roles.includes(proposerRole)) {
    return false;
  }

  return proposerRole === 'Commune.Committee'
    ? viewer.communeCode === designation.communeCode && !designation.commune.district
    : proposerRole === 'District.Committee' && !!viewer.districtCode && designation.commune.district?.code === viewer.districtCode;
}

/** The role that proposes: the proposal's own chain once there is one, else the province's chain for new proposals. */
export function proposerRole(designation, provinceChain) {
  return designation.proposal?.chain[0]?.role ?? provinceChain?.[0]?.role ?? null;
}

/** The document types the proposer must attach, as the proposal's chain (or the province's) requires them. */
export function requiredDocuments(designation, provinceChain) {
  return designation.proposal?.chain[0]?.requiredDocuments ?? provinceChain?.[0]?.requiredDocuments ?? [];
}

/**
 * What the form does for the commune now: 'resubmit' a returned proposal, 'submit' a new one (none yet, or the last was
 * withdrawn or not approved), or nothing (null): one is waiting, the commune is out, or the year is closed.
 */
export function formMode(designation, plan) {
  if (plan.yearEndDecision || designation.status === 'REMOVED') {
    return null;
  }

  const status = designation.proposal?.status;
  if (status === 'RETURNED') {
    return 'resubmit';
  }

  return !status || status === 'WITHDRAWN' || status === 'REJECTED' ? 'submit' : null;
}

/** The reason of the last return, while the proposal stands returned; null otherwise. */
export function returnReason(proposal) {
  if (proposal?.status !== 'RETURNED') {
    return null;
  }

  const last = [...proposal.history].reverse().find((e) => e.action === 'RETURN');
  return last ? { reason: last.reason, by: last.actorName, at: last.at } : null;
}

/** The facts the plan's criteria ask the proposer to attest (a group's members included), each once, with its statement. */
export function attestedFacts(criteria) {
  const facts = new Map();
  for (const c of criteria.flatMap((c) => [c, ...(c.members ?? [])])) {
    if (c.kind === 'ATTESTED' && c.fact && !facts.has(c.fact)) {
      facts.set(c.fact, c.statement ?? c.description);
    }
  }

  return [...facts].map(([fact, statement]) => ({ fact, statement }));
}

/**
 * Checks the conference and the assessment as the API does: an ISO date not before the plan's, a chair, someone attending
 * (a whole number), an assessment. Returns errors by field (conferenceDate, chair, attendance, assessment).
 */
export function checkConference({ conferenceDate, chair, attendance, assessment }, planDecisionDate) {
  const errors = {};
  if (!/^\d{4}-\d{2}-\d{2}$/.test(conferenceDate ?? '')) {
    errors.conferenceDate = 'Chưa ghi ngày hội nghị tổng kết.';
  } else if (planDecisionDate && conferenceDate < planDecisionDate) {
    errors.conferenceDate = `Ngày hội nghị tổng kết trước ngày ban hành kế hoạch (${planDecisionDate.split('-').reverse().join('/')}).`;
  }

  if (!String(chair ?? '').trim()) {
    errors.chair = 'Chưa ghi người chủ trì hội nghị: nhập họ tên và chức vụ.';
  }

  const typed = String(attendance ?? '').trim();
  if (!/^\d+$/.test(typed) || Number(typed) <= 0) {
    errors.attendance = `Số người dự hội nghị phải là số nguyên lớn hơn 0${typed ? ` (đã nhập ${typed})` : ''}.`;
  }

  if (!String(assessment ?? '').trim()) {
    errors.assessment = 'Cần nhập đánh giá của Ban Chỉ đạo về tình hình của xã.';
  }

  return errors;
}

/**
 * Checks the attached documents before they are read and sent. `documents` are { name, size, type (media type), docType,
 * number, date }. Returns errors by document index (`evidence[i]`) and for the whole ('evidence'): a type the form does not
 * take, an empty or too large file, the request over the server's size, a missing type, number or date, a required type missing.
 */
export function checkEvidence(documents, limits, required) {
  const errors = {};
  let requestBytes = REQUEST_OVERHEAD_BYTES;
  documents.forEach((d, i) => {
    const problems = [];
    const mediaType = contentTypeOf(d);
    if (!ACCEPTED_TYPES[mediaType]) {
      problems.push(`Tệp "${d.name}" không phải PDF, ảnh JPEG/PNG hay Word (DOCX).`);
    }

    if (d.size === 0) {
      problems.push(`Tệp "${d.name}" rỗng.`);
    } else if (d.size > limits.maxFileBytes) {
      problems.push(`Tệp "${d.name}" ${sizeText(d.size)}, vượt quá giới hạn ${sizeText(limits.maxFileBytes)} mỗi tệp.`);
    }

    const type = DOCUMENT_TYPES[d.docType];
    if (!type) {
      problems.push(`Chưa chọn loại tài liệu cho tệp "${d.name}".`);
    } else {
      const number = String(d.number ?? '').trim();
      if (!number && type.numbered) {
        problems.push(`${type.name} cần ghi số, ký hiệu văn bản, ví dụ ${type.example}.`);
      } else if (number && !NUMBER_SHAPE.test(number)) {
        problems.push(`Số, ký hiệu "${number}" không đúng dạng số/ký hiệu: ví dụ ${type.example}.`);
      }
    }

    if (!/^\d{4}-\d{2}-\d{2}$/.test(d.date ?? '')) {
      problems.push(`Chưa ghi ngày của văn bản "${d.name}".`);
    }

    if (problems.length) {
      errors[`evidence[${i}]`] = problems.join(' ');
    }

    requestBytes += base64Length(d.size);
  });

  const missing = required.filter((t) => !documents.some((d) => d.docType === t));
  const whole = [];
  if (missing.length) {
    whole.push(`Chưa đủ tài liệu: cần đính kèm ${missing.map((t) => DOCUMENT_TYPES[t]?.name.toLowerCase() ?? t).join(', ')}.`);
  }

  if (requestBytes > limits.maxRequestBytes) {
    whole.push(`Tổng dung lượng các tệp quá lớn cho một lần gửi (${limitsText(limits)}).`);
  }

  if (whole.length) {
    errors.evidence = whole.join(' ');
  }

  return errors;
}

/** The submitRemovalProposal input of a checked form; `documents` carry their content as base64. */
export function proposalInput({ communeCode, year, track, form, documents, attestations, clientMutationId }) {
  const text = (value) => String(value ?? '').trim();
  return {
    communeCode,
    year,
    track,
    conferenceDate: form.conferenceDate,
    conferenceChair: text(form.chair),
    conferenceAttendance: Number(text(form.attendance)),
    conferenceSummary: text(form.summary),
    assessment: text(form.assessment),
    evidence: documents.map((d) => ({
      fileName: d.name, contentType: contentTypeOf(d), contentBase64: d.contentBase64, type: d.docType, number: text(d.number) || null, date: d.date,
    })),
    attestations: attestations.map((a) => ({ fact: a.fact, holds: !!a.holds, note: text(a.note) || null })),
    clientMutationId,
  };
}

/**
 * Where a server error belongs on the form: a document's row (evidence[1].number → evidence[1]), a conference field, the
 * assessment, the attestations, or the form as a whole.
 */
export function proposalErrorField(field) {
  const document = /^evidence\[(\d+)\]/.exec(field ?? '');
  if (document) {
    return `evidence[${document[1]}]`;
  }

  const fields = { conferenceDate: 'conferenceDate', chair: 'chair', attendance: 'attendance', assessment: 'assessment', evidence: 'evidence' };
  return fields[field] ?? (String(field ?? '').startsWith('attestations') ? 'attestations' : 'form');
}

/** Bytes as base64, in pieces: a file of megabytes is too long for one call of String.fromCharCode. */
export function toBase64(bytes) {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  }

  return btoa(binary);
}

/** A date as the line above a Vietnamese paper's title writes it: "Quỳnh Nhai, ngày 05 tháng 12 năm 2026". */
export function placeAndDate(place, date) {
  const pad = (n) => String(n).padStart(2, '0');
  return `${place}, ngày ${pad(date.getDate())} tháng ${pad(date.getMonth() + 1)} năm ${date.getFullYear()}`;
}

/** The kinds of unit a full name starts with, longest first: "Thị xã" before "Xã". */
const UNIT_KINDS = ['Thành phố', 'Thị trấn', 'Thị xã', 'Đặc khu', 'Phường', 'Huyện', 'Quận', 'Tỉnh', 'Xã'];

/**
 * The issuing body of a paper, as its top-left block writes it: the people's committee of the proposer's commune or
 * district above (UBND XÃ QUỲNH NHAI), the steering committee below; and the place its date line names (Quỳnh Nhai).
 */
export function issuingBody(fullName) {
  const kind = UNIT_KINDS.find((k) => fullName.startsWith(`${k} `));
  const place = kind ? fullName.slice(kind.length + 1) : fullName;
  return { parent: `UBND ${fullName.toUpperCase()}`, body: 'BAN CHỈ ĐẠO', place };
}
