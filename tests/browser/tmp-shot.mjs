import { launchChromium } from './offline-chromium.mjs';
const [base, role, province, commune, hash, out, year] = process.argv.slice(2);
const browser = await launchChromium();
const page = await (await browser.newContext({ viewport: { width: 1366, height: 900 }, locale: 'vi-VN', timezoneId: 'Asia/Ho_Chi_Minh' })).newPage();
page.on('console', (m) => console.log('console:', m.text()));
await page.goto(new URL('/dashboard/', base).href);
await page.getByLabel('Vai trò').selectOption(role);
await page.getByLabel('Tỉnh').selectOption(province);
if (commune) await page.getByLabel(/Mã xã/).fill(commune);
await page.getByRole('button', { name: 'Đăng nhập' }).click();
await page.locator('header .viewer').waitFor();
if (year) { await page.evaluate((y) => sessionStorage.setItem('chuyenhoa.dashboard.year', y), year); }
if (hash) { await page.goto(new URL('/dashboard/' + hash, base).href); }
await page.waitForTimeout(4000);
await page.screenshot({ path: out, fullPage: true });
console.log((await page.locator('main').innerText()).slice(0, 1500));
await browser.close();
