// Drives the dashboard's reports by Excel (#/import) in headless Chromium, on a phone-sized screen (360×740) and then on a
// desktop, against a running Development host with the two-level demo (Xã Quỳnh Nhai 2025:03703 reported by its commune
// committee 2025-07 to 2026-10). Xã Quỳnh Nhai's commune committee, on each screen, files a quarter by Excel: Q3 2026 on the
// phone, Q2 2026 on the desktop, changing only the legal education sessions, which no other browser script reads:
//  1. it opens the page from the navigation, picks the quarter and downloads the template through the page: one row per
//     month of its commune, codes and months as text, the stored figures filled in;
//  2. it fills the template (one more session each month, a note on every row), sends it as a dry run and reads each row:
//     new or corrected with old → new and its cell, nothing refused; nothing is written yet (a fresh template is unchanged);
//  3. it applies it: each row recorded as the dry run said;
//  4. it sends the same file again: every row unchanged, nothing to apply;
//  5. a fresh template holds the figures filed; on the desktop, a file that is not a spreadsheet is refused with the
//     server's message.
// On the phone the page fits the screen's width. Offline: any request that leaves the host's origin fails the run.
//
//   node report-import.mjs <base URL of a running host> <output folder>
//
// Exits 0 when every check holds, 1 otherwise; leaves screenshots (report-import-*.png) and the files (report-import-*.xlsx)
// in the output folder either way.
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { signIn } from './dashboard-sign-in.mjs';
import { check, personPage, runScript, step } from './offline-chromium.mjs';
import { readCells, setCells } from './xlsx-cells.mjs';

const [baseUrl, outputDir] = process.argv.slice(2);
if (!baseUrl || !outputDir) {
  console.error('usage: node report-import.mjs <base URL> <output folder>');
  process.exit(2);
}

const origin = new URL(baseUrl).origin;
const pageUrl = new URL('/dashboard/', baseUrl).href;
const output = (name) => path.join(outputDir, `report-import-${name}`);
const viewports = [
  { name: 'phone', months: ['2026-07', '2026-08', '2026-09'], options: { viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 } },
  { name: 'desktop', months: ['2026-04', '2026-05', '2026-06'], options: { viewport: { width: 1366, height: 900 } } },
];
const indicator = 'legal_education_sessions';
const note = 'Bổ sung buổi tuyên truyền pháp luật tổ chức ở thôn';

/** Whether the page is no wider than the screen: nothing to scroll sideways on a phone. */
const fitsWidth = (page) => page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);

/** The template of the months chosen, downloaded through the page and saved as `name`. */
async function downloadTemplate(page, months, name) {
  await page.getByLabel('Từ tháng').fill(months[0]);
  await page.getByLabel('Đến tháng').fill(months.at(-1));
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Tải mẫu Excel' }).click()]);
  check(download.suggestedFilename() === `mau-bao-cao-2025-03703-${months[0]}-${months.at(-1)}.xlsx`, `the template is saved as ${download.suggestedFilename()}`);
  await download.saveAs(output(name));
  return readFile(output(name));
}

/** The template's data rows: commune, month and the indicator's value and cell, the note's cell. */
function templateRows(workbook) {
  const cells = readCells(workbook, 'Báo cáo');
  const column = (header) => Object.entries(cells).find(([reference, text]) => /^[A-Z]+1$/.test(reference) && text === header)?.[0].replace('1', '');
  const valueColumn = Object.entries(cells).find(([reference, text]) => /^[A-Z]+1$/.test(reference) && text.endsWith(`(${indicator})`))?.[0].replace('1', '');
  const noteColumn = column('Ghi chú điều chỉnh');
  check(valueColumn && noteColumn && column('Mã xã') === 'A' && column('Tháng') === 'C', `the template's headers read ${Object.values(cells).slice(0, 3).join(' | ')}`);
  const rows = [];
  for (let row = 2; cells[`A${row}`] !== undefined; row++) {
    rows.push({ row, commune: cells[`A${row}`], month: cells[`C${row}`], value: cells[`${valueColumn}${row}`] === '' ? null : Number(cells[`${valueColumn}${row}`]),
      cell: `${valueColumn}${row}`, noteCell: `${noteColumn}${row}` });
  }

  return rows;
}

/** Sends the file through the page (dry run), and reads the rows of the answer as shown. */
async function dryRun(page, file) {
  await page.locator('#file').setInputFiles(file);
  await page.getByRole('button', { name: 'Kiểm tra thử' }).click();
  await page.locator('.import-message').waitFor();
  return shownRows(page);
}

const shownRows = (page) => page.locator('.import-rows > li').evaluateAll((items) => items.map((li) => ({
  row: Number(li.dataset.row), outcome: li.dataset.outcome, text: li.innerText.replace(/\s+/g, ' ') })));

