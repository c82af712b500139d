// What every browser test shares: Debian's Chromium launched headless, pages kept offline and watched for errors, and the
// log of steps and checks.
import { mkdir, readdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { chromium } from 'playwright-core';

// Without the background-networking flags Chromium keeps calling Google's hosts, which this network refuses.
const chromiumFlags = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
];

export function launchChromium() {
  return chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: chromiumFlags });
}

/** Offline by construction: nothing but the host under test answers; any other request is recorded in failures. */
export async function keepOffline(context, origin, failures) {
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith(origin) || url.startsWith('data:') || url.startsWith('blob:')) {
      return route.continue();
    }

    failures.push(`the page asked for ${url}`);
    return route.abort('internetdisconnected');
  });
}

/** Records the page's uncaught errors and Content-Security-Policy violations in failures. */
export function watchForErrors(page, failures) {
  page.on('pageerror', (error) => failures.push(`uncaught error in the page: ${error.message}`));
  page.on('console', (message) => {
    if (message.text().includes('Content Security Policy')) {
      failures.push(`CSP violation: ${message.text()}`);
    }
  });
}

/** Logs a step of a scenario, so that a failure's log says how far it went. */
export const step = (text) => console.log(`· ${text}`);

/** Fails the scenario with the message unless the condition holds. */
export function check(condition, message) {
  if (!condition) {
    throw new Error(message);
  }
}

/**
 * A page of its own for one person (a fresh context: nothing of an earlier sign-in stays), kept offline and watched for
 * errors, with Vietnamese locale and time zone; `options` are the context's (viewport, phone emulation).
 */
export async function personPage(browser, origin, failures, options) {
  const context = await browser.newContext({ ...options, locale: 'vi-VN', timezoneId: 'Asia/Ho_Chi_Minh' });
  context.setDefaultTimeout(30_000);
  await keepOffline(context, origin, failures);
  const page = await context.newPage();
  watchForErrors(page, failures);
  return page;
}

/**
 * Runs a scenario script and exits 0 when every check holds, 1 otherwise: the output folder is emptied of an earlier run's
 * files (named `prefix`…), Chromium launched, `scenarios({ browser, failures, current })` run (setting `current.page` to the
 * page in use), and on a failure the page's `messages` (a selector) are logged and a screenshot `<prefix>failure.png` left.
 */
export async function runScript({ outputDir, prefix, messages, success }, scenarios) {
  await mkdir(outputDir, { recursive: true });
  // Files and screenshots of an earlier run would pass for this one's.
  await Promise.all((await readdir(outputDir)).filter((f) => f.startsWith(prefix)).map((f) => rm(path.join(outputDir, f), { force: true })));
  const browser = await launchChromium();
  const failures = [];
  const current = {};
  let exitCode = 0;
  try {
    await scenarios({ browser, failures, current });
    check(failures.length === 0, failures.join('\n'));
    console.log(success);
  } catch (error) {
    exitCode = 1;
    console.error(`FAILED: ${error.message}`);
    // What the page said at the time, to tell a wrong check from a message in the wrong place.
    const shown = await current.page?.locator(messages).allInnerTexts().catch(() => []);
    console.error(`messages on the page: ${(shown ?? []).filter(Boolean).join(' | ')}`);
    await current.page?.screenshot({ path: path.join(outputDir, `${prefix}failure.png`), fullPage: true }).catch(() => {});
  } finally {
    await browser.close();
  }

  process.exit(exitCode);
}
