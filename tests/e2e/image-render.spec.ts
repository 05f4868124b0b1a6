// Exact-size images on both backends: tiles join without seams, supersampling smooths edges, and the data passes
// (mask, depth, normals) write the values their definitions promise.
import { test, expect } from '@playwright/test';
import { backends } from './browser';
import { Harness, frontOrtho } from './harness-client';
import { differingShare, pixel, type Image } from './pixels';
import { emissiveRedQuad, texturedBox } from '../fixtures/gltf-fixtures';

const clear: [number, number, number, number] = [0, 0, 0, 0];

/** Pixels within two of a tile border (multiples of `tile`), and how many of them differ by more than `tolerance`. */
function tileBorderDifferences(a: Image, b: Image, tile: number, tolerance: number): { border: number; differing: number } {
  let border = 0, differing = 0;
  for (let y = 0; y < a.height; y++) {
    for (let x = 0; x < a.width; x++) {
      if (x % tile > 1 && y % tile > 1 && x % tile < tile - 2 && y % tile < tile - 2) continue;
      border++;
      const p = pixel(a, x, y), q = pixel(b, x, y);
      if (p.some((v, c) => Math.abs(v - q[c]) > tolerance)) differing++;
    }
  }
  return { border, differing };
}

const distinctAlphas = (img: Image) => new Set(Array.from({ length: img.width * img.height }, (_, i) => img.data[i * 4 + 3])).size;

