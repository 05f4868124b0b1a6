// Multi-angle export through the engine's public API, on both backends: the files asked for at the size asked,
// clean transparent edges, cameras.json that reproduces where a known point lands, orthographic sizes and a
// shared scale that hold to the pixel.
import { test, expect } from '@playwright/test';
import { PNG } from 'pngjs';
import { backends } from './browser';
import { Harness } from './harness-client';
import { pixel, type Image } from './pixels';
import { emissiveBox, emissiveRedQuad, MARKED_POINT, markedBox, texturedBox } from '../fixtures/gltf-fixtures';

const transparent = [0, 0, 0, 0];
const png = (bytes: Buffer | undefined): Image => {
  expect(bytes, 'file missing').toBeDefined();
  const p = PNG.sync.read(bytes!);
  return { width: p.width, height: p.height, data: new Uint8Array(p.data) };
};
const json = (bytes: Buffer | undefined) => JSON.parse(bytes!.toString('utf8'));

/** Bounding box of the pixels `inside` accepts: [minX, minY, maxX, maxY] inclusive. */
function bbox(img: Image, inside: (p: number[]) => boolean): number[] {
  let minX = Infinity, minY = Infinity, maxX = -1, maxY = -1;
  for (let y = 0; y < img.height; y++) for (let x = 0; x < img.width; x++) {
    if (!inside(pixel(img, x, y))) continue;
    minX = Math.min(minX, x); maxX = Math.max(maxX, x); minY = Math.min(minY, y); maxY = Math.max(maxY, y);
  }
  return [minX, minY, maxX, maxY];
}

/** Centre of the red marker's pixels, in continuous pixel coordinates (pixel centres at +0.5). */
function markerCentre(img: Image): [number, number] {
  let sx = 0, sy = 0, n = 0;
  for (let y = 0; y < img.height; y++) for (let x = 0; x < img.width; x++) {
    const [r, g, b, a] = pixel(img, x, y);
    if (a > 128 && r > 150 && g < 80 && b < 80) { sx += x + 0.5; sy += y + 0.5; n++; }
  }
  expect(n, 'marker pixels').toBeGreaterThan(4);
  return [sx / n, sy / n];
}

/** A world point through cameras.json's camera_to_world (inverted) and intrinsics, as its convention text says. */
function project(entry: any, p: number[]): [number, number] {
  const m = entry.camera_to_world as number[][];
  const d = [p[0] - m[0][3], p[1] - m[1][3], p[2] - m[2][3]];
  // The rotation part is orthonormal: its transpose inverts it.
  const [X, Y, Z] = [0, 1, 2].map((c) => m[0][c] * d[0] + m[1][c] * d[1] + m[2][c] * d[2]);
  const k = entry.intrinsics;
  if (entry.projection === 'perspective') return [k.cx + (k.fx * X) / -Z, k.cy - (k.fy * Y) / -Z];
  return [k.cx + X * k.pixels_per_unit, k.cy - Y * k.pixels_per_unit];
}

const mirrored = (img: Image): Image => {
  const out = new Uint8Array(img.data.length);
  for (let y = 0; y < img.height; y++) for (let x = 0; x < img.width; x++) out.set(pixel(img, img.width - 1 - x, y), (y * img.width + x) * 4);
  return { ...img, data: out };
};
const differing = (a: Image, b: Image) => { let n = 0; for (let i = 0; i < a.data.length; i += 4) if (a.data[i] !== b.data[i]) n++; return n / (a.width * a.height); };

