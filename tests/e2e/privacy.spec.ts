// Privacy as a person can check it: a model naming outside addresses is opened and exported through the app, and
// nothing goes beyond the app's origin, the page carries a Content-Security-Policy, and no storage holds anything.
import { test, expect, type BrowserContext, type Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { PNG } from 'pngjs';
import { backends } from './browser';
import { gltfNamingOutsideAddresses, NAMED_OUTSIDE_ADDRESSES } from '../fixtures/privacy-fixtures';

const appOrigin = () => new URL(test.info().project.use.baseURL!).origin;

/** Every request the context sees, from pages, workers and service workers alike, at three listening points. */
async function recordRequests(context: BrowserContext, page: Page) {
  const urls: string[] = [];
  const serviceWorkers: string[] = [];
  await context.route('**/*', (route) => {
    urls.push(route.request().url());
    return route.continue();
  });
  context.on('request', (r) => urls.push(r.url()));
  page.on('request', (r) => urls.push(r.url()));
  page.on('websocket', (ws) => urls.push(ws.url()));
  context.on('serviceworker', (worker) => serviceWorkers.push(worker.url()));
  return { urls, serviceWorkers };
}

/** Requests that leave the app's origin; data: and blob: never touch the network, and the dev server's websocket is its own host. */
function beyondOrigin(urls: string[]): string[] {
  const app = new URL(appOrigin());
  return urls.filter((url) => {
    const u = new URL(url);
    if (u.protocol === 'data:' || u.protocol === 'blob:') return false;
    if (u.protocol === 'ws:') return u.host !== app.host;
    return u.origin !== app.origin;
  });
}

async function storageContents(page: Page) {
  return page.evaluate(async () => ({
    localStorage: Object.keys(localStorage),
    sessionStorage: Object.keys(sessionStorage),
    indexedDB: (await indexedDB.databases()).map((d) => d.name ?? '?'),
    caches: await caches.keys(),
    serviceWorkers: (await navigator.serviceWorker.getRegistrations()).map((r) => r.scope),
  }));
}

for (const backend of backends) {
  test.describe(backend, () => {
    test('opening and exporting a model that names outside addresses requests nothing beyond the origin and stores nothing', async ({ page, context }) => {
      const seen = await recordRequests(context, page);
      const problems: string[] = [];
      page.on('pageerror', (e) => problems.push(e.message));
      await page.addInitScript(() => {
        (window as any).__violations = [];
        document.addEventListener('securitypolicyviolation', (e) => (window as any).__violations.push(`${e.violatedDirective} ${e.blockedURI}`));
        // object URLs made and revoked, to find any left alive
        const live = ((window as any).__liveObjectUrls = new Set<string>());
        const create = URL.createObjectURL.bind(URL);
        const revoke = URL.revokeObjectURL.bind(URL);
        URL.createObjectURL = (obj: Blob | MediaSource) => { const url = create(obj); live.add(url); return url; };
        URL.revokeObjectURL = (url: string) => { live.delete(url); revoke(url); };
      });
      await page.goto(`/?backend=${backend}`);
      await page.waitForFunction(() => (window as any).__modelshot?.ready !== undefined);
      await page.evaluate(() => (window as any).__modelshot.ready);

      await page.getByLabel('Model file').setInputFiles({ name: 'outside.gltf', mimeType: 'model/gltf+json', buffer: Buffer.from(gltfNamingOutsideAddresses()) });
      await expect(page.locator('#status')).toContainText('Opened');
      // each outside texture is reported as not loaded, in the Model warnings list
      const warnings = page.getByRole('list', { name: 'Model warnings' }).getByRole('listitem');
      await expect(warnings.filter({ hasText: /outside address/i })).toHaveCount(NAMED_OUTSIDE_ADDRESSES.length);

      await page.getByRole('combobox', { name: 'Views', exact: true }).selectOption({ label: 'Front' });
      await page.getByLabel('Width', { exact: true }).fill('96');
      await page.getByLabel('Height', { exact: true }).fill('96');
      await page.getByLabel('Format').selectOption('PNG');
      const [download] = await Promise.all([page.waitForEvent('download', { timeout: 80_000 }), page.getByRole('button', { name: 'Render images' }).click()]);
      const png = PNG.sync.read(await readFile(await download.path()));
      // the data: URI texture was used: its red and green quadrants both show
      let red = 0, green = 0;
      for (let i = 0; i < png.data.length; i += 4) {
        const [r, g, b, a] = [png.data[i], png.data[i + 1], png.data[i + 2], png.data[i + 3]];
        if (a < 200) continue;
        if (r > g + 40 && r > b + 40) red++;
        if (g > r + 40 && g > b + 40) green++;
      }
      console.log(`${backend}: exported ${png.width}×${png.height}, ${red} red and ${green} green texture pixels; ${seen.urls.length} requests seen`);
      expect(red).toBeGreaterThan(200);
      expect(green).toBeGreaterThan(200);

      // the download's object URL is revoked once the browser has had time to read it
      await expect.poll(() => page.evaluate(() => (window as any).__liveObjectUrls.size), { timeout: 20_000 }).toBe(0);

      const outside = beyondOrigin(seen.urls);
      expect(outside).toEqual([]);
      for (const address of NAMED_OUTSIDE_ADDRESSES) expect(seen.urls.some((u) => u.includes(address.replace(/^\/\//, '')))).toBe(false);
      expect(seen.serviceWorkers).toEqual([]);
      expect(await page.evaluate(() => (window as any).__violations)).toEqual([]);
      expect(await storageContents(page)).toEqual({ localStorage: [], sessionStorage: [], indexedDB: [], caches: [], serviceWorkers: [] });
      expect(problems).toEqual([]);
    });
  });
}

test('the app page carries a Content-Security-Policy that keeps every request on its own origin', async ({ page }) => {
  const violations: string[] = [];
  page.on('console', (m) => { if (/Content Security Policy/i.test(m.text())) violations.push(m.text()); });
  await page.goto('/?backend=webgl2');
  await page.evaluate(() => (window as any).__modelshot.ready);
  const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  console.log(`Content-Security-Policy: ${policy}`);
  const directives = new Map(policy!.split(';').map((d) => d.trim().split(/\s+/)).map(([name, ...values]) => [name, values]));
  expect(directives.get('default-src')).toEqual(["'self'"]);
  expect(directives.get('connect-src')).toEqual(["'self'"]);
  expect(policy).not.toMatch(/https?:|\*|'unsafe-eval'|'unsafe-inline'/);
  // the policy is enforced, not only written: an outside fetch and an outside image are refused by the browser
  const refused = await page.evaluate(async () => {
    const fetchRefused = await fetch('https://example.com/x').then(() => false, () => true);
    const imageRefused = await new Promise<boolean>((resolve) => {
      const img = new Image();
      img.onload = () => resolve(false);
      img.onerror = () => resolve(true);
      img.src = 'http://127.0.0.2/leak.png';
    });
    return { fetchRefused, imageRefused };
  });
  expect(refused).toEqual({ fetchRefused: true, imageRefused: true });
  expect(violations.length).toBeGreaterThanOrEqual(2);

  // the command line's page carries the same policy
  await page.goto('/app/batch.html');
  expect(await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content')).toBe(policy);
});
