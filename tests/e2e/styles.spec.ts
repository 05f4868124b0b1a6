// Styles on both backends: each style shows the property it promises on read-back pixels, switching styles
// creates nothing after the first round, and two styles look the same on WebGPU and WebGL2.
import { test, expect } from '@playwright/test';
import { backends } from './browser';
import { Harness, frontOrtho } from './harness-client';
import { differingShare, pixel, type Image } from './pixels';
import { baseColourQuad, emissiveBox, emissiveRedQuad, plainSphere, texturedBox } from '../fixtures/gltf-fixtures';

const clear: [number, number, number, number] = [0, 0, 0, 0];
const white: [number, number, number, number] = [1, 1, 1, 1];

/** Straight RGB of every pixel whose 3×3 neighbourhood is fully opaque (inside the object, off its antialiased edge). */
function interior(img: Image): number[][] {
  const out: number[][] = [];
  for (let y = 1; y < img.height - 1; y++) {
    for (let x = 1; x < img.width - 1; x++) {
      let opaque = true;
      for (let dy = -1; dy <= 1 && opaque; dy++) for (let dx = -1; dx <= 1 && opaque; dx++) opaque = pixel(img, x + dx, y + dy)[3] === 255;
      if (opaque) out.push(pixel(img, x, y).slice(0, 3));
    }
  }
  return out;
}

/** Hue in degrees, or null for a grey. */
function hue([r, g, b]: number[]): number | null {
  const max = Math.max(r, g, b), min = Math.min(r, g, b), d = max - min;
  if (d === 0) return null;
  const h = max === r ? ((g - b) / d) % 6 : max === g ? (b - r) / d + 2 : (r - g) / d + 4;
  return (h * 60 + 360) % 360;
}

function srgbByte(linear: number): number {
  const s = linear <= 0.0031308 ? linear * 12.92 : 1.055 * Math.pow(linear, 1 / 2.4) - 0.055;
  return Math.round(s * 255);
}

const near = (p: number[], q: number[]) => Math.max(...q.map((v, i) => Math.abs(v - p[i])));
const luminance = (pixels: number[][]) => pixels.reduce((sum, [r, g, b]) => sum + 0.2126 * r + 0.7152 * g + 0.0722 * b, 0) / pixels.length;

/** An orthographic view of the unit cube around the origin, square on the image: [-1,1]² fills 200 px. */
const sphereView = { width: 200, height: 200, background: clear, camera: frontOrtho };

