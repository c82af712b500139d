// Drives the GraphQL IDE page (/graphql/ui/) in headless Chromium as a person would: paste a token, run the
// default query, read the answer in the response pane, run a subscription. Offline: any request that leaves the
// host's origin is refused and fails the run.
//
//   node graphiql-ide.mjs <base URL of a running host> <bearer token> <output folder>
//
// Exits 0 when every check holds, 1 otherwise; leaves screenshots in the output folder either way.
import { mkdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { check, keepOffline, launchChromium, step, watchForErrors } from './offline-chromium.mjs';

// expectedText (optional): text the answer must contain, e.g. the signed-in user's name, so a real answer is required.
const [baseUrl, token, outputDir, expectedText] = process.argv.slice(2);
if (!baseUrl || !token || !outputDir) {
  console.error('usage: node graphiql-ide.mjs <base URL> <bearer token> <output folder>');
  process.exit(2);
}

const origin = new URL(baseUrl).origin;
const pageUrl = new URL('/graphql/ui/', baseUrl).href;
const graphqlUrl = new URL('/graphql', baseUrl).href;
const screenshots = Object.fromEntries(['query', 'subscription', 'failure'].map((name) => [name, path.join(outputDir, `graphiql-${name}.png`)]));

/** The text of a Monaco editor as shown, without whitespace (Monaco renders spaces as no-break spaces). */
async function editorText(locator) {
  return (await locator.locator('.view-lines').innerText()).replace(/\s/g, '');
}

/** Waits until a Monaco editor shows the text, whitespace aside. */
async function waitForEditorText(locator, text, what) {
  const shown = text.replace(/\s/g, '');
  const deadline = Date.now() + 15_000;
  while (!(await editorText(locator)).includes(shown)) {
    if (Date.now() > deadline) {
      throw new Error(`the ${what} does not show ${text}; it shows: ${await editorText(locator)}`);
    }

    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

/** What the response pane must show of the server's answer: all of it, as GraphiQL prints JSON. */
function expectedInPane(status, body) {
  try {
    return JSON.stringify(JSON.parse(body));
  } catch {
    // Not JSON (such as an empty 404 while /graphql is not mapped): the page turns it into an error naming the status.
    return `HTTP ${status}`;
  }
}

async function run(page, failures) {
  step(`open ${pageUrl}`);
  const response = await page.goto(pageUrl, { waitUntil: 'load' });
  check(response?.status() === 200, `the page answered ${response?.status()}`);

  const tokenField = page.getByLabel('Mã truy cập (Bearer)');
  await tokenField.waitFor();
  check((await tokenField.getAttribute('type')) === 'password', 'the token field does not mask the token');
  const queryEditor = page.locator('.graphiql-query-editor');
  await queryEditor.locator('.view-lines').waitFor();
  const query = await editorText(queryEditor);
  check(query.includes('me{displayNameroles'), `the query editor does not show the default query: ${query}`);

  step('paste the token');
  // Through the clipboard, as a person would: copied with the "Bearer " prefix, which the field drops.
  await page.evaluate((text) => navigator.clipboard.writeText(text), `Bearer ${token}`);
  await tokenField.click();
  await page.keyboard.press('ControlOrMeta+V');
  check((await tokenField.inputValue()) === token, `the token field holds "${await tokenField.inputValue()}", not the pasted token`);

  step('run the default query');
  // The query is held back until the pane is seen empty, so what the pane shows next is this query's answer
  // (the schema's introspection, sent on load and again with the token, also reports its errors there).
  let release;
  const held = new Promise((resolve) => { release = resolve; });
  const isQuery = (r) => r.url() === graphqlUrl && r.method() === 'POST' && !(r.postData() ?? '').includes('IntrospectionQuery');
  await page.route(graphqlUrl, async (route) => {
    if (isQuery(route.request())) {
      await held;
    }

    await route.fallback();
  });
  const queryRequest = page.waitForRequest(isQuery);
  await page.locator('.graphiql-execute-button').click();
  const request = await queryRequest;
  const headers = await request.allHeaders();
  check(headers.authorization === `Bearer ${token}`, `POST /graphql carried Authorization "${headers.authorization}"`);
  check(JSON.parse(request.postData() ?? '{}').query?.includes('displayName'), 'POST /graphql did not carry the default query');
  const pane = page.locator('.graphiql-response');
  check((await editorText(pane)) === '', `the response pane was not cleared for the run: ${await editorText(pane)}`);
  release();
  const answer = await request.response();
  check(answer !== null, 'POST /graphql got no response');
  const body = await answer.text();
  const expected = expectedInPane(answer.status(), body);
  step(`/graphql answered ${answer.status()}: ${body.slice(0, 200)}`);
  await waitForEditorText(pane, expected, 'response pane');
  if (expectedText) {
    check(answer.status() === 200 && body.includes(expectedText), `the answer does not contain "${expectedText}": ${body.slice(0, 300)}`);
  }

  await page.screenshot({ path: screenshots.query });

  step('reload: the token stays for the session');
  await page.reload({ waitUntil: 'load' });
  check((await tokenField.inputValue()) === token, 'the token was not kept in sessionStorage across a reload');

  step('run a subscription over graphql-transport-ws');
  let receivedInit;
  const connectionInit = new Promise((resolve) => { receivedInit = resolve; });
  // A stand-in for the server's WebSocket: what matters here is what the page sends in connection_init.
  await page.routeWebSocket(/\/graphql$/, (socket) => {
    socket.onMessage((raw) => {
      const message = JSON.parse(raw);
      if (message.type === 'connection_init') {
        receivedInit(message.payload);
        socket.send(JSON.stringify({ type: 'connection_ack' }));
      } else if (message.type === 'subscribe') {
        socket.send(JSON.stringify({ id: message.id, type: 'next', payload: { data: { removalProposalChanged: { status: 'APPROVED' } } } }));
        socket.send(JSON.stringify({ id: message.id, type: 'complete' }));
      }
    });
  });
  await queryEditor.locator('.view-lines').click();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.insertText('subscription { removalProposalChanged(provinceCode: "14") { status } }');
  await page.locator('.graphiql-execute-button').click();
  const payload = await Promise.race([connectionInit, page.waitForTimeout(15_000).then(() => null)]);
  check(payload !== null, 'the page opened no WebSocket to /graphql for the subscription');
  check(payload.Authorization === `Bearer ${token}`, `connection_init carried ${JSON.stringify(payload)}`);
  await waitForEditorText(pane, 'APPROVED', 'response pane');
  await page.screenshot({ path: screenshots.subscription });

  check(failures.length === 0, failures.join('\n'));
}

await mkdir(outputDir, { recursive: true });
// Screenshots of an earlier run would pass for this one's.
await Promise.all(Object.values(screenshots).map((file) => rm(file, { force: true })));
const browser = await launchChromium();
const failures = [];
let exitCode = 0;
try {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin });
  await keepOffline(context, origin, failures);
  const page = await context.newPage();
  watchForErrors(page, failures);
  page.on('request', (request) => {
    const authorization = request.headers().authorization;
    if (request.url() === graphqlUrl && authorization !== undefined && authorization !== `Bearer ${token}`) {
      failures.push(`a request to /graphql carried Authorization "${authorization}"`);
    }
  });
  try {
    await run(page, failures);
    console.log('ok: the IDE page works offline and sends the pasted token');
  } catch (error) {
    exitCode = 1;
    console.error(`FAILED: ${error.message}`);
    await page.screenshot({ path: screenshots.failure }).catch(() => {});
  }
} finally {
  await browser.close();
}

process.exit(exitCode);