async function filesAQuarter(page, { name, months }) {
  await signIn(page, pageUrl, 'Commune.Committee', '14', { commune: '03703' });
  step('open the Excel page from the navigation and download the quarter\'s template');
  await page.getByRole('link', { name: 'Báo cáo bằng Excel' }).click();
  await page.getByRole('heading', { level: 1, name: 'Báo cáo bằng Excel' }).waitFor();
  const template = await downloadTemplate(page, months, `${name}-template.xlsx`);
  const rows = templateRows(template);
  check(JSON.stringify(rows.map((r) => [r.commune, r.month])) === JSON.stringify(months.map((m) => ['2025:03703', m])),
    `the template's rows are ${rows.map((r) => `${r.commune} ${r.month}`).join(', ')}`);

  step('fill it: one more session each month, a note on every row');
  const filled = setCells(template, 'Báo cáo', Object.fromEntries(rows.flatMap((r) => [[r.cell, (r.value ?? 0) + 1], [r.noteCell, note]])));
  await writeFile(output(`${name}-filled.xlsx`), filled);

  step('dry run: each row new or corrected, old → new with its cell');
  const checked = await dryRun(page, output(`${name}-filled.xlsx`));
  check(checked.length === 3, `the dry run shows ${checked.length} rows`);
  for (const [i, r] of rows.entries()) {
    const shown = checked[i];
    const expected = r.value === null ? 'NEW' : 'CORRECTED';
    check(shown.row === r.row && shown.outcome === expected, `row ${r.row} (${r.month}) reads ${shown.outcome}: ${shown.text}`);
    check(shown.text.includes(`${r.value === null ? 'mới' : r.value} → ${r.value + 1} (ô ${r.cell})`), `row ${r.row} shows ${shown.text}`);
  }

  check(await page.getByRole('button', { name: 'Áp dụng' }).isVisible(), 'no Áp dụng after a dry run without refused rows');
  check(await fitsWidth(page), `the ${name} page is wider than the screen`);
  await page.screenshot({ path: output(`${name}-dry-run.png`), fullPage: true });
  const untouched = templateRows(await downloadTemplate(page, months, `${name}-after-dry-run.xlsx`));
  check(JSON.stringify(untouched.map((r) => r.value)) === JSON.stringify(rows.map((r) => r.value)), 'the dry run changed the stored figures');

  step('apply: every row recorded as the dry run said');
  await page.getByRole('button', { name: 'Áp dụng' }).click();
  await page.locator('.import-message').filter({ hasText: 'Đã ghi' }).waitFor();
  const applied = await shownRows(page);
  check(JSON.stringify(applied.map((r) => r.outcome)) === JSON.stringify(checked.map((r) => r.outcome)), `applied rows read ${applied.map((r) => r.outcome).join(', ')}`);
  check(!(await page.getByRole('button', { name: 'Áp dụng' }).isVisible()), 'Áp dụng is still offered after applying');
  await page.screenshot({ path: output(`${name}-applied.png`), fullPage: true });

  step('the same file again: every row unchanged, nothing to apply');
  const again = await dryRun(page, output(`${name}-filled.xlsx`));
  check(again.length === 3 && again.every((r) => r.outcome === 'UNCHANGED'), `the same file again reads ${again.map((r) => r.outcome).join(', ')}`);
  check(!(await page.getByRole('button', { name: 'Áp dụng' }).isVisible()), 'Áp dụng is offered for a file that changes nothing');
  check(await fitsWidth(page), `the ${name} page is wider than the screen`);
  await page.screenshot({ path: output(`${name}-again.png`), fullPage: true });

  step('a fresh template holds the figures filed');
  const fresh = templateRows(await downloadTemplate(page, months, `${name}-after.xlsx`));
  check(JSON.stringify(fresh.map((r) => r.value)) === JSON.stringify(rows.map((r) => (r.value ?? 0) + 1)), `the fresh template holds ${fresh.map((r) => r.value).join(', ')}`);

  if (name === 'desktop') {
    step('a file that is not a spreadsheet is refused with the server\'s message');
    await writeFile(output('not-a-spreadsheet.xlsx'), 'Mã xã,Tháng\n2025:03703,2026-04\n');
    await page.locator('#file').setInputFiles(output('not-a-spreadsheet.xlsx'));
    await page.getByRole('button', { name: 'Kiểm tra thử' }).click();
    await page.locator('#import-error').filter({ hasText: 'không phải là tệp Excel' }).waitFor();
    check((await page.locator('.import-rows').count()) === 0, 'a refused file shows rows');
  }

  await page.getByRole('button', { name: 'Đăng xuất' }).click();
}

await runScript({
  outputDir, prefix: 'report-import-', messages: '.error, .import-message',
  success: 'ok: a commune committee files a quarter by Excel on a phone and on a desktop: template through the page, dry run row by row, apply, the same file again changes nothing',
}, async ({ browser, failures, current }) => {
  for (const viewport of viewports) {
    current.page = await personPage(browser, origin, failures, viewport.options);
    step(`Xã Quỳnh Nhai commune committee on a ${viewport.name}`);
    await filesAQuarter(current.page, viewport);
    await current.page.context().close();
  }
});
