// Drives the dashboard's monthly report form (#/report/<commune>/<month>) in headless Chromium, on a phone-sized screen
// (360×740) and then on a desktop, against a running Development host with the two-level demo (Xã Quỳnh Nhai 2025:03703
// reported by its commune committee 2025-07 to 2026-10) and the reference case:
//  1. Xã Quỳnh Nhai's commune committee opens the form from its commune's page, picks the month (2026-11 on the phone,
//     2026-12 on the desktop), sees every indicator with its unit and last month's and last year's values, types figures
//     that break the managed-persons balance, is stopped in place before anything is sent, fixes them and files the month;
//  2. it corrects the month: the form shows what the change replaces, wants a note (in place, before sending), refuses a
//     note with a hidden control character, and takes it with a clean note; the history
//     shows the correction with its note, old → new;
//  3. it may not report for Chiềng Khoang, an old commune its commune was made from, which it reads;
//  4. on the desktop, two officers at once: while one has December open, the other corrects November's persons under
//     management; the API refuses December on the balance, the error stands on that field, and the form read again takes it;
//  5. Quỳnh Nhai's district committee opens the form of Chiềng Khoang (its district, three-level list) but not that of
//     Tông Lạnh (district of Thuận Châu).
// On the phone the form fits the screen's width. Offline: any request that leaves the host's origin fails the run.
//
//   node report-entry.mjs <base URL of a running host> <output folder>
//
// Exits 0 when every check holds, 1 otherwise; leaves screenshots (report-entry-*.png) in the output folder either way.
import path from 'node:path';
import { signIn } from './dashboard-sign-in.mjs';
import { check, personPage, runScript, step } from './offline-chromium.mjs';

const [baseUrl, outputDir] = process.argv.slice(2);
if (!baseUrl || !outputDir) {
  console.error('usage: node report-entry.mjs <base URL> <output folder>');
  process.exit(2);
}

const origin = new URL(baseUrl).origin;
const pageUrl = new URL('/dashboard/', baseUrl).href;
const shot = (name) => path.join(outputDir, `report-entry-${name}.png`);
// Two runs against one host: each files a month of its own, the desktop's opening on the month the phone filed.
const viewports = [
  { name: 'phone', month: '2026-11', options: { viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 } },
  { name: 'desktop', month: '2026-12', options: { viewport: { width: 1366, height: 900 } } },
];

/** A number as the page writes it (1.612, —) as a number, or null. */
const numberOf = (text) => (/\d/.test(text) ? Number(text.replace(/[^\d]/g, '')) : null);
const monthText = (month) => `${month.slice(5)}/${month.slice(0, 4)}`;
const previousMonth = (month) => (month.endsWith('-01') ? `${Number(month.slice(0, 4)) - 1}-12` : `${month.slice(0, 5)}${String(Number(month.slice(5)) - 1).padStart(2, '0')}`);

/** Whether the page is no wider than the screen: nothing to scroll sideways on a phone. */
const fitsWidth = (page) => page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);

const entry = (page, code) => page.locator(`.entry[data-indicator="${code}"]`);