for (const backend of backends) {
  test.describe(backend, () => {
    test('an export gives exactly the files asked for, each of the asked size', async ({ page }) => {
      const h = await Harness.open(page, backend);
      expect((await h.load([{ name: 'marked.glb', bytes: await markedBox() }])).ok).toBe(true);
      const files = await h.exportViews({ kind: 'preset', set: 'standard-six' }, { projection: 'perspective', upAxis: 'y', paddingPercent: 5, sameScale: false },
        { modelName: 'marked.glb', width: 240, height: 160, format: 'png', background: transparent, passes: { mask: true, depth: true, normals: true }, contactSheet: true });
      const views = ['front', 'back', 'left', 'right', 'top', 'bottom'];
      const expected = [
        ...views.flatMap((v) => [`marked_${v}.png`, `marked_${v}_mask.png`, `marked_${v}_depth.png`, `marked_${v}_normals.png`]),
        'marked_contact-sheet.png', 'cameras.json', 'transforms.json',
      ];
      expect([...files.keys()].sort()).toEqual(expected.sort());
      for (const v of views) {
        for (const name of [`marked_${v}.png`, `marked_${v}_mask.png`, `marked_${v}_normals.png`]) {
          const img = png(files.get(name));
          expect([name, img.width, img.height]).toEqual([name, 240, 160]);
        }
        // IHDR: width, height, bit depth 16, colour type 0 (grey).
        const depth = files.get(`marked_${v}_depth.png`)!;
        expect([depth.readUInt32BE(16), depth.readUInt32BE(20), depth[24], depth[25]]).toEqual([240, 160, 16, 0]);
      }
      const cameras = json(files.get('cameras.json'));
      expect(cameras.convention).toMatch(/camera_to_world/);
      const colour = cameras.images.filter((i: any) => !i.depth_range);
      expect(colour.map((i: any) => i.file).sort()).toEqual(views.map((v) => `marked_${v}.png`).sort());
      for (const entry of cameras.images) expect([entry.width, entry.height]).toEqual([240, 160]);
      const depths = cameras.images.filter((i: any) => i.depth_range);
      expect(depths).toHaveLength(6);
      for (const d of depths) expect(d.depth_range.far).toBeGreaterThan(d.depth_range.near);
      const transforms = json(files.get('transforms.json'));
      expect(transforms.frames).toHaveLength(6);
      expect(transforms.frames[0].transform_matrix).toHaveLength(4);
      await h.expectNoProblems();
    });

    test('transparent edges keep the object colour: no fringe, alpha 0 outside, 255 inside', async ({ page }) => {
      const h = await Harness.open(page, backend);
      expect((await h.load([{ name: 'red.glb', bytes: await emissiveRedQuad() }])).ok).toBe(true);
      for (const supersample of [1, 4]) {
        const files = await h.exportViews({ kind: 'custom', views: [{ name: 'tilted', azimuth: 30, elevation: 20, roll: 17 }] }, { projection: 'perspective', upAxis: 'y', paddingPercent: 10, sameScale: false },
          { modelName: 'red.glb', width: 160, height: 160, format: 'png', background: transparent, supersample });
        const img = png(files.get('red_tilted.png'));
        for (const [x, y] of [[0, 0], [159, 0], [0, 159], [159, 159]]) expect(pixel(img, x, y)[3]).toBe(0);
        const centre = pixel(img, 80, 80);
        expect(centre[3]).toBe(255);
        expect(Math.max(255 - centre[0], centre[1], centre[2]), `centre ${centre}`).toBeLessThanOrEqual(4);
        let edges = 0;
        const fringe: string[] = [];
        for (let y = 0; y < 160; y++) for (let x = 0; x < 160; x++) {
          const p = pixel(img, x, y);
          if (p[3] === 0 || p[3] === 255) continue;
          edges++;
          // Un-premultiplying 8-bit values is exact to within half a step of 255/alpha; 4 more for the studio's faint light on the black base.
          const slack = Math.max(1, Math.ceil(255 / (2 * p[3])));
          if (255 - p[0] > slack + 4 || p[1] > slack + 4 || p[2] > slack + 4) fringe.push(`(${x},${y}) ${p}`);
        }
        expect(edges, 'antialiased edge pixels').toBeGreaterThan(100);
        expect(fringe.slice(0, 10), `${fringe.length} fringed pixels at supersample ${supersample}`).toEqual([]);
      }
      await h.expectNoProblems();
    });

    test('a marked point projected with cameras.json lands within a pixel of where it shows', async ({ page }) => {
      const h = await Harness.open(page, backend);
      expect((await h.load([{ name: 'marked.glb', bytes: await markedBox() }])).ok).toBe(true);
      for (const projection of ['perspective', 'orthographic']) {
        const files = await h.exportViews({ kind: 'preset', names: ['front', 'right', 'top', 'iso-front-right', 'three-quarter'] }, { projection, upAxis: 'y', paddingPercent: 8, sameScale: false },
          { modelName: 'marked.glb', width: 320, height: 240, format: 'png', background: transparent });
        const cameras = json(files.get('cameras.json'));
        for (const entry of cameras.images) {
          const seen = markerCentre(png(files.get(entry.file)));
          const predicted = project(entry, MARKED_POINT);
          const error = Math.hypot(seen[0] - predicted[0], seen[1] - predicted[1]);
          console.log(`${backend} ${projection} ${entry.view}: marker at (${seen.map((v) => v.toFixed(2))}), predicted (${predicted.map((v) => v.toFixed(2))}), ${error.toFixed(2)} px`);
          expect(error, `${projection} ${entry.view}`).toBeLessThanOrEqual(1);
        }
      }
      await h.expectNoProblems();
    });

    test('front and back views are mirror images of each other', async ({ page }) => {
      const h = await Harness.open(page, backend);
      expect((await h.load([{ name: 'marked.glb', bytes: await markedBox() }])).ok).toBe(true);
      const files = await h.exportViews({ kind: 'preset', names: ['front', 'back'] }, { projection: 'orthographic', upAxis: 'y', paddingPercent: 5, sameScale: true },
        { modelName: 'marked.glb', width: 200, height: 160, format: 'png', background: transparent, passes: { mask: true } });
      const front = png(files.get('marked_front_mask.png')), back = png(files.get('marked_back_mask.png'));
      // The marker makes the silhouette asymmetric, so the unflipped images differ and the flipped ones agree.
      expect(differing(front, back)).toBeGreaterThan(0.003);
      expect(differing(front, mirrored(back))).toBeLessThanOrEqual(0.001);
      await h.expectNoProblems();
    });

    test('an orthographic front view of a unit cube covers the predicted square', async ({ page }) => {
      const h = await Harness.open(page, backend);
      expect((await h.load([{ name: 'cube.glb', bytes: await emissiveBox() }])).ok).toBe(true);
      const files = await h.exportViews({ kind: 'preset', names: ['front'] }, { projection: 'orthographic', upAxis: 'y', paddingPercent: 10, sameScale: false },
        { modelName: 'cube.glb', width: 200, height: 200, format: 'png', background: transparent, passes: { mask: true } });
      // 10% padding of each half-extent: the face fills 90% of the image, pixels 10..189.
      const box = bbox(png(files.get('cube_front_mask.png')), (p) => p[0] === 255);
      for (const [got, want] of box.map((v, i) => [v, [10, 10, 189, 189][i]])) expect(Math.abs(got - want), `mask box ${box}`).toBeLessThanOrEqual(1);
      const ppu = json(files.get('cameras.json')).images[0].intrinsics.pixels_per_unit;
      expect(ppu).toBeCloseTo(180, 6);
      await h.expectNoProblems();
    });

    test('same scale gives the model the same pixels per unit in every view', async ({ page }) => {
      const h = await Harness.open(page, backend);
      expect((await h.load([{ name: 'slab.glb', bytes: await emissiveBox([1, 0.8, 0.4]) }])).ok).toBe(true);
      const sizes = async (sameScale: boolean) => {
        const files = await h.exportViews({ kind: 'preset', names: ['front', 'right', 'top'] }, { projection: 'orthographic', upAxis: 'y', paddingPercent: 5, sameScale },
          { modelName: 'slab.glb', width: 200, height: 200, format: 'png', background: transparent, passes: { mask: true } });
        return ['front', 'right', 'top'].map((v) => {
          const [x0, y0, x1, y1] = bbox(png(files.get(`slab_${v}_mask.png`)), (p) => p[0] === 255);
          return [x1 - x0 + 1, y1 - y0 + 1];
        });
      };
      const [front, right, top] = await sizes(true);
      // Extents seen: front 1 × 0.8, right 0.4 × 0.8, top 1 × 0.4; one scale means equal pixels per unit.
      const ppu = front[0];
      for (const [got, units] of [[front[1], 0.8], [right[0], 0.4], [right[1], 0.8], [top[0], 1], [top[1], 0.4]]) {
        expect(Math.abs(got - ppu * units), `same scale: ${got} px for ${units} units at ${ppu} px/unit`).toBeLessThanOrEqual(1.5);
      }
      const tight = await sizes(false);
      expect(tight[1][1], 'tight framing enlarges the narrow side view').toBeGreaterThan(right[1] + 10);
      await h.expectNoProblems();
    });
  });
}

