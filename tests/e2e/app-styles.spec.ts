// The Style panel as a person uses it: choose a look, tune its parameters by keyboard, see the preview change,
// and find the style in the exported file's name.
import { test, expect, type Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { PNG } from 'pngjs';
import { backends } from './browser';

async function openApp(page: Page, backend: 'webgpu' | 'webgl2') {
  await page.goto(`/?backend=${backend}`);
  await page.waitForFunction(() => (window as any).__modelshot?.ready !== undefined);
  await page.evaluate(() => (window as any).__modelshot.ready);
}

async function viewport(page: Page): Promise<Buffer> {
  return page.locator('#view').screenshot();
}

/** Share of sampled pixels whose colour differs by more than 16 in a channel. */
function changedShare(a: Buffer, b: Buffer): number {
  const p = PNG.sync.read(a), q = PNG.sync.read(b);
  let changed = 0, samples = 0;
  for (let i = 0; i < p.data.length; i += 4 * 5) {
    samples++;
    if ([0, 1, 2].some((c) => Math.abs(p.data[i + c] - q.data[i + c]) > 16)) changed++;
  }
  return changed / samples;
}

const styleSelect = (page: Page) => page.getByRole('combobox', { name: 'Style', exact: true });

for (const backend of backends) {
  test.describe(backend, () => {
    test('choosing a style and its parameters changes the preview and names the export', async ({ page }) => {
      const problems: string[] = [];
      page.on('pageerror', (e) => problems.push(e.message));
      page.on('console', (m) => { if (m.type() === 'error') problems.push(m.text()); });
      await openApp(page, backend);
      // the default look offers its environment and exposure
      await expect(page.getByLabel('Environment')).toHaveValue('studio');
      await expect.poll(async () => (await viewport(page)).length).toBeGreaterThan(0);
      const realistic = await viewport(page);

      await styleSelect(page).selectOption({ label: 'Toon' });
      await expect(page.getByLabel('Environment')).toHaveCount(0);
      const bands = page.getByLabel('Bands');
      await expect(bands).toHaveValue('3');
      await expect.poll(async () => changedShare(realistic, await viewport(page))).toBeGreaterThan(0.05);
      const threeBands = await viewport(page);
      await bands.focus();
      await page.keyboard.press('ArrowRight');
      await expect(bands).toHaveValue('4');
      await expect.poll(() => page.evaluate(() => (window as any).__modelshot.engine.style.params.bands)).toBe(4);
      await expect.poll(async () => changedShare(threeBands, await viewport(page))).toBeGreaterThan(0.005);

      await page.getByRole('combobox', { name: 'Views', exact: true }).selectOption({ label: 'Front' });
      await page.getByLabel('Width', { exact: true }).fill('120');
      await page.getByLabel('Height', { exact: true }).fill('90');
      const [download] = await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), page.getByRole('button', { name: 'Render images' }).click()]);
      expect(download.suggestedFilename()).toBe('demo_toon_front.png');
      const png = PNG.sync.read(await readFile(await download.path()));
      expect([png.width, png.height]).toEqual([120, 90]);

      // back to the default look: plain names again
      await styleSelect(page).selectOption({ label: 'Realistic' });
      await expect.poll(() => page.evaluate(() => (window as any).__modelshot.engine.style.id)).toBe('pbr');
      const [plain] = await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), page.getByRole('button', { name: 'Render images' }).click()]);
      expect(plain.suggestedFilename()).toBe('demo_front.png');
      expect(problems).toEqual([]);
    });
  });
}
