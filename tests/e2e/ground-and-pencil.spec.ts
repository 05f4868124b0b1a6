// The pencil style and the ground shadow on both backends, checked on read-back pixels: strokes in pencil colour
// on paper, denser on darker faces and as far apart in pixels at every image size; a soft shadow under the model
// that only the colour pass shows, the same whole and in tiles, and that creates nothing once warmed up.
import { test, expect, type Page } from '@playwright/test';
import { backends } from './browser';
import { Harness, frontOrtho } from './harness-client';
import { differingShare, pixel, type Image } from './pixels';
import { plainBox } from '../fixtures/gltf-fixtures';

const clear: [number, number, number, number] = [0, 0, 0, 0];
const PAPER = [0xf5, 0xf1, 0xe8];
const PENCIL = [0x33, 0x34, 0x3a];
const lum = (p: number[]) => 0.2126 * p[0] + 0.7152 * p[1] + 0.0722 * p[2];
/** Closer to the pencil than to the paper. */
const isStroke = (p: number[]) => lum(p) < (lum(PAPER) + lum(PENCIL)) / 2;

/** Any graphite at all: antialiased and supersampled strokes keep a few pixels this much darker than the paper. */
const isMarked = (p: number[]) => lum(p) < lum(PAPER) - 30;

/** Pencil strokes met walking along row `y` from x0 to x1 (runs of marked pixels). */
function strokesAlongRow(img: Image, y: number, x0: number, x1: number): number {
  let runs = 0;
  let inside = false;
  for (let x = x0; x < x1; x++) {
    const stroke = isMarked(pixel(img, x, y));
    if (stroke && !inside) runs++;
    inside = stroke;
  }
  return runs;
}