for (const backend of backends) {
  test(`${backend}: the page stays responsive during a 24-view 2048² export`, async ({ page }) => {
    test.setTimeout(400_000);
    const h = await Harness.open(page, backend);
    expect((await h.load([{ name: 'box.glb', bytes: await texturedBox() }])).ok).toBe(true);
    const r = await page.evaluate(([spec, plan, settings]) => (window as any).harness.exportMeasuringResponsiveness(spec, plan, settings), [
      { kind: 'turntable', count: 24, elevation: 20 },
      { projection: 'perspective', upAxis: 'y', paddingPercent: 5, sameScale: true },
      { modelName: 'box.glb', width: 2048, height: 2048, format: 'png', background: transparent },
    ] as const);
    console.log(`${backend}: 24 views at 2048² in ${r.seconds.toFixed(1)} s; main thread busy at most ${r.longest.toFixed(0)} ms at a stretch (99th percentile ${r.p99.toFixed(0)} ms, ${r.ticks} timer ticks)`);
    expect(r.files).toBe(24 + 2);
    // Timers keep firing through the export: 99% of the gaps are short. The longest single stretch is reported,
    // not asserted: on a software GPU that shares two cores with the page it is the GPU process's doing.
    expect(r.p99).toBeLessThan(100);
    await h.expectNoProblems();
  });
}

