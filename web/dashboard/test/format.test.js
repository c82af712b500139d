import { describe, expect, it } from 'vitest';
import { designationText, documentTitle, escape, formatChange, formatCovered, formatDate, formatDateTime, formatNumber, proposalStatusText } from '../src/format.js';

describe('formatNumber', () => {
  it('groups thousands with a dot and writes decimals with a comma, as Vietnamese does', () => {
    expect(formatNumber(1612)).toBe('1.612');
    expect(formatNumber(1234567.5)).toBe('1.234.567,5');
  });

  it('writes a negative number with a true minus sign', () => {
    expect(formatNumber(-1612)).toBe('−1.612');
  });

  it('shows a dash for a missing value, and 0 as 0', () => {
    expect(formatNumber(null)).toBe('—');
    expect(formatNumber(undefined)).toBe('—');
    expect(formatNumber(0)).toBe('0');
  });
});

describe('formatChange', () => {
  it('writes a fraction as a whole percentage with its sign and a space before %', () => {
    expect(formatChange(-0.75)).toBe('−75 %');
    expect(formatChange(0.125)).toBe('+13 %');
    expect(formatChange(12.5)).toBe('+1.250 %');
  });

  it('gives no change no sign, and no comparison a dash', () => {
    expect(formatChange(0)).toBe('0 %');
    expect(formatChange(null)).toBe('—');
  });
});

describe('formatDate', () => {
  it('writes a calendar date as day/month/year without moving it across a time zone', () => {
    expect(formatDate('2023-11-17')).toBe('17/11/2023');
    expect(formatDate('2023-01-01')).toBe('01/01/2023');
  });

  it('writes an instant as its date in Vietnam (UTC+7)', () => {
    expect(formatDate('2023-11-16T20:00:00Z')).toBe('17/11/2023');
    expect(formatDate('2023-11-16T16:59:00Z')).toBe('16/11/2023');
  });

  it('shows a dash for no date', () => {
    expect(formatDate(null)).toBe('—');
    expect(formatDate('')).toBe('—');
  });
});

describe('formatDateTime', () => {
  it('writes an instant in Vietnam time on the 24-hour clock with the year in full', () => {
    expect(formatDateTime('2023-11-17T07:05:00Z')).toBe('14:05 17/11/2023');
  });
});

describe('escape', () => {
  it('turns every character HTML gives meaning to into an entity, so typed text shows as text', () => {
    expect(escape(`<img src=x onerror="alert('x')">&`)).toBe('&lt;img src=x onerror=&quot;alert(&#39;x&#39;)&quot;&gt;&amp;');
  });

  it('keeps Vietnamese text and shows nothing for a missing value', () => {
    expect(escape('Chiềng Khoang')).toBe('Chiềng Khoang');
    expect(escape(null)).toBe('');
  });
});

describe('documentTitle', () => {
  it('cites a document by its type, number and date as papers do', () => {
    expect(documentTitle({ typeName: 'Tờ trình', number: '12/TTr-UBND', date: '2023-11-20' })).toBe('Tờ trình số 12/TTr-UBND ngày 20/11/2023');
    expect(documentTitle({ typeName: 'Biên bản hội nghị', number: null, date: '2023-11-17' })).toBe('Biên bản hội nghị ngày 17/11/2023');
  });

  it('names evidence stored before documents had types by its type alone', () => {
    expect(documentTitle({ typeName: 'Tài liệu chưa phân loại', number: null, date: null })).toBe('Tài liệu chưa phân loại');
  });
});

describe('proposalStatusText', () => {
  const threeLevel = [{ role: 'District.Committee' }, { role: 'Province.Committee' }];
  const twoLevel = [{ role: 'Commune.Committee' }, { role: 'Province.Police' }, { role: 'Province.Committee' }];

  it('says whom a submitted proposal waits for: the province, or first the provincial police', () => {
    expect(proposalStatusText({ status: 'SUBMITTED', chain: threeLevel, currentStep: { role: 'Province.Committee' } })).toBe('Chờ tỉnh quyết định');
    expect(proposalStatusText({ status: 'SUBMITTED', chain: twoLevel, currentStep: { role: 'Province.Police' } })).toBe('Chờ Công an tỉnh thẩm định');
    expect(proposalStatusText({ status: 'ENDORSED', chain: twoLevel, currentStep: { role: 'Province.Committee' } }))
      .toBe('Công an tỉnh đã thẩm định, chờ tỉnh quyết định');
  });

  it('names who withdrew a proposal from the first step of its chain', () => {
    expect(proposalStatusText({ status: 'WITHDRAWN', chain: threeLevel, currentStep: null })).toBe('Ban Chỉ đạo huyện đã rút');
    expect(proposalStatusText({ status: 'WITHDRAWN', chain: twoLevel, currentStep: null })).toBe('Ban Chỉ đạo xã đã rút');
  });

  it('reads a decided proposal by its status alone', () => {
    expect(proposalStatusText({ status: 'APPROVED', chain: twoLevel, currentStep: null })).toBe('Đã phê duyệt');
  });
});

describe('formatCovered', () => {
  it('stars a value built from the old communes, says when none could be built, and shows a reported one plainly', () => {
    expect(formatCovered(1612, 'DERIVED')).toBe('1.612 *');
    expect(formatCovered(null, 'PARTIAL')).toBe('không cộng được');
    expect(formatCovered(5, 'REPORTED')).toBe('5');
    expect(formatCovered(null, null)).toBe('—');
  });
});

describe('designationText', () => {
  it('reads a commune of the plan by its status alone', () => {
    expect(designationText({ status: 'PROPOSED', designatedFrom: null, confirmation: 'NOT_NEEDED', carriedFrom: [] })).toBe('Đã đề xuất');
  });

  it('says from when and from which old communes a successor took over the designation', () => {
    const carriedFrom = [{ coverage: 'FULL', commune: { name: 'Chiềng Khoang' } }, { coverage: 'FULL', commune: { name: 'Mường Giàng' } }];
    expect(designationText({ status: 'DESIGNATED', designatedFrom: '2025-07-01', confirmation: 'NOT_NEEDED', carriedFrom }))
      .toBe('Đang chuyển hóa (từ 01/07/2025, nhận từ Chiềng Khoang, Mường Giàng)');
  });

  it('says whether the province confirmed a successor that took in only part of a designated commune', () => {
    const partial = { status: 'DESIGNATED', designatedFrom: '2025-07-01', carriedFrom: [{ coverage: 'PARTIAL', commune: { name: 'Chiềng Hắc' } }] };
    expect(designationText({ ...partial, confirmation: 'PENDING' })).toBe('Đang chuyển hóa (từ 01/07/2025, nhận từ Chiềng Hắc; chờ tỉnh xác nhận)');
    expect(designationText({ ...partial, confirmation: 'CONFIRMED' })).toBe('Đang chuyển hóa (từ 01/07/2025, nhận từ Chiềng Hắc; tỉnh đã xác nhận)');
    expect(designationText({ ...partial, confirmation: 'DECLINED' })).toBe('tỉnh không giữ chỉ định (từ 01/07/2025, nhận từ Chiềng Hắc)');
  });
});
