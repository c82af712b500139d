// Signing in to the dashboard as a demo user, as the browser tests of its pages do.
import { check, step } from './offline-chromium.mjs';

/** Signs in at the dashboard (`pageUrl`) as a demo user of the development issuer: a role, a province, a district or commune code. */
export async function signIn(page, pageUrl, role, province, { district = '', commune = '' } = {}) {
  step(`sign in as ${role} of ${province} ${district}${commune}`);
  const response = await page.goto(pageUrl, { waitUntil: 'load' });
  check(response?.status() === 200, `the page answered ${response?.status()}`);
  await page.getByLabel('Vai trò').selectOption(role);
  await page.getByLabel('Tỉnh').selectOption(province);
  await page.getByLabel(/Mã huyện/).fill(district);
  await page.getByLabel(/Mã xã/).fill(commune);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await page.locator('header .viewer').waitFor();
}