for (const backend of backends) {
  test.describe(backend, () => {
    test('pencil: paper and pencil strokes on the model, more strokes on darker faces, background untouched', async ({ page }) => {
      const h = await Harness.open(page, backend);
      expect((await h.load([{ name: 'box.glb', bytes: await plainBox() }])).ok).toBe(true);
      const view = { width: 240, height: 240, background: clear, frame: true, camera: { position: [1.7, 1.5, 2.2] } };
      // the faces, told apart by their normals, and how bright the default look lights each
      const normals = await h.render({ ...view, pass: 'normals' });
      const lit = await h.render(view);
      await h.useStyle('pencil');
      const drawn = await h.render(view);
      const faces = new Map<string, { pixels: number; strokes: number; paper: number; light: number }>();
      for (let y = 1; y < 239; y++) {
        for (let x = 1; x < 239; x++) {
          // interior pixels only: the same normal on the 3×3 neighbourhood
          const n = pixel(normals, x, y);
          if (n[3] !== 255) continue;
          let same = true;
          for (let dy = -1; dy <= 1 && same; dy++) for (let dx = -1; dx <= 1 && same; dx++) same = pixel(normals, x + dx, y + dy).join() === n.join();
          if (!same) continue;
          const key = n.slice(0, 3).join(',');
          const face = faces.get(key) ?? { pixels: 0, strokes: 0, paper: 0, light: 0 };
          const p = pixel(drawn, x, y);
          face.pixels++;
          if (isStroke(p)) face.strokes++;
          if (Math.max(...p.slice(0, 3).map((v, i) => Math.abs(v - PAPER[i]))) <= 3) face.paper++;
          face.light += lum(pixel(lit, x, y));
          faces.set(key, face);
        }
      }
      const big = [...faces.values()].filter((f) => f.pixels > 1500).map((f) => ({ ...f, light: f.light / f.pixels, share: f.strokes / f.pixels }));
      big.sort((a, b) => b.light - a.light);
      console.log(`${backend} pencil faces (brightest first): ${big.map((f) => `light ${f.light.toFixed(0)} strokes ${(f.share * 100).toFixed(1)}% paper ${((f.paper / f.pixels) * 100).toFixed(1)}% of ${f.pixels}`).join('; ')}`);
      expect(big.length).toBe(3);
      // paper shows between the strokes, and strokes reach the pencil's colour
      for (const f of big) expect(f.paper / f.pixels).toBeGreaterThan(0.2);
      let darkest = 255;
      for (let y = 0; y < 240; y++) for (let x = 0; x < 240; x++) if (pixel(drawn, x, y)[3] === 255) darkest = Math.min(darkest, lum(pixel(drawn, x, y)));
      expect(darkest).toBeLessThan(lum(PENCIL) + 40);
      // the darker a face is lit, the more of it is covered by strokes
      for (let i = 1; i < big.length; i++) expect(big[i].share, `face ${i} against face ${i - 1}`).toBeGreaterThan(big[i - 1].share + 0.03);
      // the background is the caller's: transparent corners stay transparent
      for (const [x, y] of [[0, 0], [239, 0], [0, 239], [239, 239]]) expect(pixel(drawn, x, y)[3]).toBe(0);
      await h.expectNoProblems();
    });

    test('pencil: stroke spacing is in image pixels, whatever the image size and supersampling', async ({ page }) => {
      const h = await Harness.open(page, backend);
      expect((await h.load([{ name: 'box.glb', bytes: await plainBox() }])).ok).toBe(true);
      // straight on: only the front face shows, [-0.5, 0.5]² filling the middle half of the image
      const counts: Record<string, number> = {};
      const measure = async (label: string, size: number, params: Record<string, unknown>, supersample: 1 | 2 = 1) => {
        await h.useStyle('pencil', params);
        const img = await h.render({ width: size, height: size, background: clear, camera: frontOrtho, supersample });
        let total = 0;
        // a few rows across the face's middle, off its edges
        for (const f of [0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.65]) total += strokesAlongRow(img, Math.round(size * f), Math.round(size * 0.3), Math.round(size * 0.7));
        counts[label] = total / (size * 0.4 * 7);
      };
      await measure('160', 160, { darkness: 2 });
      await measure('320', 320, { darkness: 2 });
      await measure('160 supersampled', 160, { darkness: 2 }, 2);
      await measure('320 wide', 320, { darkness: 2, spacing: 12 });
      console.log(`${backend} pencil strokes per pixel along a row: ${Object.entries(counts).map(([k, v]) => `${k}: ${v.toFixed(3)}`).join(', ')}`);
      expect(counts['160']).toBeGreaterThan(0.05);
      // the same strokes per pixel at both sizes and with supersampling; twice the spacing, about half as many
      expect(counts['320'] / counts['160']).toBeGreaterThan(0.8);
      expect(counts['320'] / counts['160']).toBeLessThan(1.25);
      expect(counts['160 supersampled'] / counts['160']).toBeGreaterThan(0.8);
      expect(counts['160 supersampled'] / counts['160']).toBeLessThan(1.25);
      expect(counts['320 wide'] / counts['320']).toBeGreaterThan(0.35);
      expect(counts['320 wide'] / counts['320']).toBeLessThan(0.65);
      // strokes continue across tile seams: a tiled image is the whole one
      await h.useStyle('pencil');
      const view = { width: 200, height: 160, background: clear, frame: true, camera: { position: [1.7, 1.5, 2.2] } };
      const seams = differingShare(await h.render({ ...view, tileSize: 64 }), await h.render(view), 8);
      console.log(`${backend} pencil tiled vs whole: ${(seams * 100).toFixed(3)}% of pixels differ by more than 8/255`);
      expect(seams).toBeLessThanOrEqual(0.002);
      await h.expectNoProblems();
    });

    test('ground shadow: darkens the ground under the model with alpha, nothing far away, off by default', async ({ page }) => {
      const h = await Harness.open(page, backend);
      expect((await h.load([{ name: 'box.glb', bytes: await plainBox() }])).ok).toBe(true);
      // Z up seen from +z (the box's footprint is x, y in [-0.5, 0.5]: pixels 50..150), Y up seen from +y
      const views = {
        z: { width: 200, height: 200, background: clear, camera: frontOrtho },
        y: { width: 200, height: 200, background: clear, camera: { ...frontOrtho, position: [0, 5, 0], up: [0, 0, -1] } },
      };
      for (const up of ['z', 'y'] as const) {
        const off = await h.render(views[up]);
        expect(await h.setGroundShadow({ up, opacity: 0.8 })).toMatchObject({ ok: true, groundShadow: { up, opacity: 0.8, softness: 0.5 } });
        const on = await h.render(views[up]);
        // just outside the footprint on each side, then farther out, then the corners
        const near = [[153, 100], [46, 100], [100, 153], [100, 46]].map(([x, y]) => pixel(on, x, y));
        const farther = [[168, 100], [31, 100], [100, 168], [100, 31]].map(([x, y]) => pixel(on, x, y));
        console.log(`${backend} ground shadow up ${up}: alpha just outside ${near.map((p) => p[3])}, farther ${farther.map((p) => p[3])}, corner ${pixel(on, 3, 3)[3]}`);
        for (const [x, y] of [[153, 100], [46, 100], [100, 153], [100, 46]]) expect(pixel(off, x, y)[3], `off at (${x},${y})`).toBe(0);
        for (const p of near) {
          expect(p[3]).toBeGreaterThan(40);
          // black: the straight colour of a shadow over nothing
          expect(Math.max(p[0], p[1], p[2])).toBeLessThanOrEqual(2);
        }
        for (let i = 0; i < 4; i++) expect(farther[i][3]).toBeLessThan(near[i][3]);
        for (const [x, y] of [[3, 3], [196, 3], [3, 196], [196, 196]]) expect(pixel(on, x, y)[3], `corner (${x},${y})`).toBe(0);
        // the model itself is drawn over its shadow, unchanged
        expect(differingShare(cropCentre(on), cropCentre(off), 0)).toBe(0);
        expect((await h.setGroundShadow(null)).ok).toBe(true);
        expect(differingShare(await h.render(views[up]), off, 0)).toBe(0);
      }
      await h.expectNoProblems();
    });

    test('ground shadow: opacity sets its darkness; tiles match the whole image; data passes ignore it; bad settings refused', async ({ page }) => {
      const h = await Harness.open(page, backend);
      expect((await h.load([{ name: 'box.glb', bytes: await plainBox() }])).ok).toBe(true);
      const top = { width: 200, height: 200, background: clear, camera: frontOrtho };
      const alphas: Record<number, number> = {};
      for (const opacity of [0.3, 0.9]) {
        expect((await h.setGroundShadow({ up: 'z', opacity })).ok).toBe(true);
        alphas[opacity] = pixel(await h.render(top), 153, 100)[3];
      }
      console.log(`${backend} ground shadow alpha beside the box: ${alphas[0.3]} at opacity 0.3, ${alphas[0.9]} at 0.9`);
      expect(alphas[0.9] / alphas[0.3]).toBeGreaterThan(2.6);
      expect(alphas[0.9] / alphas[0.3]).toBeLessThan(3.4);

      // a three-quarter view in perspective, whole and in 64-pixel tiles
      const view = { width: 200, height: 160, background: clear, camera: { position: [1.6, -2.4, 1.4], target: [0, 0, -0.2], up: [0, 0, 1] } };
      const whole = await h.render(view);
      const tiled = await h.render({ ...view, tileSize: 64 });
      const share = differingShare(tiled, whole, 2);
      let shadowPixels = 0;
      for (let y = 0; y < 160; y++) for (let x = 0; x < 200; x++) if (pixel(whole, x, y)[3] > 0 && pixel(whole, x, y)[3] < 255) shadowPixels++;
      console.log(`${backend} ground shadow tiled vs whole: ${(share * 100).toFixed(3)}% of pixels differ by more than 2/255; ${shadowPixels} partly covered pixels`);
      expect(shadowPixels).toBeGreaterThan(500);
      expect(share).toBeLessThanOrEqual(0.002);

      // the mask is the model's alone
      const mask = await h.render({ ...view, pass: 'mask' });
      expect((await h.setGroundShadow(null)).ok).toBe(true);
      expect(differingShare(mask, await h.render({ ...view, pass: 'mask' }), 0)).toBe(0);
      expect((await h.setGroundShadow({ up: 'z' })).ok).toBe(true);
      for (const pass of ['depth', 'normals'] as const) {
        const withShadow = await h.render({ ...view, pass });
        expect((await h.setGroundShadow(null)).ok).toBe(true);
        expect(differingShare(withShadow, await h.render({ ...view, pass }), 0), pass).toBe(0);
        expect((await h.setGroundShadow({ up: 'z' })).ok).toBe(true);
      }

      for (const [options, message] of [
        [{ up: 'x' }, /up axis must be 'y' or 'z'/],
        [{ up: 'y', opacity: 2 }, /opacity must be a number from 0 to 1, not 2/],
        [{ up: 'y', softness: -1 }, /softness must be a number from 0 to 1/],
      ] as const) {
        const refused = await h.setGroundShadow(options);
        expect(refused).toMatchObject({ ok: false, name: 'RangeError' });
        expect(refused.message).toMatch(message);
      }
      // a refusal changes nothing: the shadow still shows
      expect(pixel(await h.render(top), 153, 100)[3]).toBeGreaterThan(0);
      await h.expectNoProblems();
    });

    test('ground shadow: switching it and the style creates nothing after one round; off frees its texture', async ({ page }) => {
      const h = await Harness.open(page, backend);
      expect((await h.load([{ name: 'box.glb', bytes: await plainBox() }])).ok).toBe(true);
      const styles = (await h.styles()).map((s) => s.id);
      const view = { width: 64, height: 64, background: clear, camera: { position: [1.6, -2.4, 1.4], target: [0, 0, -0.2], up: [0, 0, 1] } };
      const live = async () => (await h.page.evaluate(() => (window as any).harness.stats())) as Record<string, number>;
      const offStats = await live();
      const round = async () => {
        expect((await h.setGroundShadow({ up: 'z' })).ok).toBe(true);
        for (const id of styles) {
          await h.useStyle(id);
          await h.render(view);
        }
        expect((await h.setGroundShadow({ up: 'z', opacity: 0.3 })).ok).toBe(true);
        await h.render(view);
        expect((await h.setGroundShadow(null)).ok).toBe(true);
        await h.render(view);
      };
      await round();
      const before = await live();
      await round();
      const after = await live();
      console.log(`${backend} ground shadow second round: ${after.pipelinesCreated - before.pipelinesCreated} pipelines, ${after.texturesCreated - before.texturesCreated} textures, ${after.bindGroupsCreated - before.bindGroupsCreated} bind groups created; live textures ${offStats.liveTextures} → ${after.liveTextures}`);
      expect(after.pipelinesCreated - before.pipelinesCreated).toBe(0);
      // turning it on again remakes only its darkness texture and bind group
      expect(after.texturesCreated - before.texturesCreated).toBe(1);
      expect(after.bindGroupsCreated - before.bindGroupsCreated).toBe(1);
      expect(after.buffersCreated - before.buffersCreated).toBe(0);
      // off again: its texture is gone
      expect(after.liveTextures).toBe(offStats.liveTextures);

      // with the shadow on, switching styles and opacity creates nothing at all
      expect((await h.setGroundShadow({ up: 'z' })).ok).toBe(true);
      await h.render(view);
      const on = await live();
      for (const id of styles) {
        await h.useStyle(id);
        await h.render(view);
      }
      expect((await h.setGroundShadow({ up: 'z', opacity: 0.9 })).ok).toBe(true);
      await h.render(view);
      const end = await live();
      for (const k of ['pipelinesCreated', 'bindGroupsCreated', 'buffersCreated', 'texturesCreated']) expect(end[k] - on[k], k).toBe(0);
      // a new scene frees the old shadow and makes its own
      expect((await h.load([{ name: 'box.glb', bytes: await plainBox([0.5, 0.5, 0.5], [1, 1, 2]) }])).ok).toBe(true);
      expect((await live()).liveTextures).toBe(on.liveTextures);
      await h.expectNoProblems();
    });
  });
}

