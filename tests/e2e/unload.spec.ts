// Unloading gives everything back: 50 models of many sizes loaded and unloaded leave the GPU's live counts exactly
// where they started and the page's heap within 10 MB of where it started; in the app, Clear empties the UI and
// the next model opens.
import { test, expect, type Page } from '@playwright/test';
import { PNG } from 'pngjs';
import { backends } from './browser';
import { Harness } from './harness-client';
import { emissiveRedQuad, texturedBox } from '../fixtures/gltf-fixtures';
import { variedModels } from '../fixtures/unload-fixtures';

const MODELS = 50;
/** What the heap may keep after all the loads: compiled code, inline caches, lazily made engine tables. */
const HEAP_BOUND_MB = 10;

interface LiveCounts { liveBuffers: number; liveTextures: number; liveBindGroups: number; liveBytes: number }

const live = (s: LiveCounts): LiveCounts => ({ liveBuffers: s.liveBuffers, liveTextures: s.liveTextures, liveBindGroups: s.liveBindGroups, liveBytes: s.liveBytes });

/** The page's JS heap after a full garbage collection, in bytes (Chrome DevTools Protocol). */
async function heapAfterGc(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  try {
    for (let i = 0; i < 3; i++) await cdp.send('HeapProfiler.collectGarbage');
    const usage = await cdp.send('Runtime.getHeapUsage');
    return usage.usedSize;
  } finally {
    await cdp.detach();
  }
}

for (const backend of backends) {
  test.describe(backend, () => {
    test(`${MODELS} models loaded and unloaded give back every GPU resource and the heap they took`, async ({ page }) => {
      test.setTimeout(300_000);
      const models = await variedModels(MODELS);
      const h = await Harness.open(page, backend);
      // one load and unload first, so code compiled and tables made on first use count in the baseline
      expect(await h.load([{ name: 'warm.glb', bytes: await texturedBox() }])).toMatchObject({ ok: true });
      await page.evaluate(() => (window as any).harness.unload());
      const baseline = live(await h.stats() as unknown as LiveCounts);
      const heapBefore = await heapAfterGc(page);

      let largest = baseline;
      for (const model of models) {
        const loaded = await h.load([{ name: model.name, bytes: model.bytes }]);
        expect(loaded, model.name).toMatchObject({ ok: true });
        const withModel = live(await h.stats() as unknown as LiveCounts);
        // every model holds something on the GPU, and a textured one a texture more
        expect(withModel.liveBuffers, model.name).toBeGreaterThan(baseline.liveBuffers);
        expect(withModel.liveBindGroups, model.name).toBeGreaterThan(baseline.liveBindGroups);
        if (model.textureSize) expect(withModel.liveTextures, model.name).toBeGreaterThan(baseline.liveTextures);
        if (withModel.liveBytes > largest.liveBytes) largest = withModel;
        await page.evaluate(() => (window as any).harness.unload());
        expect(live(await h.stats() as unknown as LiveCounts), `${model.name} unloaded`).toEqual(baseline);
      }
      const heapAfter = await heapAfterGc(page);
      const growthMb = (heapAfter - heapBefore) / 2 ** 20;
      const mb = (bytes: number) => (bytes / 2 ** 20).toFixed(1);
      console.log(
        `${backend}: ${MODELS} models (${models.filter((m) => m.textureSize).length} textured, ${Math.min(...models.map((m) => m.vertices))}..${Math.max(...models.map((m) => m.vertices))} vertices); ` +
          `live before ${JSON.stringify(baseline)}, largest model ${JSON.stringify(largest)}, after every unload the same as before; ` +
          `heap ${mb(heapBefore)} MB before, ${mb(heapAfter)} MB after (${growthMb >= 0 ? '+' : ''}${growthMb.toFixed(2)} MB, bound +${HEAP_BOUND_MB} MB)`,
      );
      expect(largest.liveBytes).toBeGreaterThan(baseline.liveBytes + 1_000_000);
      expect(growthMb).toBeLessThan(HEAP_BOUND_MB);
      await h.expectNoProblems();
    });

    test('Clear empties the app and frees the model, and the next model opens', async ({ page }) => {
      const problems: string[] = [];
      page.on('pageerror', (e) => problems.push(e.message));
      page.on('console', (m) => { if (m.type() === 'error') problems.push(m.text()); });
      await page.goto(`/?backend=${backend}`);
      await page.waitForFunction(() => (window as any).__modelshot?.ready !== undefined);
      await page.evaluate(() => (window as any).__modelshot.ready);
      const stats = async () => live(await page.evaluate(() => ({ ...(window as any).__modelshot.engine.stats })));
      const clear = page.getByRole('button', { name: 'Clear', exact: true });
      const status = page.locator('#status');
      const thumbnails = page.getByRole('list', { name: 'Chosen views' }).locator('li');

      // by keyboard: the button takes focus and Enter presses it
      await clear.focus();
      await page.keyboard.press('Enter');
      await expect(status).toHaveText('No model is open. Open or drop a model to make images of it.');
      const empty = await stats();

      await page.getByLabel('Model file').setInputFiles({ name: 'box.glb', mimeType: 'model/gltf-binary', buffer: Buffer.from(await texturedBox()) });
      await expect(status).toContainText('Opened');
      await expect.poll(async () => thumbnails.count()).toBeGreaterThan(0);
      const withModel = await stats();
      expect(withModel.liveBuffers).toBeGreaterThan(empty.liveBuffers);
      expect(withModel.liveTextures).toBeGreaterThan(empty.liveTextures);

      await clear.click();
      await expect(status).toHaveText('No model is open. Open or drop a model to make images of it.');
      await expect(thumbnails).toHaveCount(0);
      await expect(page.locator('#warnings-none')).toBeVisible();
      await expect(page.getByRole('alert').first()).toBeHidden();
      expect(await stats()).toEqual(empty);
      // the view shows only its background (and the drop hint's text): one colour covers nearly all of it
      const shot = PNG.sync.read(await page.locator('#view').screenshot());
      const counts = new Map<number, number>();
      for (let i = 0; i < shot.data.length; i += 4) {
        const key = shot.data[i] << 16 | shot.data[i + 1] << 8 | shot.data[i + 2];
        counts.set(key, (counts.get(key) ?? 0) + 1);
      }
      const backgroundShare = Math.max(...counts.values()) / (shot.width * shot.height);
      console.log(`${backend}: after Clear the view's commonest colour covers ${(backgroundShare * 100).toFixed(2)}%; live ${JSON.stringify(await stats())}, with the box ${JSON.stringify(withModel)}`);
      expect(backgroundShare).toBeGreaterThan(0.97);
      // exporting with nothing open says so instead of rendering
      await page.getByRole('button', { name: 'Render images' }).click();
      await expect(page.locator('#export-error')).toContainText(/not loaded|no model/i);

      await page.getByLabel('Model file').setInputFiles({ name: 'red.glb', mimeType: 'model/gltf-binary', buffer: Buffer.from(await emissiveRedQuad()) });
      await expect(status).toContainText('Opened');
      await expect.poll(async () => {
        const png = PNG.sync.read(await page.locator('#view').screenshot());
        let red = 0;
        for (let i = 0; i < png.data.length; i += 4) if (png.data[i] > 200 && png.data[i + 1] < 60 && png.data[i + 2] < 60) red++;
        return red;
      }).toBeGreaterThan(1000);
      await expect.poll(async () => thumbnails.count()).toBeGreaterThan(0);
      expect(problems).toEqual([]);
    });
  });
}
