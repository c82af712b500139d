// Drives the dashboard's reporting status page (#/reporting/<unit>/<period>) in headless Chromium against a running host of
// the web apps' tests, whose reporting deadlines run on a clock of their own set to 3 Dec 2026 09:00 in Vietnam (November's
// reports due on 5 Dec), moved by the test-only POST /test/reporting-clock:
//  1. Sơn La's committee (desktop) reads completeness, timeliness, the communes × months grid of 2026 and the overdue list;
//  2. Xã Mường Trai's (03808) commune committee (phone) reads that its November report is due on 5 Dec;
//  3. the clock moves three days on and the province's check runs: the commune's page says, as it happens, that the report
//     is overdue; the province sees the overdue list grow with it and completeness fall;
//  4. the commune files November: the province sees it leave the overdue list and completeness rise;
//  5. the province's page on a phone fits the screen's width (the grid scrolls in its own box).
// Robust to the other scripts of the same host: every figure is compared with the one read just before.
//
//   node reporting-status.mjs <base URL of a running host> <output folder>
//
// Exits 0 when every check holds, 1 otherwise; leaves screenshots (reporting-status-*.png) in the output folder either way.
import { mkdir, readdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { signIn } from './dashboard-sign-in.mjs';
import { check, launchChromium, personPage, step } from './offline-chromium.mjs';

const [baseUrl, outputDir] = process.argv.slice(2);
if (!baseUrl || !outputDir) {
  console.error('usage: node reporting-status.mjs <base URL> <output folder>');
  process.exit(2);
}

const origin = new URL(baseUrl).origin;
const pageUrl = new URL('/dashboard/', baseUrl).href;
const shot = (name) => path.join(outputDir, `reporting-status-${name}.png`);
const phone = { viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 };
const desktop = { viewport: { width: 1366, height: 900 } };
const commune = '03808';
const provinceRoute = '#/reporting/2025:14/2026';

/** The figures the province's page shows, from the attributes beside the words. */
async function figures(page) {
  const cards = page.locator('#figures');
  await cards.waitFor();
  const number = async (name) => Number(await cards.getAttribute(`data-${name}`));
  return {
    expected: await number('expected'),
    received: await number('received'),
    overdue: await number('overdue'),
    completeness: await page.locator('#completeness').innerText(),
    overdueHere: await page.locator(`#overdue-list li[data-commune="${commune}"][data-month="2026-11"]`).count(),
    cell: await page.locator(`.reporting-grid tr[data-commune="${commune}"] td[data-month="2026-11"]`).getAttribute('data-state'),
  };
}

async function openProvince(page) {
  await page.goto(`${pageUrl}${provinceRoute}`);
  await page.reload();
  await page.getByRole('heading', { name: 'Tình hình báo cáo' }).waitFor();
  return figures(page);
}

const fitsWidth = (page) => page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);