for (const backend of backends) {
  test.describe(backend, () => {
    test('clay: one hue (grey clay stays grey), shading varies across faces', async ({ page }) => {
      const h = await Harness.open(page, backend);
      expect((await h.load([{ name: 'box.glb', bytes: await texturedBox() }])).ok).toBe(true);
      const view = { width: 200, height: 200, background: clear, frame: true, camera: { position: [0, 0, 3] } };
      await h.useStyle('clay', { colour: '#b0b0b0' });
      const grey = interior(await h.render(view));
      expect(grey.length).toBeGreaterThan(5000);
      const saturation = Math.max(...grey.map((p) => Math.max(...p) - Math.min(...p)));
      const levels = grey.map((p) => p[1]);
      console.log(`${backend} clay: ${grey.length} pixels, largest channel spread ${saturation}, greys ${Math.min(...levels)}..${Math.max(...levels)}`);
      expect(saturation).toBeLessThanOrEqual(2);
      // the checker texture is gone, and the faces turned differently get different light
      expect(Math.max(...levels) - Math.min(...levels)).toBeGreaterThan(30);
      await h.useStyle('clay', { colour: '#c07030' });
      const orange = interior(await h.render(view));
      const target = hue([0xc0, 0x70, 0x30])!;
      const off = orange.filter((p) => Math.abs(hue(p)! - target) > 8).length;
      expect(off, `pixels off the clay's hue of ${target.toFixed(1)}°`).toBe(0);
      await h.expectNoProblems();
    });

    test('toon: at most N flat colours inside the object', async ({ page }) => {
      const h = await Harness.open(page, backend);
      expect((await h.load([{ name: 'sphere.glb', bytes: await plainSphere([0.6, 0.3, 0.2]) }])).ok).toBe(true);
      for (const bands of [2, 3, 5]) {
        await h.useStyle('toon', { bands });
        const inside = interior(await h.render({ ...sphereView, width: 400, height: 400 }));
        const counts = new Map<string, number>();
        for (const p of inside) counts.set(p.join(','), (counts.get(p.join(',')) ?? 0) + 1);
        // MSAA averages two triangles' fragments where a triangle edge crosses a band's edge and the two disagree:
        // a blend of two bands on a few pixels, never a band of its own (each band covers hundreds of pixels)
        const least = inside.length * 0.002;
        const major = [...counts.values()].filter((n) => n >= least).length;
        const stray = [...counts.values()].filter((n) => n < least).reduce((a, b) => a + b, 0);
        console.log(`${backend} toon ${bands} bands: ${major} colours over ${inside.length} pixels, ${stray} stray`);
        expect(major).toBeLessThanOrEqual(bands);
        expect(major).toBeGreaterThanOrEqual(2);
        expect(stray).toBeLessThan(inside.length * 0.01);
      }
      await h.expectNoProblems();
    });

    test('unlit: a base-coloured quad shows exactly its base colour', async ({ page }) => {
      const h = await Harness.open(page, backend);
      const colour: [number, number, number] = [0.5, 0.2, 0.05];
      expect((await h.load([{ name: 'quad.glb', bytes: await baseColourQuad(colour) }])).ok).toBe(true);
      await h.useStyle('unlit');
      const img = await h.render({ width: 200, height: 200, background: clear, camera: frontOrtho });
      const expected = [...colour.map(srgbByte), 255];
      for (const [x, y] of [[55, 55], [100, 100], [144, 60], [60, 144]]) expect(near(pixel(img, x, y), expected), `(${x},${y})`).toBeLessThanOrEqual(1);
      expect(pixel(img, 10, 10)[3]).toBe(0);
      await h.expectNoProblems();
    });

    test('normals: the front face of an axis-aligned box is (128,128,255)', async ({ page }) => {
      const h = await Harness.open(page, backend);
      expect((await h.load([{ name: 'box.glb', bytes: await emissiveBox() }])).ok).toBe(true);
      await h.useStyle('normals');
      const img = await h.render({ width: 200, height: 200, background: clear, camera: frontOrtho });
      for (const [x, y] of [[55, 55], [100, 100], [144, 144], [60, 140]]) expect(near(pixel(img, x, y), [128, 128, 255, 255]), `(${x},${y})`).toBeLessThanOrEqual(1);
      expect(pixel(img, 20, 100)[3]).toBe(0);
      await h.expectNoProblems();
    });

    test('depth: grey grows with distance, and shrinks with it when inverted', async ({ page }) => {
      const h = await Harness.open(page, backend);
      expect((await h.load([{ name: 'red.glb', bytes: await emissiveRedQuad() }])).ok).toBe(true);
      // seen from below the front, the quad's lower rows are nearer than its upper rows
      const view = { width: 200, height: 200, background: clear, camera: { ...frontOrtho, position: [0, -4, 3] } };
      const rows = [76, 88, 100, 112, 124];
      for (const invert of [false, true]) {
        await h.useStyle('depth', { invert });
        const img = await h.render(view);
        const column = rows.map((y) => pixel(img, 100, y));
        for (const p of column) expect(p[0] === p[1] && p[1] === p[2] && p[3] === 255, `grey, opaque: ${p}`).toBe(true);
        const greys = column.map((p) => p[0]);
        console.log(`${backend} depth${invert ? ' inverted' : ''}: greys down the image ${greys}`);
        // down the image is nearer: darker by default, lighter inverted
        for (let i = 1; i < greys.length; i++) {
          if (invert) expect(greys[i], `${greys}`).toBeGreaterThan(greys[i - 1] + 5);
          else expect(greys[i], `${greys}`).toBeLessThan(greys[i - 1] - 5);
        }
      }
      await h.expectNoProblems();
    });

    test('silhouette: exactly the object coverage in the chosen colour on the background', async ({ page }) => {
      const h = await Harness.open(page, backend);
      expect((await h.load([{ name: 'red.glb', bytes: await emissiveRedQuad() }])).ok).toBe(true);
      await h.useStyle('silhouette', { colour: '#3366cc' });
      for (const background of [white, clear]) {
        const img = await h.render({ width: 200, height: 200, background, camera: frontOrtho });
        const outside = background[3] ? [255, 255, 255, 255] : [0, 0, 0, 0];
        const wrong: string[] = [];
        for (let y = 0; y < 200; y++) {
          for (let x = 0; x < 200; x++) {
            const inside = x >= 50 && x < 150 && y >= 50 && y < 150;
            const p = pixel(img, x, y);
            if (near(p, inside ? [0x33, 0x66, 0xcc, 255] : outside) > 0) wrong.push(`(${x},${y}) ${p}`);
          }
        }
        expect(wrong.slice(0, 10), `${wrong.length} pixels wrong`).toEqual([]);
      }
      await h.expectNoProblems();
    });

    test('x-ray: see-through, back faces included, most opaque at the silhouette', async ({ page }) => {
      const h = await Harness.open(page, backend);
      expect((await h.load([{ name: 'sphere.glb', bytes: await plainSphere() }])).ok).toBe(true);
      await h.useStyle('xray', { colour: '#40c0ff', opacity: 0.1, edge: 2 });
      const img = await h.render(sphereView);
      const centre = pixel(img, 100, 100);
      // radius 0.5 is 50 px: 46 px out the surface is seen nearly edge-on
      const rim = [pixel(img, 146, 100), pixel(img, 54, 100), pixel(img, 100, 146), pixel(img, 100, 54)];
      console.log(`${backend} x-ray: centre ${centre}, rim ${rim.map((p) => p[3])}`);
      // front and back faces both add 0.1 face-on: about 51, not the 26 of the front alone
      expect(centre[3]).toBeGreaterThan(40);
      expect(centre[3]).toBeLessThan(62);
      expect(near(centre.slice(0, 3), [0x40, 0xc0, 0xff])).toBeLessThanOrEqual(8);
      for (const p of rim) expect(p[3]).toBeGreaterThan(centre[3] * 2);
      expect(pixel(img, 10, 10)[3]).toBe(0);
      await h.expectNoProblems();
    });

    test('matcap: depends on the matcap and on the view-space normal alone', async ({ page }) => {
      const h = await Harness.open(page, backend);
      expect((await h.load([{ name: 'sphere.glb', bytes: await plainSphere() }])).ok).toBe(true);
      const centres: number[][] = [];
      for (const matcap of ['red-wax', 'chrome', 'jade']) {
        await h.useStyle('matcap', { matcap });
        centres.push(pixel(await h.render(sphereView), 80, 80));
      }
      console.log(`${backend} matcaps at one pixel: ${centres.map((c) => c.slice(0, 3).join(',')).join(' / ')}`);
      for (let i = 0; i < centres.length; i++) for (let j = i + 1; j < centres.length; j++) expect(near(centres[i], centres[j])).toBeGreaterThan(30);
      // a flat quad facing the camera has one view-space normal, so one colour, even in perspective
      expect((await h.load([{ name: 'quad.glb', bytes: await baseColourQuad([0.2, 0.2, 0.8]) }])).ok).toBe(true);
      await h.useStyle('matcap', { matcap: 'chrome' });
      const quad = await h.render({ width: 200, height: 200, background: clear, camera: { position: [0, 0, 1.5], target: [0, 0, 0] } });
      const inside = interior(quad);
      expect(inside.length).toBeGreaterThan(10000);
      expect(Math.max(...inside.map((p) => near(p, inside[0])))).toBeLessThanOrEqual(1);
      await h.expectNoProblems();
    });

    test('pbr: outdoor and studio light differently; exposure 2 is brighter than 0.5', async ({ page }) => {
      const h = await Harness.open(page, backend);
      expect((await h.load([{ name: 'box.glb', bytes: await texturedBox() }])).ok).toBe(true);
      const view = { width: 160, height: 160, background: clear, frame: true, camera: { position: [1, 0.8, 3] } };
      const studio = await h.render(view);
      await h.useStyle('pbr', { environment: 'outdoor' });
      const outdoor = await h.render(view);
      // share of the box's pixels (opaque in both) lit differently
      let covered = 0, lit = 0;
      for (let y = 0; y < studio.height; y++) {
        for (let x = 0; x < studio.width; x++) {
          const p = pixel(studio, x, y), q = pixel(outdoor, x, y);
          if (p[3] < 255 || q[3] < 255) continue;
          covered++;
          if (near(p, q) > 10) lit++;
        }
      }
      const share = lit / covered;
      await h.useStyle('pbr', { exposure: 2 });
      const bright = luminance(interior(await h.render(view)));
      await h.useStyle('pbr', { exposure: 0.5 });
      const dim = luminance(interior(await h.render(view)));
      console.log(`${backend} pbr: outdoor differs from studio in ${(share * 100).toFixed(1)}% of the box's pixels; luminance ${dim.toFixed(1)} at exposure 0.5, ${bright.toFixed(1)} at 2`);
      expect(covered).toBeGreaterThan(3000);
      expect(share).toBeGreaterThan(0.5);
      expect(bright).toBeGreaterThan(dim * 1.5);
      // back to the default: the original look, pixel for pixel
      await h.useStyle('pbr');
      expect(differingShare(await h.render(view), studio, 0)).toBe(0);
      await h.expectNoProblems();
    });

    test('switching styles creates nothing after one round; data passes ignore the style; bad styles are refused', async ({ page }) => {
      const h = await Harness.open(page, backend);
      expect((await h.load([{ name: 'box.glb', bytes: await texturedBox() }])).ok).toBe(true);
      const styles = await h.styles();
      expect(styles.map((s) => s.id)).toEqual(['pbr', 'clay', 'matcap', 'toon', 'unlit', 'normals', 'depth', 'silhouette', 'xray', 'pencil', 'wireframe', 'line-art']);
      const view = { width: 64, height: 64, background: clear, frame: true, camera: { position: [1, 0.8, 3] } };
      const round = async (variant: boolean) => {
        for (const style of styles) {
          // the second round also changes parameters: they only rewrite the Style block
          const params = variant ? Object.fromEntries(style.parameters.filter((p) => p.kind === 'boolean').map((p) => [p.id, !p.default])) : undefined;
          await h.useStyle(style.id, params);
          await h.render(view);
        }
        await h.useStyle('pbr', variant ? { environment: 'outdoor', exposure: 1.5 } : { environment: 'neutral' });
        await h.render(view);
      };
      await round(false);
      const before = await h.stats();
      await round(true);
      await round(false);
      const after = await h.stats();
      expect(after.pipelinesCreated - before.pipelinesCreated).toBe(0);
      expect(after.bindGroupsCreated - before.bindGroupsCreated).toBe(0);
      expect(after.buffersCreated - before.buffersCreated).toBe(0);

      await h.useStyle('silhouette', { colour: '#ff0000' });
      const mask = await h.render({ ...view, pass: 'mask' });
      const covered = interior(mask);
      expect(covered.length).toBeGreaterThan(100);
      expect(covered.every((p) => p.every((v) => v === 255))).toBe(true);

      for (const [id, params, message] of [
        ['sketch', undefined, /There is no style "sketch"/],
        ['toon', { bands: 40 }, /"Bands" must be a whole number from 2 to 8, not 40/],
        ['clay', { colour: 'red' }, /colour written #rrggbb/],
        ['pbr', { environment: 'moon' }, /one of studio, outdoor, neutral/],
      ] as const) {
        const refused = await h.setStyle(id, params);
        expect(refused).toMatchObject({ ok: false, name: 'RangeError' });
        expect(refused.message).toMatch(message);
      }
      // a refusal changes nothing
      expect((await h.setStyle('clay', { colour: '#123456' })).style).toEqual({ id: 'clay', params: { colour: '#123456' } });
      expect((await h.setStyle('toon', { bands: 1 })).ok).toBe(false);
      expect(await h.currentStyle()).toEqual({ id: 'clay', params: { colour: '#123456' } });
      await h.expectNoProblems();
    });
  });
}

// Same scene and style on both backends: at most 1% of pixels may differ by more than 8/255 in any channel.
for (const [style, params] of [['clay', {}], ['toon', { bands: 4 }]] as const) {
  test(`${style}: WebGPU and WebGL2 give the same picture`, async ({ browser }) => {
    const images = [];
    for (const backend of backends) {
      const page = await browser.newPage();
      const h = await Harness.open(page, backend);
      expect((await h.load([{ name: 'box.glb', bytes: await texturedBox() }])).ok).toBe(true);
      await h.useStyle(style, params);
      images.push(await h.render({ width: 256, height: 256, background: [0.2, 0.3, 0.4, 1], frame: true, camera: { position: [1, 0.8, 3] } }));
      await h.expectNoProblems();
      await page.close();
    }
    const share = differingShare(images[0], images[1], 8);
    console.log(`${style} cross-backend: ${(share * 100).toFixed(3)}% of pixels differ by more than 8/255`);
    expect(share).toBeLessThanOrEqual(0.01);
  });
}
