// The app as a person uses it: demo on open, backend shown, file picker, errors in plain words, no requests out.
import { test, expect, type Page } from '@playwright/test';
import { PNG } from 'pngjs';
import { backends } from './browser';
import { emissiveRedQuad, texturedBox } from '../fixtures/gltf-fixtures';
import { gltfWithExternalUris } from '../fixtures/hostile-gltf';

const label = { webgpu: 'WebGPU', webgl2: 'WebGL2' } as const;

const appOrigin = () => new URL(test.info().project.use.baseURL!).origin;

function watch(page: Page) {
  const problems: string[] = [];
  const foreign: string[] = [];
  page.on('pageerror', (e) => problems.push(e.message));
  page.on('console', (m) => { if (m.type() === 'error') problems.push(m.text()); });
  page.on('request', (r) => {
    const u = new URL(r.url());
    // the app's own origin is the configured base URL: page.url() is still about:blank for the first request
    if (!['data:', 'blob:'].includes(u.protocol) && u.origin !== appOrigin()) foreign.push(r.url());
  });
  return { problems, foreign };
}

async function openApp(page: Page, backend: 'webgpu' | 'webgl2') {
  await page.goto(`/?backend=${backend}`);
  await page.waitForFunction(() => (window as any).__modelshot?.ready !== undefined);
  await page.evaluate(() => (window as any).__modelshot.ready);
}

/** Distinct colours in a screenshot of the viewport: a blank canvas has one. */
async function viewportColours(page: Page): Promise<number> {
  const png = PNG.sync.read(await page.locator('canvas').first().screenshot());
  const seen = new Set<number>();
  for (let i = 0; i < png.data.length; i += 4 * 7) seen.add((png.data[i] >> 3) << 10 | (png.data[i + 1] >> 3) << 5 | (png.data[i + 2] >> 3));
  return seen.size;
}

for (const backend of backends) {
  test.describe(backend, () => {
    test('opens on the demo model and names the backend', async ({ page }) => {
      const w = watch(page);
      await openApp(page, backend);
      await expect(page.locator('#backend')).toContainText(label[backend]);
      await expect.poll(() => viewportColours(page)).toBeGreaterThan(20);
      expect(w.problems).toEqual([]);
      expect(w.foreign).toEqual([]);
    });

    test('loads a file from the picker, reports a broken one and keeps working', async ({ page }) => {
      const w = watch(page);
      await openApp(page, backend);
      const picker = page.getByLabel('Model file');
      await picker.setInputFiles({ name: 'broken.glb', mimeType: 'model/gltf-binary', buffer: Buffer.from('this is not a model at all') });
      const alert = page.getByRole('alert');
      await expect(alert).toBeVisible();
      await expect(alert).not.toBeEmpty();
      await picker.setInputFiles({ name: 'box.glb', mimeType: 'model/gltf-binary', buffer: Buffer.from(await texturedBox()) });
      await expect(alert).toBeHidden();
      await expect.poll(() => viewportColours(page)).toBeGreaterThan(10);
      expect(w.problems).toEqual([]);
      expect(w.foreign).toEqual([]);
    });

    test('a model naming outside addresses is refused and nothing is requested', async ({ page }) => {
      const w = watch(page);
      await openApp(page, backend);
      await page.getByLabel('Model file').setInputFiles({ name: 'hostile.gltf', mimeType: 'model/gltf+json', buffer: Buffer.from(gltfWithExternalUris()) });
      await expect(page.getByRole('alert')).toContainText(/outside|address|not loaded|external/i);
      await page.getByLabel('Model file').setInputFiles({ name: 'red.glb', mimeType: 'model/gltf-binary', buffer: Buffer.from(await emissiveRedQuad()) });
      await expect(page.getByRole('alert')).toBeHidden();
      expect(w.foreign).toEqual([]);
      expect(w.problems).toEqual([]);
    });
  });
}
