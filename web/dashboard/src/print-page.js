// The papers that go out with a signature and a seal, laid out as Vietnamese administrative documents on A4: the proposal
// dossier (#/print/proposal/<id>) and a commune's monthly report (#/print/report/<unit key>/<month>). The header's two
// blocks, the number, the place and date line and the signature block follow the usual layout; the page's print CSS
// (page.css, @page A4) leaves the dashboard's navigation and buttons off the paper.
import { graphql } from './api.js';
import { attestationList, criteriaList } from './criteria.js';
import { documentTitle, escape, formatChange, formatDate, formatDateTime, formatNumber } from './format.js';
import { parseUnitKey, THREE_LEVEL } from './indicators.js';
import { issuingBody, placeAndDate } from './proposal-form.js';
import { isMonth, monthText, previousMonth, sameMonthLastYear } from './report-entry.js';

/** A date of an ISO day (2026-11-20) as a local Date, for the date line. */
const dayOf = (iso) => new Date(`${iso}T00:00:00`);

function header({ parent, body, number, place, date }) {
  return `<div class="paper-header">
    <div class="issuer"><p>${escape(parent)}</p><p class="body">${escape(body)}</p><p class="number">Số: ${escape(number)}</p></div>
    <div class="nation"><p class="country">CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</p><p class="motto">Độc lập - Tự do - Hạnh phúc</p>
      <p class="place-date">${escape(placeAndDate(place, date))}</p></div>
  </div>`;
}

function signature(recipients) {
  return `<div class="paper-footer">
    <div class="recipients"><p><strong>Nơi nhận:</strong></p><ul>${recipients.map((r) => `<li>${escape(r)};</li>`).join('')}<li>Lưu: VT.</li></ul></div>
    <div class="signer"><p><strong>TM. BAN CHỈ ĐẠO</strong></p><p><strong>TRƯỞNG BAN</strong></p><p class="hint">(Ký, ghi rõ họ tên, đóng dấu)</p>
      <div class="signature-space"></div></div>
  </div>`;
}

const printButton = '<p class="no-print"><button type="button" id="print">In (khổ A4)</button></p>';

function wirePrint(view) {
  view.querySelector('#print')?.addEventListener('click', () => window.print());
}

/** The proposal dossier: the letter-style page with the conference, the assessment, the frozen criteria and the evidence. */
export async function printProposal(view, id, { names }) {
  view.innerHTML = '<p>Đang tải…</p>';
  const p = (await graphql('ProposalDossier', { id })).node;
  if (!p) {
    view.innerHTML = '<p class="error" role="alert">Không tìm thấy đề xuất hoặc bạn không được xem đề xuất này.</p>';
    return;
  }

  const byCommune = p.chain[0]?.role === 'Commune.Committee' || !p.commune.district;
  const issuer = issuingBody((byCommune ? p.commune : p.commune.district).fullName);
  const letter = p.evidence.find((e) => e.typeName === 'Tờ trình');
  const s = p.snapshot;
  view.innerHTML = `${printButton}
    <article class="paper">
      ${header({ ...issuer, number: letter?.number ?? '……/TTr-BCĐ', date: letter?.date ? dayOf(letter.date) : new Date() })}
      <h1 class="paper-title">TỜ TRÌNH<br /><span>Đề nghị đưa ${escape(p.commune.fullName)} ra khỏi danh sách địa bàn trọng điểm, phức tạp về an ninh, trật tự năm ${p.year}</span></h1>
      <p class="addressee">Kính gửi: Ban Chỉ đạo tỉnh ${escape(p.commune.province.name)}.</p>
      <h2>1. Hội nghị tổng kết</h2>
      <p>Ngày ${formatDate(p.conference.date)}, chủ trì: ${escape(p.conference.chair)}; ${formatNumber(p.conference.attendance)} người dự.</p>
      <p>${escape(p.conference.summary)}</p>
      <h2>2. Đánh giá của Ban Chỉ đạo</h2>
      <p class="assessment">${escape(p.assessment)}</p>
      <h2>3. Kết quả đánh giá theo tiêu chí (số liệu năm ${escape(s.period)}, chốt lúc ${formatDateTime(s.takenAt)})</h2>
      <p><strong>${s.allCriteriaMet ? 'Đạt tất cả tiêu chí.' : 'Có tiêu chí chưa đạt.'}</strong></p>
      ${criteriaList(s)}${attestationList(s)}
      <table class="paper-table"><thead><tr><th>Chỉ tiêu</th><th>Năm ${escape(s.period)}</th><th>Cùng kỳ năm trước</th><th>Thay đổi</th></tr></thead><tbody>
        ${s.indicators.map((v) => `<tr><td>${escape(names[v.indicator] ?? v.indicator)}</td><td class="number">${formatNumber(v.value)}</td>
          <td class="number">${formatNumber(v.previousYearValue)}</td><td class="number">${formatChange(v.changeFromPreviousYear)}</td></tr>`).join('')}
      </tbody></table>
      <h2>4. Tài liệu kèm theo</h2>
      <table class="paper-table evidence-list"><thead><tr><th>STT</th><th>Tài liệu</th><th>Tệp</th><th>Mã SHA-256</th></tr></thead><tbody>
        ${p.evidence.map((e, i) => `<tr><td>${i + 1}</td><td>${escape(documentTitle(e))}</td><td>${escape(e.fileName)} (${formatNumber(e.sizeBytes)} byte)</td>
          <td class="sha">${escape(e.sha256)}</td></tr>`).join('')}
      </tbody></table>
      <p>Ban Chỉ đạo kính trình Ban Chỉ đạo tỉnh xem xét, quyết định./.</p>
      ${signature([`Ban Chỉ đạo tỉnh ${p.commune.province.name}`, ...(byCommune ? ['Công an tỉnh'] : [])])}
    </article>`;
  wirePrint(view);
}

