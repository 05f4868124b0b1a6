// A lost GPU during an export, forced through the browser's own mechanisms (WebGPU GPUDevice.destroy(), WebGL2
// WEBGL_lose_context): the engine recovers once, the export completes with the same images a run without a loss
// gives, and a second loss is reported as a typed error instead of hanging.
import { test, expect } from '@playwright/test';
import { PNG } from 'pngjs';
import { backends } from './browser';
import { Harness } from './harness-client';
import { coveredPixels, differingShare, type Image } from './pixels';
import { texturedBox } from '../fixtures/gltf-fixtures';

const SIX = ['front', 'back', 'left', 'right', 'top', 'bottom'];
const BACKGROUND = [0.2, 0.3, 0.4, 1];
const SPEC = { kind: 'preset', set: 'standard-six' };
const PLAN = { projection: 'perspective', upAxis: 'y', paddingPercent: 5, sameScale: false };
const SETTINGS = { modelName: 'box.glb', width: 512, height: 512, format: 'png', background: BACKGROUND };
/** Antialiased edges may land a level apart on a fresh device; anything more is a different picture. */
const TOLERANCE = 3;
const MAX_DIFFERING_SHARE = 0.002;

function png(bytes: Buffer | undefined): Image {
  expect(bytes, 'exported file').toBeDefined();
  const decoded = PNG.sync.read(bytes!);
  return { width: decoded.width, height: decoded.height, data: new Uint8Array(decoded.data) };
}

async function events(h: Harness): Promise<{ type: string; reason?: string; message?: string }[]> {
  return h.page.evaluate(() => (window as any).harness.events());
}

for (const backend of backends) {
  test.describe(backend, () => {
    test('a device lost in the middle of a six-view export is recovered once and the export completes with the same images', async ({ page }) => {
      test.setTimeout(240_000);
      const h = await Harness.open(page, backend);
      expect(await h.load([{ name: 'box.glb', bytes: await texturedBox() }])).toMatchObject({ ok: true });
      // a style that is not the default: the recovered device must be given it back
      await h.useStyle('pbr', { exposure: 1.7 });

      let started = Date.now();
      const reference = await h.exportViews(SPEC, PLAN, SETTINGS);
      const referenceSeconds = (Date.now() - started) / 1000;
      started = Date.now();
      // lost once the first views are done and the later ones are still to come
      const recovered = await h.exportViews(SPEC, PLAN, SETTINGS, 0.4);
      const lossSeconds = (Date.now() - started) / 1000;

      expect([...recovered.keys()].sort()).toEqual([...reference.keys()].sort());
      const background = BACKGROUND.map((v) => Math.round(v * 255));
      const shares: string[] = [];
      for (const view of SIX) {
        const name = `box_${view}.png`;
        const a = png(reference.get(name));
        const b = png(recovered.get(name));
        expect([b.width, b.height]).toEqual([512, 512]);
        // not blank: the box covers a good part of every view
        expect(coveredPixels(b, background), `${name} covered pixels`).toBeGreaterThan(512 * 512 * 0.05);
        const share = differingShare(a, b, TOLERANCE);
        shares.push(`${view} ${(share * 100).toFixed(3)}%`);
        expect(share, `${name} against the export without a loss`).toBeLessThanOrEqual(MAX_DIFFERING_SHARE);
      }
      expect(JSON.parse(recovered.get('cameras.json')!.toString())).toEqual(JSON.parse(reference.get('cameras.json')!.toString()));
      const seen = await events(h);
      console.log(`${backend}: export ${referenceSeconds.toFixed(1)} s without a loss, ${lossSeconds.toFixed(1)} s with one; pixels differing by more than ${TOLERANCE}: ${shares.join(', ')}; events ${JSON.stringify(seen)}`);
      expect(await h.page.evaluate(() => (window as any).harness.recoveries())).toBe(1);
      expect(seen.filter((e) => e.type === 'recovered')).toHaveLength(1);
      expect(seen.filter((e) => e.type !== 'recovered')).toEqual([]);
      expect(await h.currentStyle()).toMatchObject({ id: 'pbr', params: { exposure: 1.7 } });

      // a second loss is final: reported as 'lost', and the next image fails with a typed error instead of hanging
      expect(await h.page.evaluate(() => (window as any).harness.loseDevice())).toEqual({ ok: true });
      const second = await h.page.evaluate(() =>
        Promise.race([
          (window as any).harness.render({ width: 64, height: 64 }).then(() => ({ ok: true }), (e: { code?: string; name?: string; message?: string }) => ({ ok: false, code: e.code, name: e.name, message: e.message })),
          new Promise((resolve) => setTimeout(() => resolve({ ok: false, code: 'HANG' }), 15_000)),
        ]),
      );
      console.log(`${backend}: after a second loss: ${JSON.stringify(second)}`);
      expect(second).toMatchObject({ ok: false, code: 'DEVICE_LOST', name: 'DeviceLostError' });
      await expect.poll(async () => (await events(h)).filter((e) => e.type === 'lost').length).toBe(1);
      expect(await h.page.evaluate(() => (window as any).harness.recoveries())).toBe(1);
      // losing a device that is already gone for good is refused with the same typed error
      expect(await h.page.evaluate(() => (window as any).harness.loseDevice())).toMatchObject({ ok: false, code: 'DEVICE_LOST' });
      expect(h.problems).toEqual([]);
    });

    test('the app says so when the device was lost and recovered, and keeps drawing', async ({ page }) => {
      const problems: string[] = [];
      page.on('pageerror', (e) => problems.push(e.message));
      await page.goto(`/?backend=${backend}`);
      await page.waitForFunction(() => (window as any).__modelshot?.ready !== undefined);
      await page.evaluate(() => (window as any).__modelshot.ready);
      await page.evaluate(() => (window as any).__modelshot.engine.debug.loseDevice());
      await expect(page.getByRole('status').first()).toContainText(/graphics device stopped working and was restarted/i);
      // the demo scene is drawn again on the new device
      const shot = PNG.sync.read(await page.locator('#view').screenshot());
      const colours = new Set<number>();
      for (let i = 0; i < shot.data.length; i += 4 * 5) colours.add((shot.data[i] >> 3) << 10 | (shot.data[i + 1] >> 3) << 5 | (shot.data[i + 2] >> 3));
      expect(colours.size).toBeGreaterThan(20);
      await page.evaluate(() => (window as any).__modelshot.engine.debug.loseDevice());
      await expect(page.getByRole('alert').first()).toContainText(/could not be restarted/i);
      expect(problems).toEqual([]);
    });
  });
}