async function communeFilesAndCorrects(page, { name, month }, submissions) {
  await signIn(page, pageUrl, 'Commune.Committee', '14', { commune: '03703' });
  await page.getByRole('heading', { name: /Xã Quỳnh Nhai/ }).waitFor();
  step('open the form from the commune\'s page and pick the month');
  await page.getByRole('link', { name: 'Nhập báo cáo tháng của xã' }).click();
  await page.locator('#report-form').waitFor();
  await page.getByLabel('Tháng báo cáo').fill(month);
  await page.getByRole('heading', { level: 1, name: new RegExp(`Báo cáo tháng ${monthText(month)}`) }).waitFor();
  check(page.url().endsWith(`#/report/2025:03703/${month}`), `the form's address is ${page.url()}`);
  check((await page.locator('.mode').innerText()).startsWith('Báo cáo mới'), `${month} does not open as a new report`);

  const entries = page.locator('.entry');
  check((await entries.count()) === 22, `the form lists ${await entries.count()} indicators, not the 22 of the catalog`);
  const cases = await entry(page, 'criminal_cases').innerText();
  check(cases.includes('Số vụ phạm pháp hình sự (vụ)'), `the criminal cases read: ${cases}`);
  check(/Tháng trước: \d/.test(cases) && /Cùng kỳ năm trước: \d/.test(cases), `criminal cases have no earlier values beside them: ${cases}`);
  const opening = numberOf(await entry(page, 'managed_persons_current').locator('.previous strong').innerText());
  check(opening !== null, 'the persons under management have no last month');
  const rule = await page.locator('.rule').innerText();
  check(rule.includes('đầu kỳ + đưa vào − đưa ra') && rule.includes(String(opening)), `the rule reads: ${rule}`);

  step(`type figures that break the balance (opening ${opening} + 3 − 1 ≠ ${opening + 3})`);
  await page.getByLabel(/^Số người lầm lỗi đưa vào diện quản lý/).fill('3');
  await page.getByLabel(/^Số người đưa ra khỏi diện quản lý/).fill('1');
  await page.getByLabel(/^Số người đang quản lý, giáo dục, cảm hóa/).fill(String(opening + 3));
  await page.getByLabel(/^Số vụ phạm pháp hình sự \(vụ\)/).fill('1');
  await page.getByLabel(/^Số camera an ninh đã lắp đặt/).fill('230');
  const balance = entry(page, 'managed_persons_current').locator('.balance');
  check((await balance.innerText()).startsWith('✘ Không khớp'), `the balance reads: ${await balance.innerText()}`);
  await page.getByRole('button', { name: 'Gửi báo cáo' }).click();
  const currentError = page.locator('#error-managed_persons_current');
  await currentError.filter({ hasText: 'không khớp' }).waitFor();
  check((await currentError.innerText()).includes(`= ${opening + 2}`), `the balance error reads: ${await currentError.innerText()}`);
  check(submissions.length === 0, 'the form sent a report that breaks the balance');
  check(await page.getByLabel(/^Số người đang quản lý, giáo dục, cảm hóa/).evaluate((input) => input === document.activeElement), 'the field in error is not focused');
  check(await fitsWidth(page), `the ${name} form is wider than the screen`);
  await page.screenshot({ path: shot(`${name}-balance-error`), fullPage: true });

  step('fix the figure: the error goes, the balance holds, and the month is filed');
  await page.getByLabel(/^Số người đang quản lý, giáo dục, cảm hóa/).fill(String(opening + 2));
  await page.waitForFunction(() => document.querySelector('#error-managed_persons_current')?.textContent === '');
  check((await balance.innerText()).startsWith('✔ Khớp'), `the balance reads: ${await balance.innerText()}`);
  await page.getByRole('button', { name: 'Gửi báo cáo' }).click();
  await page.locator('.notice').filter({ hasText: `Đã gửi báo cáo tháng ${monthText(month)}: 5 giá trị thay đổi` }).waitFor();
  check(submissions.length === 1, `${submissions.length} reports were sent`);
  check((await page.locator('.mode').innerText()).includes('đã có báo cáo'), 'the month filed does not open as a correction');
  check((await page.getByLabel(/^Số vụ phạm pháp hình sự \(vụ\)/).inputValue()) === '1', 'the form does not show the figures filed');

  step('correct it: what the change replaces, a note wanted before sending');
  await page.getByLabel(/^Số vụ phạm pháp hình sự \(vụ\)/).fill('2');
  const replaces = entry(page, 'criminal_cases').locator('.replaces');
  check((await replaces.innerText()) === 'Thay giá trị đã báo cáo 1 bằng 2.', `the correction reads: ${await replaces.innerText()}`);
  const changes = (await page.locator('.changes tbody tr').allInnerTexts()).map((t) => t.replace(/\s+/g, ' ').trim());
  check(changes.length === 1 && changes[0] === 'Số vụ phạm pháp hình sự 1 2', `the changes read: ${changes.join(' / ')}`);
  await page.getByRole('button', { name: 'Gửi báo cáo sửa' }).click();
  await page.locator('#error-note').filter({ hasText: 'ghi chú lý do sửa' }).waitFor();
  check(submissions.length === 1, 'the form sent a correction without a note');
  await page.screenshot({ path: shot(`${name}-correction`), fullPage: true });

  step('a note pasted with a hidden control character: refused in place, as the API would');
  await page.getByLabel(/^Ghi chú/).fill('Bổ sung một vụ trộm cắp\u202E phát hiện muộn.');
  await page.getByRole('button', { name: 'Gửi báo cáo sửa' }).click();
  await page.locator('#error-note').filter({ hasText: 'ký tự điều khiển không nhìn thấy được (U+202E)' }).waitFor();
  check(submissions.length === 1, 'the form sent a note the API refuses');

  const note = 'Bổ sung một vụ trộm cắp phát hiện muộn.';
  await page.getByLabel(/^Ghi chú/).fill(note);
  await page.getByRole('button', { name: 'Gửi báo cáo sửa' }).click();
  await page.locator('.notice').filter({ hasText: '1 giá trị thay đổi' }).waitFor();
  const newest = page.locator('.history > li').first();
  const newestText = (await newest.innerText()).replace(/\s+/g, ' ');
  check(newestText.includes(`Tháng ${monthText(month)}`) && newestText.includes(`Ghi chú: ${note}`) && newestText.includes('Số vụ phạm pháp hình sự: 1 → 2'),
    `the newest history entry reads: ${newestText}`);
  const filed = (await page.locator('.history > li').nth(1).innerText()).replace(/\s+/g, ' ');
  check(filed.includes(`Tháng ${monthText(month)}`) && filed.includes('5 giá trị'), `the filing reads: ${filed}`);
  check(await fitsWidth(page), `the ${name} form with its history is wider than the screen`);
  await page.screenshot({ path: shot(`${name}-history`), fullPage: true });

  step('Chiềng Khoang, an old commune it reads, is not its to report');
  await page.goto(`${pageUrl}#/report/03718/2025-06`);
  await page.getByRole('alert').filter({ hasText: 'không được nhập báo cáo' }).waitFor();
  check((await page.locator('#report-form').count()) === 0, 'the commune committee is offered the form of an old commune');
  await page.getByRole('button', { name: 'Đăng xuất' }).click();
}