for (const backend of backends) {
  test.describe(`${backend} formats and options`, () => {
    test('JPEG and WebP encode in the worker at the asked size; a contact sheet shows every view', async ({ page }) => {
      const h = await Harness.open(page, backend);
      expect((await h.load([{ name: 'marked.glb', bytes: await markedBox() }])).ok).toBe(true);
      for (const [format, ext, mime, magic] of [['jpeg', 'jpg', 'image/jpeg', 'ffd8ff'], ['webp', 'webp', 'image/webp', '52494646']] as const) {
        const files = await h.exportViews({ kind: 'turntable', count: 4, elevation: 15 }, { projection: 'perspective', upAxis: 'y', paddingPercent: 5, sameScale: true },
          { modelName: 'marked.glb', width: 300, height: 200, format, quality: 0.8, background: [1, 1, 1, 1], contactSheet: true });
        const images = [...files.keys()].filter((n) => n.endsWith(`.${ext}`));
        expect(images).toHaveLength(5);
        for (const name of images) {
          const bytes = files.get(name)!;
          expect(bytes.subarray(0, magic.length / 2).toString('hex'), name).toBe(magic);
          const size = await page.evaluate(([b, t]) => (window as any).harness.decodedSize(b, t), [bytes.toString('base64'), mime] as const);
          if (!name.includes('contact-sheet')) expect(size, name).toEqual([300, 200]);
          else expect(size[0] * size[1], 'a sheet holds four 300×200 views').toBeGreaterThan(4 * 300 * 200 * 0.9);
        }
      }
      await h.expectNoProblems();
    });

    test('auto-crop trims to the model and cameras.json still places the marked point within a pixel', async ({ page }) => {
      const h = await Harness.open(page, backend);
      expect((await h.load([{ name: 'marked.glb', bytes: await markedBox() }])).ok).toBe(true);
      const files = await h.exportViews({ kind: 'preset', names: ['front', 'three-quarter'] }, { projection: 'perspective', upAxis: 'y', paddingPercent: 25, sameScale: false },
        { modelName: 'marked.glb', width: 400, height: 300, format: 'png', background: transparent, autoCropPaddingPercent: 2, passes: { mask: true } });
      const cameras = json(files.get('cameras.json'));
      for (const entry of cameras.images) {
        const img = png(files.get(entry.file));
        const mask = png(files.get(entry.file.replace('.png', '_mask.png')));
        expect([mask.width, mask.height]).toEqual([img.width, img.height]);
        expect(img.width * img.height, `${entry.file} is cropped`).toBeLessThan(400 * 300 * 0.75);
        expect([entry.width, entry.height, entry.crop.full_width, entry.crop.full_height]).toEqual([img.width, img.height, 400, 300]);
        const [x0, y0, x1, y1] = bbox(img, (p) => p[3] > 0);
        // 2% of the larger side of the model's box stays free around it.
        const margin = Math.floor(0.02 * Math.max(x1 - x0 + 1, y1 - y0 + 1));
        expect(Math.min(x0, y0, img.width - 1 - x1, img.height - 1 - y1)).toBeGreaterThanOrEqual(margin - 1);
        const seen = markerCentre(img);
        const predicted = project(entry, MARKED_POINT);
        expect(Math.hypot(seen[0] - predicted[0], seen[1] - predicted[1]), entry.view).toBeLessThanOrEqual(1);
      }
      await h.expectNoProblems();
    });
  });
}