await mkdir(outputDir, { recursive: true });
await Promise.all((await readdir(outputDir)).filter((f) => f.startsWith('reporting-status-')).map((f) => rm(path.join(outputDir, f), { force: true })));
const browser = await launchChromium();
const failures = [];
let exitCode = 0;
let current;
try {
  step('Sơn La\'s committee on a desktop: the 2026 status before the deadline');
  const province = current = await personPage(browser, origin, failures, desktop);
  await signIn(province, pageUrl, 'Province.Committee', '14');
  await province.getByRole('link', { name: 'Tình hình báo cáo' }).click();
  await province.getByRole('heading', { name: 'Tình hình báo cáo' }).waitFor();
  const before = await openProvince(province);
  check(before.cell === 'NOT_YET_DUE' && before.overdueHere === 0, `Mường Trai's November reads ${before.cell} before 5 Dec`);
  check(before.expected >= 40 && before.completeness.endsWith('%'), `the province's figures read ${JSON.stringify(before)}`);
  const legend = await province.locator('.legend').innerText();
  check(['Đúng hạn', 'Trễ hạn', 'Quá hạn, chưa nộp', 'Chưa đến hạn'].every((t) => legend.includes(t)), `the legend reads: ${legend}`);
  await province.screenshot({ path: shot('desktop-before'), fullPage: true });

  step('Xã Mường Trai\'s commune committee on a phone: its November report is due on 5 Dec');
  const communePage = current = await personPage(browser, origin, failures, phone);
  await signIn(communePage, pageUrl, 'Commune.Committee', '14', { commune });
  await communePage.getByRole('link', { name: 'Tình hình báo cáo' }).click();
  await communePage.locator('#own-notices').waitFor();
  const own = await communePage.locator('#own-notices').innerText();
  check(own.includes('tháng 11/2026') && own.includes('đến hạn ngày 05/12/2026'), `the commune reads: ${own}`);
  check(await communePage.locator('.reporting-grid tbody tr').count() === 1, 'the commune sees other communes\' rows');
  check(await fitsWidth(communePage), 'the commune\'s page is wider than the phone');
  // The page listens for its notices once its socket is open.
  await communePage.locator('#live-notice[data-live="on"]').waitFor({ state: 'attached' });

  step('the deadline passes: three days on, the province\'s check runs');
  const moved = await communePage.request.post(`${baseUrl.replace(/\/$/, '')}/test/reporting-clock?hours=72&provinceCode=14`);
  check(moved.ok(), `moving the clock answered ${moved.status()}`);
  const live = communePage.locator('#live-notice');
  await live.filter({ hasText: 'đã quá hạn' }).waitFor();
  check((await live.innerText()).includes('tháng 11/2026'), `the commune is told: ${await live.innerText()}`);
  await communePage.screenshot({ path: shot('phone-commune-overdue'), fullPage: true });

  const afterDeadline = await openProvince(province);
  check(afterDeadline.cell === 'OVERDUE' && afterDeadline.overdueHere === 1, `Mường Trai's November reads ${afterDeadline.cell} after 5 Dec`);
  check(afterDeadline.overdue > before.overdue && afterDeadline.expected > before.expected && afterDeadline.received === before.received,
    `after the deadline: ${JSON.stringify(before)} → ${JSON.stringify(afterDeadline)}`);
  check(afterDeadline.completeness !== before.completeness, `completeness stayed ${before.completeness}`);
  await province.screenshot({ path: shot('desktop-after-deadline'), fullPage: true });

  step('the commune files November: the province sees it arrive');
  const filed = await communePage.evaluate(async () => {
    const response = await fetch('/graphql', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${JSON.parse(sessionStorage.getItem('chuyenhoa.dashboard.token')).accessToken}` },
      body: JSON.stringify({ query: 'mutation { submitIndicatorReport(input: { communeCode: "03808", period: "2026-11", values: [{ indicator: "security_cameras", value: 260 }] }) { errors { message } } }' }),
    });
    return response.json();
  });
  check(filed.data?.submitIndicatorReport?.errors?.length === 0, `the report was refused: ${JSON.stringify(filed)}`);
  const afterReport = await openProvince(province);
  check(afterReport.cell === 'LATE' && afterReport.overdueHere === 0, `Mường Trai's November reads ${afterReport.cell} once filed`);
  check(afterReport.overdue === afterDeadline.overdue - 1 && afterReport.received === afterDeadline.received + 1 && afterReport.expected === afterDeadline.expected,
    `after the report: ${JSON.stringify(afterDeadline)} → ${JSON.stringify(afterReport)}`);
  check(afterReport.completeness !== afterDeadline.completeness, `completeness stayed ${afterDeadline.completeness}`);
  await province.screenshot({ path: shot('desktop-after-report'), fullPage: true });
  await communePage.context().close();
  await province.context().close();

  step('Sơn La\'s committee on a phone: the same page fits the screen');
  const provincePhone = current = await personPage(browser, origin, failures, phone);
  await signIn(provincePhone, pageUrl, 'Province.Committee', '14');
  const onPhone = await openProvince(provincePhone);
  check(onPhone.overdue === afterReport.overdue && onPhone.cell === 'LATE', `the phone reads ${JSON.stringify(onPhone)}`);
  check(await fitsWidth(provincePhone), 'the province\'s page is wider than the phone');
  await provincePhone.screenshot({ path: shot('phone-province'), fullPage: true });
  await provincePhone.context().close();

  check(failures.length === 0, failures.join('\n'));
  console.log('ok: the province sees completeness and the overdue list move as a deadline passes and a report arrives; the commune hears its report is overdue; phone and desktop');
} catch (error) {
  exitCode = 1;
  console.error(`FAILED: ${error.message}`);
  await current?.screenshot({ path: shot('failure'), fullPage: true }).catch(() => {});
} finally {
  await browser.close();
}

process.exit(exitCode);
