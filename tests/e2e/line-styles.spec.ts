// Line looks on both backends: wireframe lines keep their width in image pixels at any size, supersampling or
// tiling; hidden lines hide; line art draws silhouettes, creases and open edges and nothing else; toon outlines
// have the chosen width and colour; switching creates nothing after one round; the backends agree.
import { test, expect } from '@playwright/test';
import { backends } from './browser';
import { Harness, frontOrtho } from './harness-client';
import { differingShare, pixel, type Image } from './pixels';
import { emissiveBox, emissiveRedQuad, plainSphere, texturedBox } from '../fixtures/gltf-fixtures';

const white: [number, number, number, number] = [1, 1, 1, 1];
const clear: [number, number, number, number] = [0, 0, 0, 0];

/** How dark a pixel is against white, 0..1 (a fully covered black pixel is 1). */
const darkness = (p: number[]) => 1 - (0.2126 * p[0] + 0.7152 * p[1] + 0.0722 * p[2]) / 255;

/** A line's width in pixels across row y from x0 to x1: the summed darkness, exact whatever the antialiasing. */
function widthAcrossRow(img: Image, y: number, x0: number, x1: number): number {
  let sum = 0;
  for (let x = x0; x <= x1; x++) sum += darkness(pixel(img, x, y));
  return sum;
}

/** The darkest pixel within `r` pixels of (x, y). */
function darkestNear(img: Image, x: number, y: number, r: number): number {
  let most = 0;
  for (let dy = -r; dy <= r; dy++) for (let dx = -r; dx <= r; dx++) most = Math.max(most, darkness(pixel(img, Math.round(x) + dx, Math.round(y) + dy)));
  return most;
}

type V3 = [number, number, number];
const sub = (a: V3, b: V3): V3 => [a[0] - b[0], a[1] - b[1], a[2] - b[2]];
const cross = (a: V3, b: V3): V3 => [a[1] * b[2] - a[2] * b[1], a[2] * b[0] - a[0] * b[2], a[0] * b[1] - a[1] * b[0]];
const dot = (a: V3, b: V3) => a[0] * b[0] + a[1] * b[1] + a[2] * b[2];
const unit = (a: V3): V3 => a.map((v) => v / Math.hypot(...a)) as V3;

/** An orthographic camera looking at the origin from `position`, showing 2 units across. */
function orthoFrom(position: V3) {
  return { ...frontOrtho, position };
}

/** Where a world point lands in a size×size image of orthoFrom(position) (2 units across the image). */
function project(position: V3, size: number, p: V3): [number, number] {
  const forward = unit(sub([0, 0, 0], position));
  const right = unit(cross(forward, [0, 1, 0]));
  const up = cross(right, forward);
  const scale = size / 2;
  return [size / 2 + dot(p, right) * scale, size / 2 - dot(p, up) * scale];
}

/** The unit cube's 12 edges as midpoints, with which of its faces (±x, ±y, ±z) meet there. */
function cubeEdgeMidpoints(): { mid: V3; faces: V3[] }[] {
  const out: { mid: V3; faces: V3[] }[] = [];
  for (let axis = 0; axis < 3; axis++) {
    for (const a of [-0.5, 0.5]) {
      for (const b of [-0.5, 0.5]) {
        const [i, j] = [0, 1, 2].filter((k) => k !== axis);
        const mid: V3 = [0, 0, 0];
        mid[i] = a;
        mid[j] = b;
        const fi: V3 = [0, 0, 0];
        fi[i] = Math.sign(a);
        const fj: V3 = [0, 0, 0];
        fj[j] = Math.sign(b);
        out.push({ mid, faces: [fi, fj] });
      }
    }
  }
  return out;
}

/** The two corners of the cube edge through `mid` (its zero coordinate is the edge's axis). */
function edgeEnds(mid: V3): [V3, V3] {
  const axis = mid.findIndex((v) => v === 0);
  const a = [...mid] as V3, b = [...mid] as V3;
  a[axis] = -0.5;
  b[axis] = 0.5;
  return [a, b];
}

