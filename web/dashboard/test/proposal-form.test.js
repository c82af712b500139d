import { describe, expect, it } from 'vitest';
import {
  attestedFacts, base64Length, canPropose, checkConference, checkEvidence, contentTypeOf, formMode, issuingBody, limitsText, placeAndDate, proposalErrorField,
  proposalInput, REQUEST_OVERHEAD_BYTES, returnReason, toBase64,
} from '../src/proposal-form.js';

const limits = { maxFileBytes: 20 * 1024 * 1024, maxRequestBytes: 8 * 1024 * 1024 };
const required = ['PROPOSAL_LETTER', 'CONFERENCE_MINUTES'];
const letter = { name: 'to-trinh.pdf', size: 2048, type: 'application/pdf', docType: 'PROPOSAL_LETTER', number: '15/TTr-UBND', date: '2026-11-26' };
const minutes = { name: 'bien-ban.png', size: 900, type: 'image/png', docType: 'CONFERENCE_MINUTES', number: '', date: '2026-11-25' };

describe('who proposes', () => {
  const twoLevel = { communeCode: '03694', commune: { code: '03694', district: null } };
  const threeLevel = { communeCode: '03772', commune: { code: '03772', district: { code: '119' } } };

  it('is a two-level commune\'s own committee, and a three-level commune\'s district committee', () => {
    expect(canPropose({ roles: ['Commune.Committee'], communeCode: '03694' }, twoLevel, 'Commune.Committee')).toBe(true);
    expect(canPropose({ roles: ['Commune.Committee'], communeCode: '03703' }, twoLevel, 'Commune.Committee')).toBe(false);
    expect(canPropose({ roles: ['District.Committee'], districtCode: '119' }, threeLevel, 'District.Committee')).toBe(true);
    expect(canPropose({ roles: ['District.Committee'], districtCode: '120' }, threeLevel, 'District.Committee')).toBe(false);
    expect(canPropose({ roles: ['Province.Committee'] }, threeLevel, 'District.Committee')).toBe(false);
  });
});

describe('formMode and returnReason', () => {
  const plan = { yearEndDecision: null };
  const returned = {
    status: 'RETURNED',
    history: [{ action: 'SUBMIT' }, { action: 'RETURN', reason: 'Thiếu chữ ký.', actorName: 'Công an tỉnh', at: '2026-12-01T02:00:00Z' }],
  };

  it('offers a new proposal, a resubmission after a return, and nothing while one waits or after the year closed', () => {
    expect(formMode({ status: 'DESIGNATED', proposal: null }, plan)).toBe('submit');
    expect(formMode({ status: 'DESIGNATED', proposal: { status: 'WITHDRAWN' } }, plan)).toBe('submit');
    expect(formMode({ status: 'DESIGNATED', proposal: returned }, plan)).toBe('resubmit');
    expect(formMode({ status: 'PROPOSED', proposal: { status: 'SUBMITTED' } }, plan)).toBeNull();
    expect(formMode({ status: 'REMOVED', proposal: { status: 'APPROVED' } }, plan)).toBeNull();
    expect(formMode({ status: 'DESIGNATED', proposal: null }, { yearEndDecision: { decisionNumber: '210/QĐ-UBND' } })).toBeNull();
  });

  it('gives the last return\'s reason only while the proposal stands returned', () => {
    expect(returnReason(returned)).toEqual({ reason: 'Thiếu chữ ký.', by: 'Công an tỉnh', at: '2026-12-01T02:00:00Z' });
    expect(returnReason({ ...returned, status: 'SUBMITTED' })).toBeNull();
  });
});

describe('checkConference', () => {
  it('wants a date not before the plan, a chair, a whole number attending and an assessment', () => {
    expect(checkConference({ conferenceDate: '2026-11-25', chair: 'Ông A', attendance: '42', assessment: 'Ổn định.' }, '2026-01-12')).toEqual({});
    const errors = checkConference({ conferenceDate: '2025-12-01', chair: ' ', attendance: '4,5', assessment: '' }, '2026-01-12');
    expect(Object.keys(errors).sort()).toEqual(['assessment', 'attendance', 'chair', 'conferenceDate']);
    expect(errors.conferenceDate).toContain('12/01/2026');
    expect(errors.attendance).toContain('4,5');
  });
});

