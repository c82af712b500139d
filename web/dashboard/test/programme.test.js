import { describe, expect, it } from 'vitest';
import { monitoringText, programmeSection, shareText, typesText, yearEndDecisionInput } from '../src/programme.js';

const targets = {
  designated: 2, converted: 1, relapsed: 0, convertedShare: 0.5, conversionGoal: 0.6, conversionGoalMet: false, nonRelapseShare: 1, nonRelapseGoal: 0.85, nonRelapseGoalMet: true,
};
const breached = {
  communeCode: '03688', from: '2026-01-12', until: '2027-01-12', active: true, breached: true, designatedAgain: false, monthsReported: ['2026-09'],
  criteria: [{ met: false, description: 'Nhóm', explanation: 'Chưa đạt: đạt 2 trong 4 tiêu chí, yêu cầu ít nhất 3.', members: [] }],
};
const drugs2025 = {
  year: 2025, track: 'DRUGS', trackName: 'Xã trọng điểm về ma túy', decider: 'PROVINCE', decisionNumber: '48/QĐ-UBND', decisionDate: '2025-08-20',
  issuedBy: 'UBND tỉnh Sơn La', monitoringMonths: 12, draftedFrom: null, programmeTargets: targets, yearEndDecision: null,
  designations: [
    { communeCode: '03688', status: 'PROPOSED', types: ['SOCIAL_ORDER', 'DRUGS'], commune: { name: 'Mường Chiên' } },
    { communeCode: '03712', status: 'DESIGNATED', types: ['DRUGS'], commune: { name: 'Mường Sại' } },
    { communeCode: '03000', status: 'REMOVED', types: ['DRUGS'], removedFrom: '2025-06-01', commune: { name: 'Đã ra' } },
  ],
  monitoring: [],
};

describe('texts', () => {
  it('names the types of a designation', () => expect(typesText(['SOCIAL_ORDER', 'DRUGS'])).toBe('Loại 1 (trật tự xã hội), Loại 4 (ma túy)'));
  it('sets a share against its goal, and a dash when nothing was designated', () => {
    expect(shareText(0.5, 0.6, false)).toBe('50% (mục tiêu ≥ 60%, chưa đạt)');
    expect(shareText(null, 0.85, false)).toBe('— (mục tiêu ≥ 85%)');
  });
  it('says a breach under monitoring, and a commune designated again', () => {
    expect(monitoringText(breached)).toBe('Vi phạm tiêu chí trong thời gian theo dõi');
    expect(monitoringText({ ...breached, designatedAgain: true })).toBe('Đã chỉ định lại');
    expect(monitoringText({ ...breached, breached: false, active: false })).toBe('Hết thời gian theo dõi, không vi phạm');
  });
});

describe('yearEndDecisionInput', () => {
  it('sends each open commune removed or continuing and new communes of the track\'s type, leaving out those already removed', () => {
    const input = yearEndDecisionInput('14', drugs2025, {
      decisionNumber: ' 05/QĐ-UBND ', decisionDate: '2026-01-12', signer: 'Phó Chủ tịch', newCommunes: '03694, 03697',
      outcomes: { '03688': 'removed', '03712': 'continuing' }, clientMutationId: 'k',
    });
    expect(input).toEqual({
      provinceCode: '14', year: 2025, track: 'DRUGS', decisionNumber: '05/QĐ-UBND', decisionDate: '2026-01-12', signer: 'Phó Chủ tịch',
      removed: ['03688'], continuing: ['03712'], newlyDesignated: [{ communeCode: '03694', types: ['DRUGS'] }, { communeCode: '03697', types: ['DRUGS'] }], clientMutationId: 'k',
    });
  });
});

describe('programmeSection', () => {
  it('offers the committee the year-end form for an undecided plan, and nobody else', () => {
    expect(programmeSection({ drugs: drugs2025 }, { canDecide: true })).toContain('Ban hành quyết định');
    expect(programmeSection({ drugs: drugs2025 }, { canDecide: false })).not.toContain('<form');
  });
  it('shows last year\'s monitored commune under this year\'s list with the designate-again form for its year', () => {
    const html = programmeSection({
      drugs: { ...drugs2025, year: 2026, designations: [], decisionNumber: '05/QĐ-UBND' },
      previousDrugs: { year: 2025, track: 'DRUGS', trackName: 'Xã trọng điểm về ma túy', designations: drugs2025.designations, monitoring: [breached] },
    }, { canDecide: true });
    expect(html).toContain('Mường Chiên</strong> (ra khỏi diện năm 2025): Vi phạm tiêu chí');
    expect(html).toMatch(/class="designate-again" data-commune="03688" data-year="2025" data-track="DRUGS"/);
  });
  it('says when the year has no list', () => expect(programmeSection({ drugs: null, previousDrugs: null }, { canDecide: true })).toBe('<p>Năm này chưa có danh sách nào.</p>'));
});