/**
 * Two officers at once: while one has December's form open, the other corrects November's persons under management, so
 * the balance December opens on has moved. The form cannot know; the API refuses December, and its error stands on the
 * field it names; the form read again opens on the new balance.
 */
async function balanceMovedMeanwhile(page, { month, options }, submissions, { browser, failures }) {
  await signIn(page, pageUrl, 'Commune.Committee', '14', { commune: '03703' });
  await page.goto(`${pageUrl}#/report/2025:03703/${month}`);
  await page.locator('#report-form').waitFor();
  const opening = numberOf(await entry(page, 'managed_persons_current').locator('.previous strong').innerText());
  const current = Number(await page.getByLabel(/^Số người đang quản lý, giáo dục, cảm hóa/).inputValue());

  step(`meanwhile, another officer adds a person to ${monthText(previousMonth(month))}: its persons under management ${opening} → ${opening + 1}`);
  const otherPage = await personPage(browser, origin, failures, options);
  await signIn(otherPage, pageUrl, 'Commune.Committee', '14', { commune: '03703' });
  await otherPage.goto(`${pageUrl}#/report/2025:03703/${previousMonth(month)}`);
  await otherPage.locator('#report-form').waitFor();
  const added = otherPage.getByLabel(/^Số người lầm lỗi đưa vào diện quản lý/);
  await added.fill(String(Number(await added.inputValue()) + 1));
  await otherPage.getByLabel(/^Số người đang quản lý, giáo dục, cảm hóa/).fill(String(opening + 1));
  await otherPage.getByLabel(/^Ghi chú/).fill('Bổ sung một người đưa vào diện quản lý, hồ sơ đến muộn.');
  await otherPage.getByRole('button', { name: 'Gửi báo cáo sửa' }).click();
  await otherPage.locator('.notice').filter({ hasText: '2 giá trị thay đổi' }).waitFor();
  await otherPage.context().close();

  step('the first officer corrects December on the balance it read: the API refuses it on persons under management');
  await page.getByLabel(/^Số tổ hòa giải/).fill('9');
  await page.getByLabel(/^Ghi chú/).fill('Thêm một tổ hòa giải mới thành lập.');
  await page.getByRole('button', { name: 'Gửi báo cáo sửa' }).click();
  const error = page.locator('#error-managed_persons_current');
  await error.filter({ hasText: `đầu kỳ ${opening + 1}` }).waitFor();
  check(submissions.length === 1, `${submissions.length} reports were sent`);
  check((await page.locator('#error-form').innerText()) === '', `the refusal is also said for the whole form: ${await page.locator('#error-form').innerText()}`);
  await page.screenshot({ path: shot('desktop-server-error'), fullPage: true });

  step('read again, the form opens on the new balance and takes the correction');
  await page.reload();
  await page.locator('#report-form').waitFor();
  check(numberOf(await entry(page, 'managed_persons_current').locator('.previous strong').innerText()) === opening + 1, 'the form read again does not open on the new balance');
  await page.getByLabel(/^Số người đang quản lý, giáo dục, cảm hóa/).fill(String(current + 1));
  await page.getByLabel(/^Số tổ hòa giải/).fill('9');
  await page.getByLabel(/^Ghi chú/).fill('Thêm một tổ hòa giải; số đầu kỳ đã sửa.');
  await page.getByRole('button', { name: 'Gửi báo cáo sửa' }).click();
  await page.locator('.notice').filter({ hasText: '2 giá trị thay đổi' }).waitFor();
  await page.getByRole('button', { name: 'Đăng xuất' }).click();
}

