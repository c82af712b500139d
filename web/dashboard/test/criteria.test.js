import { describe, expect, it } from 'vitest';
import { attestationList, criteriaList, hasMoreReasoning } from '../src/criteria.js';

const attested = {
  description: 'Có ít nhất một mô hình tự quản', explanation: 'Đạt: đề xuất xác nhận "Có ít nhất một mô hình tự quản".', met: true,
  fact: 'at_least_one_self_governing_model', statement: 'Có ít nhất một mô hình tự quản',
};
const venues = {
  // A group's members come without members of their own (ProposalsForReview asks none).
  description: 'Số tụ điểm, điểm phức tạp về ma túy không quá 1', explanation: 'Chưa đạt: ... là 2', met: false, fact: null, statement: null,
};
const snapshot = {
  criteria: [
    { description: 'Đạt ít nhất 1 trong 2 tiêu chí: ...', explanation: 'Đạt: đạt 1 trong 2 tiêu chí, yêu cầu ít nhất 1.', met: true, fact: null, members: [venues, attested] },
    { description: 'Không có băng, nhóm <tội phạm>', explanation: 'Chưa đạt: đề xuất chưa xác nhận.', met: false, fact: 'no_gang', statement: 'Không có băng, nhóm <tội phạm>', members: [] },
  ],
  attestations: [{ fact: 'at_least_one_self_governing_model', holds: true, note: 'Biên bản ngày 10/11' }, { fact: 'no_gang', holds: false, note: null }],
};

describe('criteriaList', () => {
  it("lists each criterion with its reason and a group's members under it, marked met or not, escaping typed text", () => {
    expect(criteriaList(snapshot)).toBe('<ul class="criteria">'
      + '<li class="met">✔ Đạt: Đạt ít nhất 1 trong 2 tiêu chí: ... — Đạt: đạt 1 trong 2 tiêu chí, yêu cầu ít nhất 1.<ul class="members">'
      + '<li class="not-met">✘ Không đạt: Số tụ điểm, điểm phức tạp về ma túy không quá 1 — Chưa đạt: ... là 2</li>'
      + '<li class="met">✔ Đạt: Có ít nhất một mô hình tự quản — Đạt: đề xuất xác nhận &quot;Có ít nhất một mô hình tự quản&quot;.</li></ul></li>'
      + '<li class="not-met">✘ Không đạt: Không có băng, nhóm &lt;tội phạm&gt; — Chưa đạt: đề xuất chưa xác nhận.</li></ul>');
  });
});

describe('attestationList', () => {
  it("names each attested fact by its criterion's statement, group members included, with the answer and the note", () => {
    expect(attestationList(snapshot)).toBe('<h3>Bên đề xuất xác nhận</h3><ul class="attestations">'
      + '<li>Xác nhận đúng: Có ít nhất một mô hình tự quản (Biên bản ngày 10/11)</li>'
      + '<li>Xác nhận không đúng: Không có băng, nhóm &lt;tội phạm&gt;</li></ul>');
  });

  it('is empty for a snapshot without attestations, or read without them', () => {
    expect(attestationList({ criteria: [], attestations: [] })).toBe('');
    expect(attestationList({ criteria: [] })).toBe('');
  });
});

describe('hasMoreReasoning', () => {
  it('is true only for a snapshot with a group or an attested fact among its criteria', () => {
    expect(hasMoreReasoning({ criteria: [{ kind: 'AT_LEAST' }, { kind: 'RATIO_AT_LEAST' }, { kind: 'PER_POPULATION_AT_MOST' }] })).toBe(false);
    expect(hasMoreReasoning({ criteria: [{ kind: 'AT_LEAST' }, { kind: 'ATTESTED' }] })).toBe(true);
    expect(hasMoreReasoning({ criteria: [{ kind: 'AT_LEAST_OF' }] })).toBe(true);
  });
});
