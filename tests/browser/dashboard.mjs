// Drives the dashboard (/dashboard/) in headless Chromium as people would, against a running Development host with
// the reference case (Sơn La, plan 314/QĐ-UBND, Quỳnh Nhai's proposal for Chiềng Khoang waiting), the two-level demo
// (Sơn La on the 2025 list, a plan of 2026, Xã Quỳnh Nhai's proposal waiting for the provincial police) and the drug track's
// demo year (2025 closed by one decision that drafted 2026):
//  1. the provincial police see the two-level chain of Xã Quỳnh Nhai's proposal and endorse it, and may not decide;
//  2. the Sơn La committee lands on the plan of 2026 (communes, no districts), opens Xã Quỳnh Nhai's page, which names
//     the communes it was formed from and marks its 2025 months derived from them, and approves the endorsed proposal;
//     then, in 2023, sees Chiềng Khoang in the designations with its figures, opens its page and its chart is drawn,
//     approves its proposal with a reason and sees the status change;
//  3. the Sơn La committee reads the programme of 2026: the drug list drafted by year-end decision 05/QĐ-UBND and Xã Mường
//     Chiên flagged under monitoring, designates it again, closes the social-order year 2026 in one decision, and reads the
//     drug year 2025 with its decision and targets;
//  4. Quỳnh Nhai's district committee lands on its district, ranks its communes, and sees no other district nor the
//     review screen;
//  5. Xã Quỳnh Nhai's commune committee lands on its commune and sees no other commune nor the review screen;
//  6. a Lai Châu analyst signs in and sees no Sơn La data, not even by typing a Sơn La unit's address.
// Offline: any request that leaves the host's origin fails the run.
//
//   node dashboard.mjs <base URL of a running host> <output folder>
//
// Exits 0 when every check holds, 1 otherwise; leaves screenshots in the output folder either way.
import { mkdir, readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { signIn } from './dashboard-sign-in.mjs';
import { check, launchChromium, personPage, step } from './offline-chromium.mjs';

const [baseUrl, outputDir] = process.argv.slice(2);
if (!baseUrl || !outputDir) {
  console.error('usage: node dashboard.mjs <base URL> <output folder>');
  process.exit(2);
}

const origin = new URL(baseUrl).origin;
const pageUrl = new URL('/dashboard/', baseUrl).href;
const shots = ['police-review', 'overview-2026', 'programme-2026', 'programme-2025', 'xa-quynh-nhai', 'overview', 'commune', 'review', 'approved', 'quynh-nhai', 'commune-committee', 'lai-chau', 'lai-chau-son-la-unit', 'failure'];
const screenshots = Object.fromEntries(shots.map((name) => [name, path.join(outputDir, `dashboard-${name}.png`)]));
const reason = 'Đạt đủ các tiêu chí của Kế hoạch 314/QĐ-UBND; hội nghị tổng kết ngày 17/11/2023 thống nhất.';

/** Types a year into the page's year field, as a person changes the year shown. */
async function chooseYear(page, year) {
  await page.getByLabel('Năm', { exact: true }).fill(String(year));
  await page.getByLabel('Năm', { exact: true }).press('Enter');
  await page.getByRole('heading', { level: 1, name: new RegExp(`năm ${year}`) }).waitFor();
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

async function sonLaPolice(page) {
  await signIn(page, pageUrl, 'Province.Police', '14');
  check((await page.getByRole('link', { name: 'Tổng quan' }).count()) === 1, 'the police have no navigation');
  await page.getByRole('link', { name: 'Xét duyệt đề xuất' }).click();
  const card = page.locator('.proposal[data-commune="03703"]');
  await card.waitFor();
  const status = await card.locator('.proposal-status').innerText();
  check(status === 'Chờ Công an tỉnh thẩm định', `Xã Quỳnh Nhai's proposal reads "${status}"`);
  const chain = (await card.locator('.chain li').allInnerTexts()).map((t) => t.trim());
  step(`its chain: ${chain.join(' / ')}`);
  check(chain.length === 3 && chain[0].startsWith('Ban Chỉ đạo xã') && chain[1].startsWith('Công an tỉnh') && chain[1].endsWith('đang chờ')
    && chain[2].startsWith('Ban Chỉ đạo tỉnh'), `the chain reads ${chain.join(' / ')}`);
  check((await card.getByRole('button', { name: 'Phê duyệt', exact: true }).count()) === 0, 'the police are offered to approve');
  check((await page.locator('.proposal[data-commune="03718"] .decision').count()) === 0, 'the police are offered to decide a three-level proposal');
  await page.locator('#live').filter({ hasText: 'Cập nhật tức thời đang bật' }).waitFor();
  await page.screenshot({ path: screenshots['police-review'], fullPage: true });
  await card.getByRole('button', { name: 'Thẩm định, chuyển tỉnh' }).click();
  await card.locator('.proposal-status').filter({ hasText: 'Công an tỉnh đã thẩm định, chờ tỉnh quyết định' }).waitFor();
  check((await card.locator('.decision').count()) === 0, 'the police may still act on the endorsed proposal');
  await page.getByRole('button', { name: 'Đăng xuất' }).click();
}

async function sonLaCommittee(page) {
  await signIn(page, pageUrl, 'Province.Committee', '14');
  step('the plan of 2026 names communes of the two-level list');
  await page.getByRole('heading', { name: 'Sơn La — năm 2026' }).waitFor();
  const newRow = page.locator('#designations tr[data-commune="03703"]');
  await newRow.waitFor();
  const headers = await page.locator('#designations th').allInnerTexts();
  check(!headers.includes('Huyện'), `the 2026 designations have a district column: ${headers.join(' | ')}`);
  const newCells = (await newRow.locator('td').allInnerTexts()).map((t) => t.trim());
  check(newCells[1] === 'Quỳnh Nhai' && newCells[2] === 'Đã đề xuất', `Xã Quỳnh Nhai's row reads ${newCells.join(' | ')}`);
  await page.screenshot({ path: screenshots['overview-2026'], fullPage: true });
  await newRow.getByRole('link', { name: 'Quỳnh Nhai' }).click();
  await page.getByRole('heading', { name: /Xã Quỳnh Nhai/ }).waitFor();
  const lineage = await page.locator('.lineage').innerText();
  check(lineage.includes('Xã Chiềng Khoang') && lineage.includes('Huyện Quỳnh Nhai'), `Xã Quỳnh Nhai's page says it came from: ${lineage}`);
  step('its 2025 runs across the cut-over');
  await chooseYear(page, 2025);
  await page.locator('.note').filter({ hasText: 'cộng từ các xã cũ' }).first().waitFor();
  check((await canvasDrawn(page.locator('#monthly-chart'))) > 1000, "Xã Quỳnh Nhai's 2025 chart is not drawn");
  const totals = await page.locator('table.totals').innerText();
  check(totals.includes('*'), `no 2025 total of Xã Quỳnh Nhai is marked as partly derived: ${totals}`);
  await page.screenshot({ path: screenshots['xa-quynh-nhai'], fullPage: true });

  step('approve its proposal, endorsed by the police');
  await page.getByRole('link', { name: 'Xét duyệt đề xuất' }).click();
  const endorsed = page.locator('.proposal[data-commune="03703"]');
  await endorsed.locator('.proposal-status').filter({ hasText: 'Công an tỉnh đã thẩm định, chờ tỉnh quyết định' }).waitFor();
  await endorsed.getByRole('button', { name: 'Phê duyệt', exact: true }).click();
  await endorsed.locator('.proposal-status').filter({ hasText: 'Đã phê duyệt' }).waitFor();

  step('2025: the plan on the old list carried its designations over to Xã Quỳnh Nhai on 1 July');
  await page.getByRole('link', { name: 'Tổng quan' }).click();
  await page.locator('#designations').waitFor();
  await chooseYear(page, 2025);
  const carried = page.locator('#designations tr[data-unit="2025:03703"]');
  await carried.waitFor();
  const carriedStatus = (await carried.locator('td.status').innerText()).trim();
  check(carriedStatus.includes('từ 01/07/2025') && carriedStatus.includes('Chiềng Khoang'), `Xã Quỳnh Nhai's 2025 row reads ${carriedStatus}`);
  check((await page.locator('#designations tr[data-unit="03718"]').count()) === 1, 'the 2025 plan does not list Chiềng Khoang of the old list beside it');
  step('Chiềng Hắc went only in part into Phường Mộc Châu: the committee keeps it designated');
  const partial = page.locator('#designations tr[data-unit="2025:03980"]');
  const partialStatus = (await partial.locator('td.status').innerText()).trim();
  check(partialStatus.includes('chờ tỉnh xác nhận') && partialStatus.includes('Chiềng Hắc'), `Phường Mộc Châu's 2025 row reads ${partialStatus}`);
  await partial.getByRole('button', { name: 'Giữ chỉ định' }).click();
  await page.locator('#designations tr[data-unit="2025:03980"] td.status').filter({ hasText: 'tỉnh đã xác nhận' }).waitFor();
  check((await page.locator('#designations tr[data-unit="2025:03980"] button').count()) === 0, 'Phường Mộc Châu still offers to confirm once confirmed');
  check((await page.locator('#designations tr[data-unit="2025:04078"] button[data-keep]').count()) === 2, 'Xã Chiềng Hặc, still to confirm, offers no answer');

  step('back to 2023, the reference case');
  await chooseYear(page, 2023);
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
  const documents = await card.innerText();
  check(documents.includes('Tờ trình số 68/TTr-BCĐ ngày 17/11/2023') && documents.includes('Biên bản hội nghị ngày 17/11/2023'),
    'the letter and the minutes are not listed with their type, number and date');
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

async function sonLaProgramme(page) {
  await signIn(page, pageUrl, 'Province.Committee', '14');
  await page.getByRole('heading', { name: 'Sơn La — năm 2026' }).waitFor();
  step('2026: the drug list drafted by the year-end decision, and last year\'s removed commune flagged under monitoring');
  const drugs = page.locator('#programme .track[data-track="DRUGS"]');
  await drugs.waitFor();
  const drugsText = await drugs.innerText();
  check(drugsText.includes('lập từ quyết định tổng kết số 05/QĐ-UBND') && drugsText.includes('Mường Sại') && drugsText.includes('Mường Giôn'),
    `the 2026 drug list reads: ${drugsText}`);
  const flagged = drugs.locator('.monitoring li.breached[data-commune="03688"]');
  const flaggedText = await flagged.innerText();
  check(flaggedText.includes('Vi phạm tiêu chí trong thời gian theo dõi') && flaggedText.includes('đạt 2 trong 4 tiêu chí'), `Mường Chiên under monitoring reads: ${flaggedText}`);
  await page.screenshot({ path: screenshots['programme-2026'], fullPage: true });

  step('designate Mường Chiên again');
  await flagged.getByLabel('Lý do chỉ định lại').fill('Tháng 9-10/2026 xuất hiện lại tụ điểm ma túy, số người sử dụng vượt 0,5% dân số.');
  await flagged.getByRole('button', { name: 'Chỉ định lại' }).click();
  await drugs.locator('.monitoring li[data-commune="03688"]').filter({ hasText: 'Đã chỉ định lại' }).waitFor();
  const again = await drugs.locator('.track-designations tr[data-commune="03688"]').innerText();
  check(again.includes('chỉ định lại, đã ra khỏi diện năm 2025') && again.includes('Loại 1 (trật tự xã hội), Loại 4 (ma túy)'), `Mường Chiên in 2026 reads: ${again}`);

  step('close the social-order year 2026 in one decision');
  const social = page.locator('#programme .track[data-track="SOCIAL_ORDER"]');
  const form = social.locator('form.year-end');
  await form.getByLabel('Số quyết định').fill('210/QĐ-UBND');
  await form.getByLabel('Ngày ký').fill('2026-12-01');
  await form.getByLabel('Người ký').fill('Phó Chủ tịch UBND tỉnh');
  await form.getByLabel(/Xã chỉ định mới/).fill('03754');
  await form.getByRole('button', { name: 'Ban hành quyết định' }).click();
  const decided = social.locator('.year-end-decision');
  await decided.waitFor();
  const decidedText = await decided.innerText();
  check(decidedText.includes('210/QĐ-UBND') && decidedText.includes('chỉ định mới 1') && decidedText.includes('kế hoạch năm 2027 đã được lập'), `the decision reads: ${decidedText}`);
  const continuing = await social.locator('.track-designations tr[data-commune="03721"]').innerText();
  check(continuing.includes('Tiếp tục chuyển hóa năm sau'), `Thuận Châu reads: ${continuing}`);

  step('2025: the drug year decided by 05/QĐ-UBND with its targets');
  await chooseYear(page, 2025);
  const drugs2025 = page.locator('#programme .track[data-track="DRUGS"]');
  await drugs2025.locator('.year-end-decision').waitFor();
  const text2025 = await drugs2025.innerText();
  check(text2025.includes('05/QĐ-UBND') && text2025.includes('50% (mục tiêu ≥ 60%, chưa đạt)') && text2025.includes('Loại 1 (trật tự xã hội), Loại 4 (ma túy)'),
    `the 2025 drug list reads: ${text2025}`);
  await page.screenshot({ path: screenshots['programme-2025'], fullPage: true });
}

async function quynhNhaiDistrict(page) {
  await signIn(page, pageUrl, 'District.Committee', '14', { district: '118' });
  await page.getByRole('heading', { name: /Huyện Quỳnh Nhai/ }).waitFor();
  // Its communes reported until the cut-over (2025); the reference case is 2023.
  await chooseYear(page, 2023);
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

async function quynhNhaiCommune(page) {
  await signIn(page, pageUrl, 'Commune.Committee', '14', { commune: '03703' });
  await page.getByRole('heading', { name: /Xã Quỳnh Nhai/ }).waitFor();
  check((await page.getByRole('link', { name: 'Xét duyệt đề xuất' }).count()) === 0, 'a commune committee is offered the review screen');
  check((await page.locator('#ranking').count()) === 0, 'a commune has units to rank');
  await page.screenshot({ path: screenshots['commune-committee'], fullPage: true });
  step("type the address of Xã Thuận Châu's page");
  await page.goto(`${pageUrl}#/unit/2025:03721`);
  await page.getByRole('alert').filter({ hasText: 'không được xem' }).waitFor();
  await page.getByRole('button', { name: 'Đăng xuất' }).click();
}

async function laiChauAnalyst(page) {
  await signIn(page, pageUrl, 'Analyst', '12');
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
  for (const [name, scenario] of [
    ['Sơn La police', sonLaPolice], ['Sơn La committee', sonLaCommittee], ['Sơn La committee runs the programme', sonLaProgramme],
    ['Quỳnh Nhai district committee', quynhNhaiDistrict],
    ['Xã Quỳnh Nhai commune committee', quynhNhaiCommune], ['Lai Châu analyst', laiChauAnalyst],
  ]) {
    page = await personPage(browser, origin, failures, { viewport: { width: 1366, height: 900 }, acceptDownloads: true });
    step(name);
    await scenario(page);
    await page.context().close();
  }

  check(failures.length === 0, failures.join('\n'));
  console.log('ok: the police endorse and the committee approves in the two-level structure, the committee runs the programme\'s year, the reference case runs as before, a district and a commune see their own, and Lai Châu sees none of Sơn La');
} catch (error) {
  exitCode = 1;
  console.error(`FAILED: ${error.message}`);
  await page?.screenshot({ path: screenshots.failure, fullPage: true }).catch(() => {});
} finally {
  await browser.close();
}

process.exit(exitCode);
