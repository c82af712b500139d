// Drives the dashboard (/dashboard/) in headless Chromium as people would, against a running Development host with
// the reference case (Sơn La, plan 314/QĐ-UBND, Quỳnh Nhai's proposal for Chiềng Khoang waiting):
//  1. the Sơn La committee signs in as a demo user, sees Chiềng Khoang in the designations with its figures, opens
//     its page and its chart is drawn, approves its proposal with a reason and sees the status change;
//  2. Quỳnh Nhai's district committee lands on its district, ranks its communes, and sees no other district nor the
//     review screen;
//  3. a Lai Châu analyst signs in and sees no Sơn La data, not even by typing a Sơn La unit's address.
// Offline: any request that leaves the host's origin fails the run.
//
//   node dashboard.mjs <base URL of a running host> <output folder>
//
// Exits 0 when every check holds, 1 otherwise; leaves screenshots in the output folder either way.
import { mkdir, readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { keepOffline, launchChromium, watchForErrors } from './offline-chromium.mjs';

const [baseUrl, outputDir] = process.argv.slice(2);
if (!baseUrl || !outputDir) {
  console.error('usage: node dashboard.mjs <base URL> <output folder>');
  process.exit(2);
}

const origin = new URL(baseUrl).origin;
const pageUrl = new URL('/dashboard/', baseUrl).href;
const shots = ['overview', 'commune', 'review', 'approved', 'quynh-nhai', 'lai-chau', 'lai-chau-son-la-unit', 'failure'];
const screenshots = Object.fromEntries(shots.map((name) => [name, path.join(outputDir, `dashboard-${name}.png`)]));
const reason = 'Đạt đủ các tiêu chí của Kế hoạch 314/QĐ-UBND; hội nghị tổng kết ngày 17/11/2023 thống nhất.';

const step = (text) => console.log(`· ${text}`);
function check(condition, message) {
  if (!condition) {
    throw new Error(message);
  }
}

async function signIn(page, role, province, district = '') {
  step(`sign in as ${role} of ${province} ${district}`);
  const response = await page.goto(pageUrl, { waitUntil: 'load' });
  check(response?.status() === 200, `the page answered ${response?.status()}`);
  await page.getByLabel('Vai trò').selectOption(role);
  await page.getByLabel('Tỉnh').selectOption(province);
  await page.getByLabel(/Mã huyện/).fill(district);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await page.locator('header .viewer').waitFor();
}

/** Whether a chart's canvas has been drawn on: some pixel is not transparent. */
async function canvasDrawn(chart) {
  await chart.locator('canvas').first().waitFor();
  return chart.locator('canvas').first().evaluate((canvas) => {
    const pixels = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height).data;
    let painted = 0;
    for (let i = 3; i < pixels.length; i += 4) {
      painted += pixels[i] > 0 ? 1 : 0;
    }

    return painted;
  });
}

async function sonLaCommittee(page) {
  await signIn(page, 'Province.Committee', '14');
  const row = page.locator('#designations tr[data-commune="03718"]');
  await row.waitFor();
  const cells = (await row.locator('td').allInnerTexts()).map((t) => t.trim());
  step(`Chiềng Khoang's row: ${cells.join(' | ')}`);
  check(cells[1] === 'Chiềng Khoang', `the row of 03718 names "${cells[1]}"`);
  check(cells[2] === 'Quỳnh Nhai', `the row of 03718 is in district "${cells[2]}"`);
  check(cells[3] === 'Đã đề xuất', `Chiềng Khoang's status reads "${cells[3]}", not "Đã đề xuất"`);
  // Criminal cases 5, cameras 189, households 1.612 (Vietnamese thousands), managed persons 62, cases −75 % on 2022.
  check(JSON.stringify(cells.slice(4)) === JSON.stringify(['5', '189', '1.612', '62', '−75 %']), `Chiềng Khoang's figures read ${cells.slice(4).join(', ')}`);
  const plan = await page.locator('.plan').innerText();
  check(plan.includes('314/QĐ-UBND') && plan.includes('02/03/2023'), `the plan reads "${plan}"`);
  const overviewCharts = page.locator('.charts .chart');
  check((await overviewCharts.count()) === 4, 'the overview has no chart per key indicator');
  check((await canvasDrawn(overviewCharts.first())) > 0, 'the first overview chart is blank');
  await page.screenshot({ path: screenshots.overview, fullPage: true });

  step("open Chiềng Khoang's page");
  await row.getByRole('link', { name: 'Chiềng Khoang' }).click();
  await page.getByRole('heading', { name: /Xã Chiềng Khoang/ }).waitFor();
  const chart = page.locator('#monthly-chart');
  const painted = await canvasDrawn(chart);
  step(`its monthly chart has ${painted} painted pixels`);
  check(painted > 1000, 'the monthly chart of Chiềng Khoang is not drawn');
  await page.screenshot({ path: screenshots.commune, fullPage: true });

  step('approve its proposal with a reason');
  await page.getByRole('link', { name: 'Xét duyệt đề xuất' }).click();
  const card = page.locator('.proposal[data-commune="03718"]');
  await card.waitFor();
  check((await card.locator('.proposal-status').innerText()) === 'Chờ tỉnh quyết định', 'the proposal is not waiting');
  const criteria = await card.locator('.criteria li').allInnerTexts();
  check(criteria.length === 6 && criteria.every((c) => c.startsWith('✔ Đạt')), `the criteria read ${criteria.join(' / ')}`);
  check((await card.getByRole('button', { name: /bien-ban-hoi-nghi/ }).count()) === 1, 'the minutes are not offered for download');
  const downloading = page.waitForEvent('download');
  await card.getByRole('button', { name: /bien-ban-hoi-nghi/ }).click();
  const minutes = await downloading;
  check(minutes.suggestedFilename() === 'bien-ban-hoi-nghi-tong-ket-chieng-khoang-2023.txt', `the minutes download as ${minutes.suggestedFilename()}`);
  await page.locator('#live').filter({ hasText: 'Cập nhật tức thời đang bật' }).waitFor();
  await page.screenshot({ path: screenshots.review, fullPage: true });
  await card.getByLabel(/Lý do/).fill(reason);
  await card.getByRole('button', { name: 'Phê duyệt', exact: true }).click();
  await card.locator('.proposal-status').filter({ hasText: 'Đã phê duyệt' }).waitFor();
  check((await card.innerText()).includes(reason), 'the approved proposal does not show the reason');
  // The subscription tells the page of the change too.
  await page.locator('#live').filter({ hasText: '03718' }).waitFor();
  await page.screenshot({ path: screenshots.approved, fullPage: true });

  step('the overview shows Chiềng Khoang removed');
  await page.getByRole('link', { name: 'Tổng quan' }).click();
  await row.locator('td.status').filter({ hasText: 'Đã đưa ra khỏi diện' }).waitFor();
  await page.getByRole('button', { name: 'Đăng xuất' }).click();
}

