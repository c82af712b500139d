// Drives the dashboard's removal proposal screens (#/proposals, #/propose/…) and printable papers (#/print/…) in headless
// Chromium against a running Development host with the reference case and the demos, on a phone-sized screen and a desktop:
//  phone, two-level: Xã Mường Giôn's commune committee (2025:03694, the drug list of 2026) opens its proposal from the menu,
//    is stopped in place with one document of the two required, previews the criteria on the current figures, submits with
//    a PDF letter and a PNG of the minutes; the provincial police return it with a reason; the committee sees the reason,
//    resubmits with both documents; prints the dossier (administrative header, SHA-256 of each file, an A4 PDF) and the
//    commune's monthly report of 2026-10;
//  desktop, three-level: Thuận Châu's district committee (119) proposes Tông Lạnh (03772, plan 314/QĐ-UBND of 2023), the
//    province committee returns it with a reason, the district resubmits and then withdraws it; it may not propose
//    Mường Trai (03823, district of Mường La), and prints the dossier with its district's header.
// No other browser script touches these communes. Offline: any request that leaves the host's origin fails the run.
//
//   node proposal-submission.mjs <base URL of a running host> <output folder>
//
// Exits 0 when every check holds, 1 otherwise; leaves screenshots (proposal-*.png) and the printed PDFs in the output folder.
import { createHash } from 'node:crypto';
import { mkdir, readdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { signIn } from './dashboard-sign-in.mjs';
import { check, launchChromium, personPage, step } from './offline-chromium.mjs';

const [baseUrl, outputDir] = process.argv.slice(2);
if (!baseUrl || !outputDir) {
  console.error('usage: node proposal-submission.mjs <base URL> <output folder>');
  process.exit(2);
}

const origin = new URL(baseUrl).origin;
const pageUrl = new URL('/dashboard/', baseUrl).href;
const shot = (name) => path.join(outputDir, `proposal-${name}.png`);
const phone = { viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 };
const desktop = { viewport: { width: 1366, height: 900 } };

/** A one-page PDF with a line of text: what a scanned letter is to the form. */
function smallPdf(text) {
  const stream = `BT /F1 12 Tf 72 720 Td (${text}) Tj ET`;
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    `<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ];
  let body = '%PDF-1.4\n';
  const offsets = objects.map((object, i) => {
    const offset = body.length;
    body += `${i + 1} 0 obj\n${object}\nendobj\n`;
    return offset;
  });
  const xref = body.length;
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(body, 'latin1');
}

// A 1×1 PNG: the photographed minutes.
const smallPng = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');
const sha256 = (bytes) => createHash('sha256').update(bytes).digest('hex');

/** Whether the page is no wider than the screen: nothing to scroll sideways on a phone. */
const fitsWidth = (page) => page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);

/** Picks the year of the plans on the list of proposals, as a person types it. */
async function chooseYear(page, year) {
  await page.getByLabel('Năm kế hoạch').fill(String(year));
  await page.getByLabel('Năm kế hoạch').press('Enter');
  await page.getByRole('heading', { level: 1, name: `Đề xuất đưa ra khỏi danh sách — năm ${year}` }).waitFor();
}

/** Fills the conference and the assessment, and attests every fact the plan asks for. */
async function fillForm(page, { date, chair }) {
  await page.getByLabel('Ngày hội nghị').fill(date);
  await page.getByLabel('Chủ trì (họ tên, chức vụ)').fill(chair);
  await page.getByLabel('Số người dự').fill('42');
  await page.getByLabel('Tóm tắt hội nghị').fill('Hội nghị tổng kết công tác chuyển hóa địa bàn; các tiêu chí đều đạt, thống nhất đề nghị đưa ra khỏi danh sách.');
  await page.getByLabel('Đánh giá của Ban Chỉ đạo').fill('Tình hình an ninh, trật tự ổn định; không còn tụ điểm phức tạp; người dân tích cực tham gia phong trào toàn dân bảo vệ an ninh Tổ quốc.');
  for (const box of await page.locator('.attestation input[name="holds"]').all()) {
    await box.check();
  }
}

/** Attaches a document to the form's row `index`: a file (name, type, bytes), its type, number and date. */
async function attach(page, index, { file, docType, number, date }) {
  await page.locator(`#file-${index}`).setInputFiles(file);
  await page.locator(`#type-${index}`).selectOption(docType);
  await page.locator(`#number-${index}`).fill(number ?? '');
  await page.locator(`#date-${index}`).fill(date);
}

async function submitAndWait(page, button, notice) {
  await page.getByRole('button', { name: button, exact: true }).click();
  await page.locator('.notice').filter({ hasText: notice }).waitFor();
}

/**
 * The proposer signs out; the reviewer of the step the proposal waits at returns it from the review screen with a
 * reason; the proposer signs in again (`who`: role and scope) on its proposal's page, which it returns.
 */
async function returnedByReviewer(page, { browser, failures, options }, { role, commune, reason, who, route }) {
  await page.getByRole('button', { name: 'Đăng xuất' }).click();
  await page.context().close();
  const reviewer = await personPage(browser, origin, failures, options);
  await signIn(reviewer, pageUrl, role, '14');
  await reviewer.goto(`${pageUrl}#/review`);
  const card = reviewer.locator(`.proposal[data-commune="${commune}"]`);
  await card.waitFor();
  await card.locator('textarea').fill(reason);
  await card.getByRole('button', { name: 'Trả lại' }).click();
  await card.locator('.proposal-status').filter({ hasText: 'Trả lại để bổ sung' }).waitFor();
  await reviewer.context().close();

  const proposer = await personPage(browser, origin, failures, options);
  await signIn(proposer, pageUrl, who.role, '14', who.scope);
  await proposer.goto(`${pageUrl}${route}`);
  await proposer.locator('.return-reason').filter({ hasText: reason }).waitFor();
  return proposer;
}

/** The printed dossier: the administrative header, the evidence with its hashes, and an A4 PDF of at least one page. */
async function printDossier(page, name, { issuer, place, number, hashes }) {
  await page.getByRole('link', { name: 'In hồ sơ đề xuất' }).click();
  const paper = page.locator('.paper');
  await paper.waitFor();
  const text = await paper.innerText();
  for (const expected of ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc', issuer, `Số: ${number}`, `${place}, ngày `, 'TỜ TRÌNH', 'TM. BAN CHỈ ĐẠO', ...hashes]) {
    check(text.includes(expected), `the dossier does not read "${expected}": ${text.slice(0, 400)}`);
  }

  check(await page.getByRole('button', { name: 'In (khổ A4)' }).isVisible(), 'the dossier has no print button');
  await page.screenshot({ path: shot(`${name}-dossier`), fullPage: true });
  await pdfOf(page, `${name}-dossier`);
}

/** Prints the page to an A4 PDF, as the print button does, and checks it has pages and leaves the buttons and menu off. */
async function pdfOf(page, name) {
  await page.emulateMedia({ media: 'print' });
  check(!(await page.locator('header').isVisible()) && !(await page.getByRole('button', { name: 'In (khổ A4)' }).isVisible()),
    'the menu or the print button shows on paper');
  await page.emulateMedia({ media: 'screen' });
  const pdf = await page.pdf({ format: 'A4' });
  const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page\b/g) ?? []).length;
  check(pdf.subarray(0, 5).toString() === '%PDF-' && pages >= 1, `the ${name} PDF has ${pages} pages`);
  await writeFile(path.join(outputDir, `proposal-${name}.pdf`), pdf);
  step(`${name}: ${pages} A4 page(s)`);
}