/** A commune's monthly report: every indicator of the month beside last month and the same month last year. */
export async function printReport(view, key, month, { definitions }) {
  view.innerHTML = '<p>Đang tải…</p>';
  if (!isMonth(month)) {
    view.innerHTML = `<p class="error" role="alert">Tháng báo cáo "${escape(month)}" không hợp lệ: ghi theo dạng năm-tháng, ví dụ 2026-11.</p>`;
    return;
  }

  const { code, edition } = parseUnitKey(key);
  const periods = [month, previousMonth(month), sameMonthLastYear(month)];
  const data = await graphql('ReportEntry', { code, edition, unitCode: key, periods });
  const commune = data.commune;
  if (!commune) {
    view.innerHTML = `<p class="error" role="alert">Không có xã mã ${escape(code)} hoặc bạn không được xem xã này.</p>`;
    return;
  }

  // A commune of the three-level list reported through its district's committee; one of the two-level list through its own.
  const byDistrict = edition === THREE_LEVEL && commune.district;
  const issuer = issuingBody((byDistrict ? commune.district : commune).fullName);
  const cell = (indicator, period) => data.indicatorTable.find((r) => r.indicator === indicator && r.period === period)?.value;
  view.innerHTML = `${printButton}
    <article class="paper">
      ${header({ ...issuer, number: '……/BC-BCĐ', date: new Date() })}
      <h1 class="paper-title">BÁO CÁO<br /><span>Kết quả thực hiện các chỉ tiêu chuyển hóa địa bàn tháng ${monthText(month)} của ${escape(commune.fullName)}</span></h1>
      <table class="paper-table report-table"><thead><tr><th>STT</th><th>Chỉ tiêu</th><th>Đơn vị tính</th><th>Tháng ${monthText(month)}</th>
        <th>Tháng ${monthText(periods[1])}</th><th>Cùng kỳ ${monthText(periods[2])}</th></tr></thead><tbody>
        ${definitions.map((d, i) => `<tr data-indicator="${escape(d.code)}"><td>${i + 1}</td><td>${escape(d.name)}</td><td>${escape(d.unit ?? '')}</td>
          <td class="number">${formatNumber(cell(d.code, month))}</td><td class="number">${formatNumber(cell(d.code, periods[1]))}</td>
          <td class="number">${formatNumber(cell(d.code, periods[2]))}</td></tr>`).join('')}
      </tbody></table>
      ${signature([`Ban Chỉ đạo tỉnh ${commune.province.fullName.replace(/^Tỉnh /, '')}`, 'Công an tỉnh'])}
    </article>`;
  wirePrint(view);
}