/** Both diagonals of the cube face whose outward normal is `n`. */
function faceDiagonals(n: V3): [V3, V3][] {
  const [i, j] = [0, 1, 2].filter((k) => n[k] === 0);
  const corner = (si: number, sj: number): V3 => {
    const p = n.map((v) => v * 0.5) as V3;
    p[i] = si * 0.5;
    p[j] = sj * 0.5;
    return p;
  };
  return [[corner(-1, -1), corner(1, 1)], [corner(-1, 1), corner(1, -1)]];
}

function distanceToSegment(p: [number, number], a: [number, number], b: [number, number]): number {
  const [dx, dy] = [b[0] - a[0], b[1] - a[1]];
  const t = Math.max(0, Math.min(1, ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(p[0] - a[0] - t * dx, p[1] - a[1] - t * dy);
}

const cubeEye: V3 = [2, 1.5, 4];

for (const backend of backends) {
  test.describe(backend, () => {
    test('wireframe: lines keep their width in image pixels at 200², 400², supersampled and tiled', async ({ page }) => {
      const h = await Harness.open(page, backend);
      expect((await h.load([{ name: 'quad.glb', bytes: await emissiveRedQuad() }])).ok).toBe(true);
      await h.useStyle('wireframe', { width: 3, lineColour: '#000000', shading: false });
      const widths: Record<string, number> = {};
      for (const [name, size, extra] of [['200²', 200, {}], ['400²', 400, {}], ['200² supersampled ×2', 200, { supersample: 2 }], ['400² in 128-pixel tiles', 400, { tileSize: 128 }]] as const) {
        const img = await h.render({ width: size, height: size, background: white, camera: frontOrtho, ...extra });
        // the quad's left edge is at x = size/4; row 0.4·size crosses it square on, away from the diagonal
        const edge = size / 4;
        const y = Math.round(size * 0.4);
        widths[name] = widthAcrossRow(img, y, edge - 12, edge + 12);
        // beside the line: the background, as it was cleared (the surfaces paint nothing without shading)
        expect(pixel(img, edge - 10, y)).toEqual([255, 255, 255, 255]);
        expect(pixel(img, edge + 10, y)).toEqual([255, 255, 255, 255]);
      }
      console.log(`${backend} wireframe width 3: ${Object.entries(widths).map(([k, v]) => `${k} ${v.toFixed(2)} px`).join(', ')}`);
      for (const w of Object.values(widths)) expect(Math.abs(w - 3)).toBeLessThanOrEqual(1);
      const values = Object.values(widths);
      expect(Math.max(...values) - Math.min(...values)).toBeLessThanOrEqual(1);
      await h.useStyle('wireframe', { width: 6, lineColour: '#000000', shading: false });
      const wide = widthAcrossRow(await h.render({ width: 200, height: 200, background: white, camera: frontOrtho }), 80, 38, 62);
      console.log(`${backend} wireframe width 6 at 200²: ${wide.toFixed(2)} px`);
      expect(Math.abs(wide - 6)).toBeLessThanOrEqual(1);
      await h.expectNoProblems();
    });

    test('wireframe: a cube\'s back edges show only when hidden lines are shown', async ({ page }) => {
      const h = await Harness.open(page, backend);
      expect((await h.load([{ name: 'box.glb', bytes: await emissiveBox() }])).ok).toBe(true);
      const view = { width: 200, height: 200, background: white, camera: orthoFrom(cubeEye) };
      const eyeDir = unit(cubeEye);
      const edges = cubeEdgeMidpoints();
      const front = edges.filter((e) => e.faces.some((f) => dot(f, eyeDir) > 0)).map((e) => project(cubeEye, 200, e.mid));
      // points along the back edges, kept where no front line (edge or either face diagonal) passes within 6 pixels
      const frontSegments: [V3, V3][] = [];
      for (const e of edges.filter((e) => e.faces.some((f) => dot(f, eyeDir) > 0))) frontSegments.push(edgeEnds(e.mid));
      for (const f of [[1, 0, 0], [0, 1, 0], [0, 0, 1]] as V3[]) frontSegments.push(...faceDiagonals(f));
      const back = edges.filter((e) => e.faces.every((f) => dot(f, eyeDir) < 0)).flatMap((e) => {
        const [a, b] = edgeEnds(e.mid);
        return [0.25, 0.5, 0.75].map((t) => project(cubeEye, 200, a.map((v, i) => v + t * (b[i] - v)) as V3));
      }).filter((p) => frontSegments.every(([a, b]) => distanceToSegment(p, project(cubeEye, 200, a), project(cubeEye, 200, b)) > 6));
      expect(back.length).toBeGreaterThanOrEqual(3);
      for (const shading of [false, true]) {
        await h.useStyle('wireframe', { width: 2, lineColour: '#000000', shading, surfaceColour: '#ffffff' });
        const hidden = await h.render(view);
        await h.useStyle('wireframe', { width: 2, lineColour: '#000000', shading, surfaceColour: '#ffffff', hideHidden: false });
        const shown = await h.render(view);
        const backHidden = back.map(([x, y]) => darkestNear(hidden, x, y, 2));
        const backShown = back.map(([x, y]) => darkestNear(shown, x, y, 2));
        console.log(`${backend} wireframe${shading ? ' shaded' : ''}: back edges' darkness hidden ${backHidden.map((d) => d.toFixed(2))}, shown ${backShown.map((d) => d.toFixed(2))}`);
        for (const d of backShown) expect(d).toBeGreaterThan(0.8);
        // hidden: only the background, or the shaded surface (at most 30% dark) where no line shows
        for (const d of backHidden) expect(d).toBeLessThan(shading ? 0.3 : 0.005);
        for (const [x, y] of front) {
          expect(darkestNear(hidden, x, y, 2)).toBeGreaterThan(0.8);
          expect(darkestNear(shown, x, y, 2)).toBeGreaterThan(0.8);
        }
      }
      await h.expectNoProblems();
    });

    test('line art: silhouette and creases of a cube, nothing on its faces, white around it', async ({ page }) => {
      const h = await Harness.open(page, backend);
      expect((await h.load([{ name: 'box.glb', bytes: await emissiveBox() }])).ok).toBe(true);
      await h.useStyle('line-art');
      const img = await h.render({ width: 200, height: 200, background: white, camera: orthoFrom(cubeEye) });
      const eyeDir = unit(cubeEye);
      const edges = cubeEdgeMidpoints();
      const visible = edges.filter((e) => e.faces.some((f) => dot(f, eyeDir) > 0));
      expect(visible.length).toBe(9);
      // six silhouette edges (one face toward the eye) and three creases (both toward it), all drawn
      const darkness9 = visible.map((e) => darkestNear(img, ...project(cubeEye, 200, e.mid), 2));
      console.log(`${backend} line art cube: darkest near each visible edge ${darkness9.map((d) => d.toFixed(2))}`);
      for (const d of darkness9) expect(d).toBeGreaterThan(0.9);
      // each visible face's centre lies on its triangles' shared diagonal: a flat edge, not drawn
      for (const f of [[0.5, 0, 0], [0, 0.5, 0], [0, 0, 0.5]] as V3[]) {
        const [x, y] = project(cubeEye, 200, f);
        expect(darkestNear(img, x, y, 3), `face centre ${f}`).toBeLessThan(0.005);
      }
      // background: white, exactly, everywhere a few pixels away from the cube
      const corners: V3[] = [];
      for (const x of [-0.5, 0.5]) for (const y of [-0.5, 0.5]) for (const z of [-0.5, 0.5]) corners.push([x, y, z]);
      const points = corners.map((c) => project(cubeEye, 200, c));
      const [minX, maxX] = [Math.min(...points.map((p) => p[0])), Math.max(...points.map((p) => p[0]))];
      const [minY, maxY] = [Math.min(...points.map((p) => p[1])), Math.max(...points.map((p) => p[1]))];
      let wrong = 0, checked = 0;
      for (let y = 0; y < 200; y++) {
        for (let x = 0; x < 200; x++) {
          if (x > minX - 6 && x < maxX + 6 && y > minY - 6 && y < maxY + 6) continue;
          checked++;
          if (pixel(img, x, y).some((v) => v !== 255)) wrong++;
        }
      }
      expect(checked).toBeGreaterThan(10000);
      expect(wrong).toBe(0);
      await h.expectNoProblems();
    });

    test('line art: a smooth sphere shows its outline ring and no interior lines; an open quad shows its boundary', async ({ page }) => {
      const h = await Harness.open(page, backend);
      expect((await h.load([{ name: 'sphere.glb', bytes: await plainSphere() }])).ok).toBe(true);
      await h.useStyle('line-art', { creaseAngle: 30, width: 2 });
      const img = await h.render({ width: 200, height: 200, background: white, camera: frontOrtho });
      // radius 0.5 is 50 pixels; the outline lies just outside it
      let interiorDark = 0, interior = 0;
      for (let y = 0; y < 200; y++) {
        for (let x = 0; x < 200; x++) {
          const r = Math.hypot(x + 0.5 - 100, y + 0.5 - 100);
          if (r < 46) {
            interior++;
            if (darkness(pixel(img, x, y)) > 0.02) interiorDark++;
          }
        }
      }
      const ring: number[] = [];
      for (let i = 0; i < 24; i++) {
        const a = (i / 24) * 2 * Math.PI;
        let most = 0;
        for (let r = 47; r <= 55; r++) most = Math.max(most, darkness(pixel(img, Math.round(100 + r * Math.cos(a)), Math.round(100 + r * Math.sin(a)))));
        ring.push(most);
      }
      console.log(`${backend} line art sphere: ${interiorDark} of ${interior} interior pixels dark; ring darkness min ${Math.min(...ring).toFixed(2)}`);
      expect(interior).toBeGreaterThan(6000);
      expect(interiorDark).toBe(0);
      for (const d of ring) expect(d).toBeGreaterThan(0.9);
      expect(pixel(img, 100, 30)).toEqual([255, 255, 255, 255]);

      expect((await h.load([{ name: 'quad.glb', bytes: await emissiveRedQuad() }])).ok).toBe(true);
      const quad = await h.render({ width: 200, height: 200, background: white, camera: frontOrtho });
      const sides = [[100, 50], [150, 100], [100, 150], [50, 100]].map(([x, y]) => darkestNear(quad, x, y, 1));
      console.log(`${backend} line art open quad: boundary darkness ${sides.map((d) => d.toFixed(2))}, centre ${darkestNear(quad, 100, 100, 3)}`);
      for (const d of sides) expect(d).toBeGreaterThan(0.9);
      // the diagonal between its two triangles is flat: not drawn; inside and outside are white
      expect(darkestNear(quad, 100, 100, 3)).toBeLessThan(0.005);
      expect(darkestNear(quad, 75, 125, 3)).toBeLessThan(0.005);
      expect(pixel(quad, 20, 20)).toEqual([255, 255, 255, 255]);
      await h.expectNoProblems();
    });

    test('toon: an outline of the chosen width and colour along the silhouette, none at width 0', async ({ page }) => {
      const h = await Harness.open(page, backend);
      expect((await h.load([{ name: 'sphere.glb', bytes: await plainSphere([0.6, 0.3, 0.2]) }])).ok).toBe(true);
      const view = { width: 200, height: 200, background: clear, camera: frontOrtho };
      const magenta = (p: number[]) => p[3] === 255 && p[0] > 200 && p[1] < 60 && p[2] > 200;
      const runs: Record<number, number[]> = {};
      for (const outline of [2, 5]) {
        await h.useStyle('toon', { outline, outlineColour: '#ff00ff' });
        const img = await h.render(view);
        // along rays from the centre: magenta coverage summed over the run outside the sphere's 50-pixel radius
        runs[outline] = [];
        for (let i = 0; i < 16; i++) {
          const a = (i / 16) * 2 * Math.PI + 0.1;
          let cover = 0;
          for (let r = 40; r <= 64; r += 0.25) {
            const p = pixel(img, Math.floor(100 + r * Math.cos(a)), Math.floor(100 + r * Math.sin(a)));
            // straight colour over a transparent background: coverage is the alpha of a magenta pixel
            if (p[0] > 200 && p[1] < 60 && p[2] > 200) cover += 0.25 * (p[3] / 255);
          }
          runs[outline].push(cover);
        }
        const mean = runs[outline].reduce((a, b) => a + b, 0) / runs[outline].length;
        console.log(`${backend} toon outline ${outline}: magenta run along 16 rays ${runs[outline].map((v) => v.toFixed(1))}, mean ${mean.toFixed(2)}`);
        expect(Math.abs(mean - outline)).toBeLessThanOrEqual(1);
        for (const v of runs[outline]) expect(Math.abs(v - outline)).toBeLessThanOrEqual(1.5);
        // inside, the toon bands; outside the outline, the transparent background
        expect(magenta(pixel(img, 100, 100))).toBe(false);
        expect(pixel(img, 100, 100)[3]).toBe(255);
        expect(pixel(img, 100, 100 - 50 - outline - 4)[3]).toBe(0);
      }
      await h.useStyle('toon', { outline: 0, outlineColour: '#ff00ff' });
      const none = await h.render(view);
      let count = 0;
      for (let y = 0; y < 200; y++) for (let x = 0; x < 200; x++) if (magenta(pixel(none, x, y))) count++;
      expect(count).toBe(0);
      expect(pixel(none, 100, 47)[3]).toBe(0);
      await h.expectNoProblems();
    });

    test('switching through the line looks and back creates nothing after one round', async ({ page }) => {
      const h = await Harness.open(page, backend);
      expect((await h.load([{ name: 'box.glb', bytes: await texturedBox() }])).ok).toBe(true);
      const view = { width: 64, height: 64, background: clear, frame: true, camera: { position: [1, 0.8, 3] } };
      const round = async (variant: boolean) => {
        for (const [id, params] of [
          ['wireframe', variant ? { shading: false, hideHidden: false, width: 2 } : {}],
          ['line-art', variant ? { creaseAngle: 60, lineColour: '#ff0000' } : {}],
          ['toon', { outline: variant ? 4 : 2 }],
          ['clay', {}],
          ['toon', { outline: 0 }],
          ['pbr', {}],
        ] as const) {
          await h.useStyle(id, params);
          await h.render(view);
          await h.render({ ...view, supersample: 2 });
        }
      };
      await round(false);
      const before = await h.stats();
      await round(true);
      await round(false);
      const after = await h.stats();
      console.log(`${backend} line looks: ${before.pipelinesCreated} pipelines, ${before.bindGroupsCreated} bind groups, ${before.buffersCreated} buffers after one round; ${after.pipelinesCreated - before.pipelinesCreated}, ${after.bindGroupsCreated - before.bindGroupsCreated}, ${after.buffersCreated - before.buffersCreated} more after two`);
      expect(after.pipelinesCreated - before.pipelinesCreated).toBe(0);
      expect(after.bindGroupsCreated - before.bindGroupsCreated).toBe(0);
      expect(after.buffersCreated - before.buffersCreated).toBe(0);
      await h.expectNoProblems();
    });
  });
}

test('line art: WebGPU and WebGL2 give the same picture', async ({ browser }) => {
  const images = [];
  for (const backend of backends) {
    const page = await browser.newPage();
    const h = await Harness.open(page, backend);
    expect((await h.load([{ name: 'box.glb', bytes: await texturedBox() }])).ok).toBe(true);
    await h.useStyle('line-art', { width: 2 });
    images.push(await h.render({ width: 256, height: 256, background: white, frame: true, camera: { position: [1, 0.8, 3] } }));
    await h.expectNoProblems();
    await page.close();
  }
  // the drawing is there: a fair share of dark line pixels, not a blank sheet
  let lines = 0;
  for (let y = 0; y < 256; y++) for (let x = 0; x < 256; x++) if (darkness(pixel(images[0], x, y)) > 0.5) lines++;
  const share = differingShare(images[0], images[1], 8);
  console.log(`line art cross-backend: ${lines} line pixels, ${(share * 100).toFixed(3)}% of pixels differ by more than 8/255`);
  expect(lines).toBeGreaterThan(500);
  expect(share).toBeLessThanOrEqual(0.01);
});