async function quynhNhaiDistrict(page) {
  await signIn(page, 'District.Committee', '14', '118');
  await page.getByRole('heading', { name: /Huyện Quỳnh Nhai/ }).waitFor();
  const ranked = page.locator('#ranking tbody tr');
  await ranked.first().waitFor();
  const first = (await ranked.first().locator('td').allInnerTexts()).map((t) => t.trim());
  // Chiềng Khoang is the only commune of Quỳnh Nhai with reports: 5 criminal cases in 2023.
  check(first[1] === '03718' && first[2] === 'Xã Chiềng Khoang' && first[3] === '5', `the ranking starts with ${first.join(' | ')}`);
  check((await canvasDrawn(page.locator('#ranking-chart'))) > 0, 'the ranking chart is blank');
  check((await page.getByRole('link', { name: 'Xét duyệt đề xuất' }).count()) === 0, 'a district committee is offered the review screen');
  step('export the ranking as XLSX from the page');
  const downloading = page.waitForEvent('download');
  await page.locator('.exports', { hasText: 'Tải bảng xếp hạng' }).getByRole('button', { name: 'XLSX' }).click();
  const ranking = await downloading;
  check(ranking.suggestedFilename() === 'bang-chi-tieu-118.xlsx', `the ranking downloads as ${ranking.suggestedFilename()}`);
  const bytes = await readFile(await ranking.path());
  check(bytes.subarray(0, 2).toString() === 'PK', 'the ranking download is not an XLSX (zip) file');
  await page.screenshot({ path: screenshots['quynh-nhai'], fullPage: true });
  step("type the address of Thuận Châu's page");
  await page.goto(`${pageUrl}#/unit/119`);
  await page.getByRole('alert').filter({ hasText: 'không được xem' }).waitFor();
  await page.getByRole('button', { name: 'Đăng xuất' }).click();
}

async function laiChauAnalyst(page) {
  await signIn(page, 'Analyst', '12');
  await page.getByRole('heading', { name: /Lai Châu/ }).waitFor();
  await page.locator('.cards').waitFor();
  await page.screenshot({ path: screenshots['lai-chau'], fullPage: true });
  const text = await page.locator('body').innerText();
  for (const sonLa of ['Sơn La', 'Chiềng Khoang', 'Quỳnh Nhai', '314/QĐ-UBND']) {
    check(!text.includes(sonLa), `the Lai Châu analyst sees "${sonLa}"`);
  }

  check((await page.getByRole('link', { name: 'Xét duyệt đề xuất' }).count()) === 0, 'an analyst is offered the review screen');
  step("type the address of Chiềng Khoang's page");
  await page.goto(`${pageUrl}#/unit/03718`);
  await page.getByRole('alert').filter({ hasText: 'không được xem' }).waitFor();
  const unitText = await page.locator('main').innerText();
  check(!unitText.includes('Chiềng Khoang') && !unitText.includes('189'), `the Lai Châu analyst sees Chiềng Khoang's page: ${unitText}`);
  await page.screenshot({ path: screenshots['lai-chau-son-la-unit'], fullPage: true });
}

await mkdir(outputDir, { recursive: true });
// Screenshots of an earlier run would pass for this one's.
await Promise.all(Object.values(screenshots).map((file) => rm(file, { force: true })));
const browser = await launchChromium();
const failures = [];
let exitCode = 0;
let page;
try {
  for (const [name, scenario] of [['Sơn La committee', sonLaCommittee], ['Quỳnh Nhai district committee', quynhNhaiDistrict], ['Lai Châu analyst', laiChauAnalyst]]) {
    // A context of its own for each person: nothing of the first sign-in stays for the second.
    const context = await browser.newContext({ viewport: { width: 1366, height: 900 }, acceptDownloads: true, locale: 'vi-VN', timezoneId: 'Asia/Ho_Chi_Minh' });
    context.setDefaultTimeout(30_000);
    await keepOffline(context, origin, failures);
    page = await context.newPage();
    watchForErrors(page, failures);
    step(name);
    await scenario(page);
    await context.close();
  }

  check(failures.length === 0, failures.join('\n'));
  console.log('ok: the dashboard shows the reference case, the committee approves, a district sees its own, and Lai Châu sees none of Sơn La');
} catch (error) {
  exitCode = 1;
  console.error(`FAILED: ${error.message}`);
  await page?.screenshot({ path: screenshots.failure, fullPage: true }).catch(() => {});
} finally {
  await browser.close();
}

process.exit(exitCode);