describe('checkEvidence', () => {
  it('takes a numbered letter and the minutes, each of an accepted type within the limits', () => {
    expect(checkEvidence([letter, minutes], limits, required)).toEqual({});
  });

  it('names the required type missing', () => {
    expect(checkEvidence([letter], limits, required).evidence).toContain('biên bản hội nghị');
  });

  it('refuses, on the document\'s row, a type the form does not take, a file over the limit, a letter without its number, and a bad number', () => {
    const errors = checkEvidence([
      { ...letter, name: 'a.txt', type: 'text/plain', number: '' },
      { ...minutes, size: limits.maxFileBytes + 1 },
      { ...minutes, number: 'BB 07' },
    ], limits, required);
    expect(errors['evidence[0]']).toMatch(/không phải PDF.*Tờ trình cần ghi số/);
    expect(errors['evidence[1]']).toContain('vượt quá giới hạn 20 MB');
    expect(errors['evidence[2]']).toContain('"BB 07" không đúng dạng');
  });

  it('counts the files as base64 against the request\'s limit', () => {
    const size = Math.floor(((limits.maxRequestBytes - REQUEST_OVERHEAD_BYTES) * 3) / 4 / 2) + 3;
    expect(checkEvidence([{ ...letter, size }, { ...minutes, size }], limits, required).evidence).toContain('Tổng dung lượng');
    expect(base64Length(4)).toBe(8);
    expect(limitsText(limits)).toContain('mỗi tệp tối đa 20 MB');
  });

  it('finds the type of a file the browser gave none by its extension', () => {
    expect(contentTypeOf({ name: 'Bien ban.DOCX', type: '' })).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
  });
});

describe('proposalInput', () => {
  it('sends the trimmed form, each document typed with its content, and the attestations', () => {
    const input = proposalInput({
      communeCode: '03694', year: 2026, track: 'DRUGS',
      form: { conferenceDate: '2026-11-25', chair: ' Ông A ', attendance: ' 42', summary: ' ', assessment: 'Ổn định. ' },
      documents: [{ ...minutes, contentBase64: 'AA==' }], attestations: [{ fact: 'no_drug_venue', holds: true, note: ' ' }], clientMutationId: 'k',
    });
    expect(input).toMatchObject({ conferenceChair: 'Ông A', conferenceAttendance: 42, conferenceSummary: '', assessment: 'Ổn định.', track: 'DRUGS' });
    expect(input.evidence).toEqual([{ fileName: 'bien-ban.png', contentType: 'image/png', contentBase64: 'AA==', type: 'CONFERENCE_MINUTES', number: null, date: '2026-11-25' }]);
    expect(input.attestations).toEqual([{ fact: 'no_drug_venue', holds: true, note: null }]);
  });

  it('places server errors on the document, the field, or the form', () => {
    expect(proposalErrorField('evidence[1].number')).toBe('evidence[1]');
    expect(proposalErrorField('chair')).toBe('chair');
    expect(proposalErrorField('attestations[0].fact')).toBe('attestations');
    expect(proposalErrorField('communeCode')).toBe('form');
  });

  it('writes bytes as base64 however long', () => {
    const bytes = new Uint8Array(70_000).map((_, i) => i % 256);
    expect(toBase64(bytes)).toBe(Buffer.from(bytes).toString('base64'));
  });
});

describe('attestedFacts', () => {
  it('lists each attested fact once, a group\'s members included', () => {
    const criteria = [
      { kind: 'AT_MOST', description: 'Số vụ ≤ 3' },
      { kind: 'ATTESTED', fact: 'no_gang', statement: 'Không có băng nhóm' },
      { kind: 'AT_LEAST_OF', members: [{ kind: 'ATTESTED', fact: 'no_venue', statement: 'Không có tụ điểm' }, { kind: 'ATTESTED', fact: 'no_gang', statement: 'Không có băng nhóm' }] },
    ];
    expect(attestedFacts(criteria)).toEqual([{ fact: 'no_gang', statement: 'Không có băng nhóm' }, { fact: 'no_venue', statement: 'Không có tụ điểm' }]);
  });
});

describe('the administrative header', () => {
  it('names the people\'s committee of the proposer above its steering committee, and the place and date', () => {
    expect(issuingBody('Xã Mường Giôn')).toEqual({ parent: 'UBND XÃ MƯỜNG GIÔN', body: 'BAN CHỈ ĐẠO', place: 'Mường Giôn' });
    expect(issuingBody('Huyện Thuận Châu').parent).toBe('UBND HUYỆN THUẬN CHÂU');
    expect(issuingBody('Thị xã Nghĩa Lộ').place).toBe('Nghĩa Lộ');
    expect(placeAndDate('Quỳnh Nhai', new Date(2026, 11, 5))).toBe('Quỳnh Nhai, ngày 05 tháng 12 năm 2026');
  });
});