for (const backend of backends) {
  test.describe(backend, () => {
    test('bytes handed to the loader (transferBytes) load and draw as copied ones do, and leave the caller none', async ({ page }) => {
      const h = await Harness.open(page, backend);
      const box = await texturedBox();
      const args = { width: 96, height: 96, background: clear, frame: true, camera: { position: [1, 0.8, 3] } };
      const copied = await h.loadBytes([{ name: 'box.glb', bytes: box }], false);
      expect(copied.bytesLeft).toEqual([box.byteLength]);
      const fromCopy = await h.render(args);
      const handed = await h.loadBytes([{ name: 'box.glb', bytes: box }], true);
      expect(handed.bytesLeft).toEqual([0]); // the page's array went to the worker
      expect(handed.roots).toBe(copied.roots);
      const fromHanded = await h.render(args);
      expect(distinctAlphas(fromHanded)).toBeGreaterThan(1); // the box is drawn, not a blank image
      expect(differingShare(fromCopy, fromHanded, 0)).toBe(0);
    });

    test('a tiled image equals the same image rendered whole (no seams)', async ({ page }) => {
      const h = await Harness.open(page, backend);
      expect((await h.load([{ name: 'box.glb', bytes: await texturedBox() }])).ok).toBe(true);
      const args = { width: 500, height: 360, background: clear, frame: true, camera: { position: [1, 0.8, 3] } };
      const whole = await h.render(args);
      const tiled = await h.render({ ...args, tileSize: 128 });
      expect([tiled.width, tiled.height]).toEqual([500, 360]);
      const share = differingShare(whole, tiled, 2);
      const seams = tileBorderDifferences(whole, tiled, 128, 2);
      console.log(`${backend} tiles: ${(share * 100).toFixed(3)}% of pixels differ by more than 2/255; ${seams.differing} of ${seams.border} pixels beside tile borders`);
      // Only an MSAA sample exactly on a silhouette may flip with the narrowed projection's rounding; a seam
      // (a shifted or missing row or column) would change hundreds of the pixels beside the borders.
      expect(share).toBeLessThanOrEqual(0.002);
      expect(seams.differing).toBeLessThanOrEqual(seams.border * 0.002);
      await h.expectNoProblems();
    });

    test('a 16384-pixel image renders in tiles and matches a small reference', async ({ page }) => {
      test.setTimeout(300_000);
      const h = await Harness.open(page, backend);
      expect((await h.load([{ name: 'box.glb', bytes: await texturedBox() }])).ok).toBe(true);
      const view = { background: [1, 1, 1, 1] as [number, number, number, number], frame: true, camera: { position: [1, 0.8, 3] } };
      const big = await h.renderDownscaled({ ...view, width: 16384, height: 16384, tileSize: 2048 }, 64);
      const reference = await h.render({ ...view, width: 256, height: 256, supersample: 4 });
      const share = differingShare(big, reference, 16);
      console.log(`${backend} 16384²: downscaled 64× it differs from a 256² 4×-supersampled render by more than 16/255 in ${(share * 100).toFixed(3)}% of pixels`);
      expect(share).toBeLessThanOrEqual(0.01);
      await h.expectNoProblems();
    });

    test('supersampling gives finer edge coverage and keeps the size exact', async ({ page }) => {
      const h = await Harness.open(page, backend);
      expect((await h.load([{ name: 'box.glb', bytes: await texturedBox() }])).ok).toBe(true);
      const args = { width: 200, height: 150, background: clear, frame: true, camera: { position: [1, 0.8, 3] } };
      const plain = await h.render(args);
      const ss4 = await h.render({ ...args, supersample: 4 });
      expect([ss4.width, ss4.height, ss4.data.length]).toEqual([200, 150, 200 * 150 * 4]);
      // 4× MSAA has 5 coverage levels; 4×4 supersampling on top of it many more.
      expect(distinctAlphas(plain)).toBeLessThanOrEqual(6);
      expect(distinctAlphas(ss4)).toBeGreaterThan(20);
      expect(differingShare(plain, ss4, 40)).toBeLessThan(0.05);
      await h.expectNoProblems();
    });

    test('the mask pass covers exactly the object, unantialiased', async ({ page }) => {
      const h = await Harness.open(page, backend);
      expect((await h.load([{ name: 'red.glb', bytes: await emissiveRedQuad() }])).ok).toBe(true);
      const mask = await h.render({ width: 200, height: 200, background: clear, camera: frontOrtho, pass: 'mask' });
      const wrong: string[] = [];
      for (let y = 0; y < 200; y++) {
        for (let x = 0; x < 200; x++) {
          const p = pixel(mask, x, y);
          const inside = x >= 50 && x < 150 && y >= 50 && y < 150;
          const expected = inside ? [255, 255, 255, 255] : [0, 0, 0, 0];
          if (p.some((v, c) => v !== expected[c])) wrong.push(`(${x},${y}) ${p}`);
        }
      }
      expect(wrong.slice(0, 10), `${wrong.length} mask pixels wrong`).toEqual([]);
      await h.expectNoProblems();
    });

    test('the depth pass encodes linear depth in 16 bits and grows with distance', async ({ page }) => {
      const h = await Harness.open(page, backend);
      expect((await h.load([{ name: 'red.glb', bytes: await emissiveRedQuad() }])).ok).toBe(true);
      const depth16 = (img: Image, x: number, y: number) => { const p = pixel(img, x, y); return p[3] ? p[0] * 256 + p[1] : 0; };
      // The quad lies in z = 0, the camera at z = 5: distance 5 in [0.1, 20].
      const flat = await h.render({ width: 200, height: 200, background: clear, camera: frontOrtho, pass: 'depth' });
      const expected = 1 + Math.round(((5 - 0.1) / (20 - 0.1)) * 65534);
      expect(Math.abs(depth16(flat, 100, 100) - expected)).toBeLessThanOrEqual(2);
      expect(depth16(flat, 10, 10)).toBe(0);
      // Seen from below the front (foreshortened to rows 70..130), the quad's lower half is nearer than its upper half.
      const oblique = await h.render({ width: 200, height: 200, background: clear, camera: { ...frontOrtho, position: [0, -4, 3] }, pass: 'depth' });
      const column = [80, 90, 100, 110, 120].map((y) => depth16(oblique, 100, y));
      expect(column.every((d) => d > 0)).toBe(true);
      for (let i = 1; i < column.length; i++) expect(column[i], `depths down the image ${column}`).toBeLessThan(column[i - 1]);
      await h.expectNoProblems();
    });

    test('the normals pass shows view-space normals', async ({ page }) => {
      const h = await Harness.open(page, backend);
      expect((await h.load([{ name: 'red.glb', bytes: await emissiveRedQuad() }])).ok).toBe(true);
      const facing = await h.render({ width: 100, height: 100, background: clear, camera: frontOrtho, pass: 'normals' });
      const near = (p: number[], q: number[]) => Math.max(...q.map((v, i) => Math.abs(v - p[i])));
      expect(near(pixel(facing, 50, 50), [128, 128, 255, 255])).toBeLessThanOrEqual(1);
      // From 45° to the right the +z normal points to the image's left and halfway toward the viewer.
      const turned = await h.render({ width: 100, height: 100, background: clear, camera: { ...frontOrtho, position: [3, 0, 3] }, pass: 'normals' });
      const s = Math.SQRT1_2 / 2;
      expect(near(pixel(turned, 50, 50), [Math.round((0.5 - s) * 255), 128, Math.round((0.5 + s) * 255), 255])).toBeLessThanOrEqual(2);
      await h.expectNoProblems();
    });
  });
}