async function openApp(page: Page, backend: 'webgpu' | 'webgl2') {
  await page.goto(`/?backend=${backend}`);
  await page.waitForFunction(() => (window as any).__modelshot?.ready !== undefined);
  await page.evaluate(() => (window as any).__modelshot.ready);
}

for (const backend of backends) {
  test(`${backend}: the Style panel's Ground shadow checkbox shows a shadow under the Views panel's up axis`, async ({ page }) => {
    const problems: string[] = [];
    page.on('pageerror', (e) => problems.push(e.message));
    page.on('console', (m) => { if (m.type() === 'error') problems.push(m.text()); });
    await openApp(page, backend);
    const groundShadow = () => page.evaluate(() => (window as any).__modelshot.engine.groundShadow);
    const checkbox = page.getByRole('checkbox', { name: 'Ground shadow' });
    await expect(checkbox).toBeVisible();
    await expect(checkbox).not.toBeChecked();
    expect(await groundShadow()).toBeNull();
    await checkbox.check();
    await expect.poll(groundShadow).toEqual({ up: 'y', opacity: 0.6, softness: 0.5 });
    // it stays on across styles, and follows the up axis
    await page.getByRole('combobox', { name: 'Style', exact: true }).selectOption({ label: 'Pencil' });
    await page.getByLabel('Up axis').selectOption('z');
    await expect.poll(groundShadow).toMatchObject({ up: 'z' });
    await expect(checkbox).toBeChecked();
    await checkbox.uncheck();
    await expect.poll(groundShadow).toBeNull();
    expect(problems).toEqual([]);
  });
}

/** The middle 60×60 pixels, where the box covers every pixel in the top views. */
function cropCentre(img: Image): Image {
  const data = new Uint8Array(60 * 60 * 4);
  for (let y = 0; y < 60; y++) data.set(img.data.subarray(((70 + y) * img.width + 70) * 4, ((70 + y) * img.width + 130) * 4), y * 240);
  return { width: 60, height: 60, data };
}