async function communeOnPhone(browser, failures) {
  const letter = { name: 'to-trinh-muong-gion.pdf', mimeType: 'application/pdf', buffer: smallPdf('To trinh 15/TTr-UBND') };
  const minutes = { name: 'bien-ban-hoi-nghi.png', mimeType: 'image/png', buffer: smallPng };
  let page = await personPage(browser, origin, failures, phone);
  await signIn(page, pageUrl, 'Commune.Committee', '14', { commune: '03694' });
  step('the commune committee opens its proposals from the menu');
  await page.getByRole('link', { name: 'Đề xuất đưa ra khỏi danh sách' }).first().click();
  await chooseYear(page, 2026);
  const row = page.locator('#proposable tr[data-commune="03694"][data-track="DRUGS"]');
  await row.waitFor();
  check((await row.innerText()).includes('Chưa đề xuất'), `Mường Giôn's row reads ${await row.innerText()}`);
  check(await fitsWidth(page), 'the list is wider than the phone');
  await row.getByRole('link').click();
  await page.locator('#proposal-form').waitFor();
  const limits = await page.locator('.limits').innerText();
  check(limits.includes('mỗi tệp tối đa 20 MB') && limits.includes('Tờ trình, Biên bản hội nghị'), `the limits read: ${limits}`);

  step('one document of the two required: stopped in place, nothing sent');
  let sent = 0;
  page.on('request', (request) => { sent += request.postData()?.includes('"conferenceChair"') ? 1 : 0; });
  await fillForm(page, { date: '2026-11-25', chair: 'Ông Lò Văn Minh, Bí thư Đảng ủy xã' });
  await attach(page, 0, { file: letter, docType: 'PROPOSAL_LETTER', number: '15/TTr-UBND', date: '2026-11-26' });
  await page.getByRole('button', { name: 'Gửi đề xuất', exact: true }).click();
  await page.locator('#error-evidence').filter({ hasText: 'biên bản hội nghị' }).waitFor();
  check(sent === 0, 'the form sent a proposal without its minutes');

  step('the criteria on the current figures, before sending');
  await page.getByRole('button', { name: 'Xem kết quả tiêu chí' }).click();
  await page.locator('#preview-result .criteria li').first().waitFor();
  const preview = await page.locator('#preview-result').innerText();
  check(/Đạt tất cả tiêu chí|Có tiêu chí chưa đạt/.test(preview) && preview.includes('2026'), `the preview reads: ${preview}`);
  check(sent === 0, 'the preview sent a proposal');
  check(await fitsWidth(page), 'the form is wider than the phone');
  await page.screenshot({ path: shot('phone-form'), fullPage: true });

  step('both documents: the proposal goes to the provincial police');
  await attach(page, 1, { file: minutes, docType: 'CONFERENCE_MINUTES', number: '', date: '2026-11-25' });
  await submitAndWait(page, 'Gửi đề xuất', 'Đã gửi đề xuất.');
  check(sent === 1, `${sent} proposals were sent`);
  check((await page.locator('.proposal-status').innerText()) === 'Chờ Công an tỉnh thẩm định', `the proposal reads ${await page.locator('.proposal-status').innerText()}`);

  const reason = 'Biên bản hội nghị chưa có chữ ký của thư ký; bổ sung bản có đủ chữ ký.';
  step('the provincial police return it with a reason; the commune committee sees the reason and resubmits');
  page = await returnedByReviewer(page, { browser, failures, options: phone }, {
    role: 'Province.Police', commune: '03694', reason, who: { role: 'Commune.Committee', scope: { commune: '03694' } }, route: '#/propose/DRUGS/2026/03694',
  });
  check((await page.locator('.return-reason').innerText()) === reason, `the reason reads ${await page.locator('.return-reason').innerText()}`);
  check((await page.getByLabel('Chủ trì (họ tên, chức vụ)').inputValue()).startsWith('Ông Lò Văn Minh'), 'the resubmission form does not keep the conference');
  check(await fitsWidth(page), 'the returned proposal is wider than the phone');
  await page.screenshot({ path: shot('phone-returned'), fullPage: true });
  await attach(page, 0, { file: letter, docType: 'PROPOSAL_LETTER', number: '15/TTr-UBND', date: '2026-11-26' });
  await attach(page, 1, { file: minutes, docType: 'CONFERENCE_MINUTES', number: '07/BB-BCĐ', date: '2026-11-25' });
  await submitAndWait(page, 'Gửi lại đề xuất', 'Đã gửi lại đề xuất.');
  check((await page.locator('.proposal-status').innerText()) === 'Chờ Công an tỉnh thẩm định', 'the resubmitted proposal does not wait for the police');
  check((await page.locator('.history').innerText()).includes('gửi lại'), 'the history has no resubmission');
  check((await page.locator('#proposal-form').count()) === 0, 'the form is offered while the proposal waits');

  step('print the dossier and the monthly report');
  await printDossier(page, 'phone', {
    issuer: 'UBND XÃ MƯỜNG GIÔN', place: 'Mường Giôn', number: '15/TTr-UBND', hashes: [sha256(letter.buffer), sha256(minutes.buffer)],
  });
  await page.goto(`${pageUrl}#/print/report/2025:03694/2026-10`);
  await page.locator('.report-table').waitFor();
  const report = await page.locator('.paper').innerText();
  check(report.includes('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM') && report.includes('BÁO CÁO') && report.includes('tháng 10/2026') && report.includes('UBND XÃ MƯỜNG GIÔN'),
    `the monthly report reads: ${report.slice(0, 300)}`);
  check((await page.locator('.report-table tbody tr').count()) === 22, 'the report does not list every indicator');
  check(await fitsWidth(page), 'the printable report is wider than the phone');
  await pdfOf(page, 'phone-report');
  await page.context().close();
}