async function districtReportsForItsCommunesOnly(page, { name }) {
  await signIn(page, pageUrl, 'District.Committee', '14', { district: '118' });
  await page.getByRole('heading', { name: /Huyện Quỳnh Nhai/ }).waitFor();
  step('Chiềng Khoang, of its district: the form opens from the commune\'s page');
  await page.goto(`${pageUrl}#/unit/03718`);
  await page.getByRole('link', { name: 'Nhập báo cáo tháng của xã' }).click();
  await page.getByLabel('Tháng báo cáo').fill('2025-06');
  await page.getByRole('heading', { level: 1, name: /Báo cáo tháng 06\/2025/ }).waitFor();
  check((await page.locator('h1').innerText()).includes('Xã Chiềng Khoang'), 'the form is not Chiềng Khoang\'s');
  check((await page.locator('.entry').count()) === 22, 'Chiềng Khoang\'s form does not list every indicator');
  await page.screenshot({ path: shot(`${name}-district`), fullPage: true });
  step('Tông Lạnh, of Thuận Châu: no form');
  await page.goto(`${pageUrl}#/report/03772/2025-06`);
  await page.getByRole('alert').filter({ hasText: 'không được xem' }).waitFor();
  check((await page.locator('#report-form').count()) === 0, 'the district committee is offered the form of another district\'s commune');
  await page.getByRole('button', { name: 'Đăng xuất' }).click();
}

await runScript({
  outputDir, prefix: 'report-entry-', messages: '#report-form .error, .notice',
  success: 'ok: a commune committee files a month by the form and corrects it on a phone and on a desktop, stopped in place by the balance and the note; a district committee reports only for its own communes',
}, async ({ browser, failures, current }) => {
  for (const viewport of viewports) {
    const scenarios = [['Xã Quỳnh Nhai commune committee', communeFilesAndCorrects], ['Quỳnh Nhai district committee', districtReportsForItsCommunesOnly],
      // Once: it builds on the month the desktop run has just filed.
      ...(viewport.name === 'desktop' ? [['two officers of Xã Quỳnh Nhai at once', balanceMovedMeanwhile]] : [])];
    for (const [who, scenario] of scenarios) {
      const page = await personPage(browser, origin, failures, viewport.options);
      current.page = page;
      // The reports the page sends: the form's checks must stop a wrong one before it leaves.
      const submissions = [];
      page.on('request', (request) => {
        if (request.method() === 'POST' && request.url().endsWith('/graphql') && request.postData()?.includes('"overrideStockFlow"')) {
          submissions.push(request.postData());
        }
      });
      step(`${who} on a ${viewport.name}`);
      await scenario(page, viewport, submissions, { browser, failures });
      await page.context().close();
    }
  }
});
