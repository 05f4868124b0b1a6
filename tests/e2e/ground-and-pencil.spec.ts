// The pencil style and the ground shadow on both backends, checked on read-back pixels: strokes in pencil colour
// on paper, denser on darker faces and as far apart in pixels at every image size; a soft shadow under the model
// that only the colour pass shows, the same whole and in tiles, and that creates nothing once warmed up.
import { test, expect } from '@playwright/test';
import { backends } from './browser';
import { Harness, frontOrtho } from './harness-client';
import { pixel, type Image } from './pixels';
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
      await h.expectNoProblems();
    });
  });
}