async function districtOnDesktop(browser, failures) {
  const letter = { name: 'to-trinh-tong-lanh.pdf', mimeType: 'application/pdf', buffer: smallPdf('To trinh 31/TTr-UBND') };
  const minutes = { name: 'bien-ban-tong-lanh.png', mimeType: 'image/png', buffer: smallPng };
  let page = await personPage(browser, origin, failures, desktop);
  await signIn(page, pageUrl, 'District.Committee', '14', { district: '119' });
  step('the district committee proposes Tông Lạnh in the plan of 2023');
  await page.goto(`${pageUrl}#/proposals`);
  await chooseYear(page, 2023);
  const row = page.locator('#proposable tr[data-commune="03772"]');
  await row.waitFor();
  check((await page.locator('#proposable tr[data-commune="03823"]').count()) === 0, 'the district is offered another district\'s commune');
  await row.getByRole('link').click();
  await page.locator('#proposal-form').waitFor();
  await fillForm(page, { date: '2023-11-20', chair: 'Ông Cầm Văn Thanh, Phó Chủ tịch UBND huyện' });
  await attach(page, 0, { file: letter, docType: 'PROPOSAL_LETTER', number: '31/TTr-UBND', date: '2023-11-22' });
  await attach(page, 1, { file: minutes, docType: 'CONFERENCE_MINUTES', number: '', date: '2023-11-20' });
  await page.getByRole('button', { name: 'Xem kết quả tiêu chí' }).click();
  await page.locator('#preview-result .criteria li').first().waitFor();
  await page.screenshot({ path: shot('desktop-form'), fullPage: true });
  await submitAndWait(page, 'Gửi đề xuất', 'Đã gửi đề xuất.');
  check((await page.locator('.proposal-status').innerText()) === 'Chờ tỉnh quyết định', `the proposal reads ${await page.locator('.proposal-status').innerText()}`);

  const reason = 'Tờ trình chưa nêu số liệu 11 tháng năm 2023; bổ sung và gửi lại.';
  step('the province committee returns it with a reason; the district sees the reason, resubmits, then withdraws');
  page = await returnedByReviewer(page, { browser, failures, options: desktop }, {
    role: 'Province.Committee', commune: '03772', reason, who: { role: 'District.Committee', scope: { district: '119' } }, route: '#/propose/SOCIAL_ORDER/2023/03772',
  });
  await attach(page, 0, { file: letter, docType: 'PROPOSAL_LETTER', number: '31/TTr-UBND', date: '2023-11-22' });
  await attach(page, 1, { file: minutes, docType: 'CONFERENCE_MINUTES', number: '', date: '2023-11-20' });
  await submitAndWait(page, 'Gửi lại đề xuất', 'Đã gửi lại đề xuất.');
  check((await page.locator('.proposal-status').innerText()) === 'Chờ tỉnh quyết định', 'the resubmitted proposal does not wait for the province');
  await page.getByLabel('Lý do rút đề xuất').fill('Huyện rút để tổng hợp cùng đợt đề xuất năm sau.');
  await page.getByRole('button', { name: 'Rút đề xuất' }).click();
  await page.locator('.notice').filter({ hasText: 'Đã rút đề xuất.' }).waitFor();
  check((await page.locator('.proposal-status').innerText()) === 'Ban Chỉ đạo huyện đã rút', `the withdrawn proposal reads ${await page.locator('.proposal-status').innerText()}`);
  await page.screenshot({ path: shot('desktop-withdrawn'), fullPage: true });
  await printDossier(page, 'desktop', {
    issuer: 'UBND HUYỆN THUẬN CHÂU', place: 'Thuận Châu', number: '31/TTr-UBND', hashes: [sha256(letter.buffer), sha256(minutes.buffer)],
  });

  step('Mường Trai, of another district: no form');
  await page.goto(`${pageUrl}#/propose/SOCIAL_ORDER/2023/03823`);
  await page.getByRole('alert').filter({ hasText: 'Không có xã mã 03823' }).waitFor();
  check((await page.locator('#proposal-form').count()) === 0, 'the district is offered the form of another district\'s commune');
  await page.context().close();
}

await mkdir(outputDir, { recursive: true });
// Screenshots of an earlier run would pass for this one's.
await Promise.all((await readdir(outputDir)).filter((f) => f.startsWith('proposal-')).map((f) => rm(path.join(outputDir, f), { force: true })));
const browser = await launchChromium();
const failures = [];
let exitCode = 0;
try {
  step('a commune committee on a phone');
  await communeOnPhone(browser, failures);
  step('a district committee on a desktop');
  await districtOnDesktop(browser, failures);
  check(failures.length === 0, failures.join('\n'));
  console.log('ok: the proposing committees submit with two evidence files, see the criteria before sending, resubmit after a return with its reason, withdraw, and print the dossier and the monthly report on A4');
} catch (error) {
  exitCode = 1;
  console.error(`FAILED: ${error.message}`);
  for (const context of browser.contexts()) {
    for (const open of context.pages()) {
      const shown = await open.locator('.error, .notice').allInnerTexts().catch(() => []);
      console.error(`messages on ${open.url()}: ${shown.filter(Boolean).join(' | ')}`);
      await open.screenshot({ path: shot('failure'), fullPage: true }).catch(() => {});
    }
  }
} finally {
  await browser.close();
}

process.exit(exitCode);
