// Golden images: every style in the engine's registry, on both backends, renders one fixed scene (a textured box, a
// glossy sphere, a slab; fixed camera, opaque background) that must match tests/golden/<backend>/<style>.png, and
// the two backends must agree with each other. UPDATE_GOLDENS=1 writes the goldens instead of comparing.
import { test, expect, type TestInfo } from '@playwright/test';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { PNG } from 'pngjs';
import { backends, type Backend } from './browser';
import { Harness } from './harness-client';
import { coveredPixels, type Image } from './pixels';
import { GOLDEN_CAMERA, goldenScene } from '../fixtures/golden-scene';

const projectRoot = resolve(new URL('../..', import.meta.url).pathname);
const goldenDir = join(projectRoot, 'tests/golden');
const UPDATE = process.env.UPDATE_GOLDENS === '1';
const UPDATE_COMMAND = 'UPDATE_GOLDENS=1 npx playwright test tests/e2e/golden.spec.ts';

const WIDTH = 256;
const HEIGHT = 192;
const BACKGROUND: [number, number, number, number] = [0.78, 0.8, 0.84, 1];
/** A pixel differs when any channel differs by more than this (of 255). */
const CHANNEL_TOLERANCE = 8;
/** At most this share of pixels may differ from the golden image… */
const GOLDEN_LIMIT = 0.005;
/** …and from the other backend's image of the same style. */
const PARITY_LIMIT = 0.01;

const goldenPath = (backend: Backend, style: string) => join(goldenDir, backend, `${style}.png`);
const shown = (path: string) => relative(projectRoot, path);

function readPng(path: string): Image {
  const png = PNG.sync.read(readFileSync(path));
  return { width: png.width, height: png.height, data: new Uint8Array(png.data) };
}

function writePng(path: string, image: Image): void {
  mkdirSync(resolve(path, '..'), { recursive: true });
  const png = new PNG({ width: image.width, height: image.height });
  png.data.set(image.data);
  writeFileSync(path, PNG.sync.write(png));
}

/** The share of differing pixels, and an image showing them red over a faded copy of `actual`. */
function compare(actual: Image, expected: Image): { share: number; diff: Image } {
  if (actual.width !== expected.width || actual.height !== expected.height) return { share: 1, diff: actual };
  const diff = new Uint8Array(actual.data.length);
  let differing = 0;
  for (let i = 0; i < actual.data.length; i += 4) {
    let worst = 0;
    for (let c = 0; c < 4; c++) worst = Math.max(worst, Math.abs(actual.data[i + c] - expected.data[i + c]));
    if (worst > CHANNEL_TOLERANCE) {
      differing++;
      diff.set([255, 0, 0, 255], i);
    } else {
      const grey = 128 + (actual.data[i] + actual.data[i + 1] + actual.data[i + 2]) / 6;
      diff.set([grey, grey, grey, 255], i);
    }
  }
  return { share: differing / (actual.width * actual.height), diff: { width: actual.width, height: actual.height, data: diff } };
}

const percent = (share: number) => `${(share * 100).toFixed(3)}%`;

/** Live renders of this run, for the parity check (the golden files stand in for any missing). */
const rendered = new Map<string, Image>();
const key = (backend: Backend, style: string) => `${backend}/${style}`;

async function renderStyle(h: Harness, style: string): Promise<Image> {
  await h.useStyle(style);
  return h.render({ width: WIDTH, height: HEIGHT, background: BACKGROUND, camera: GOLDEN_CAMERA });
}

/** Compares `actual` with a stored image; on failure the actual and diff images go to the test's output folder. */
function check(testInfo: TestInfo, actual: Image, expectedPath: string, name: string, limit: number, what: string): number {
  if (!existsSync(expectedPath)) {
    expect.soft(false, `${what}: ${shown(expectedPath)} is missing. Run \`${UPDATE_COMMAND}\` to create it.`).toBe(true);
    return NaN;
  }
  const { share, diff } = compare(actual, readPng(expectedPath));
  if (share > limit) {
    writePng(testInfo.outputPath(`${name}-actual.png`), actual);
    writePng(testInfo.outputPath(`${name}-diff.png`), diff);
    console.log(`  ${what}: actual and diff images in ${shown(testInfo.outputPath())}`);
  }
  expect.soft(share, `${what}: ${percent(share)} of pixels differ by more than ${CHANNEL_TOLERANCE}/255 (at most ${percent(limit)} may)`).toBeLessThanOrEqual(limit);
  return share;
}

for (const backend of backends) {
  test(`every style matches its golden image on ${backend}`, async ({ page }, testInfo) => {
    test.setTimeout(240_000);
    const h = await Harness.open(page, backend);
    expect((await h.load([{ name: 'golden.glb', bytes: await goldenScene() }])).ok).toBe(true);
    const styles = (await h.styles()).map((s) => s.id);
    expect(styles.length).toBeGreaterThan(0);
    const background = BACKGROUND.map((v) => Math.round(v * 255));
    for (const style of styles) {
      const image = await renderStyle(h, style);
      // a blank image would match a blank golden: every style must show the scene
      const covered = coveredPixels(image, background, CHANNEL_TOLERANCE) / (WIDTH * HEIGHT);
      expect.soft(covered, `${backend} ${style}: share of pixels showing the scene`).toBeGreaterThan(0.1);
      rendered.set(key(backend, style), image);
      const path = goldenPath(backend, style);
      if (UPDATE) {
        writePng(path, image);
        console.log(`[golden] UPDATE_GOLDENS=1: wrote ${shown(path)} (scene covers ${percent(covered)})`);
        continue;
      }
      const share = check(testInfo, image, path, `${backend}-${style}`, GOLDEN_LIMIT, `${backend} ${style} vs ${shown(path)}`);
      console.log(`[golden] ${backend} ${style}: ${Number.isNaN(share) ? 'no golden image yet' : `${percent(share)} of pixels differ from the golden`} (limit ${percent(GOLDEN_LIMIT)})`);
    }
    await h.expectNoProblems();
  });
}

test('WebGPU and WebGL2 draw every style alike', async ({}, testInfo) => {
  test.setTimeout(120_000);
  // the styles of this run's renders, or the golden files when the renders are not in this worker
  const styles = new Set<string>();
  for (const k of rendered.keys()) styles.add(k.split('/')[1]);
  if (!styles.size) for (const backend of backends) if (existsSync(join(goldenDir, backend))) for (const f of readdirSync(join(goldenDir, backend))) styles.add(f.replace(/\.png$/, ''));
  expect(styles.size, 'styles to compare').toBeGreaterThan(0);
  for (const style of styles) {
    const image = (backend: Backend): Image | null => rendered.get(key(backend, style)) ?? (existsSync(goldenPath(backend, style)) ? readPng(goldenPath(backend, style)) : null);
    const webgpu = image('webgpu');
    const webgl2 = image('webgl2');
    if (!webgpu || !webgl2) {
      expect.soft(false, `${style}: no image from ${webgpu ? 'WebGL2' : 'WebGPU'}. Run \`${UPDATE_COMMAND}\` to create its golden.`).toBe(true);
      continue;
    }
    const { share, diff } = compare(webgpu, webgl2);
    if (share > PARITY_LIMIT) {
      writePng(testInfo.outputPath(`${style}-webgpu.png`), webgpu);
      writePng(testInfo.outputPath(`${style}-webgl2.png`), webgl2);
      writePng(testInfo.outputPath(`${style}-diff.png`), diff);
    }
    console.log(`[golden] parity ${style}: ${percent(share)} of pixels differ between WebGPU and WebGL2 (limit ${percent(PARITY_LIMIT)})`);
    expect.soft(share, `${style}: WebGPU and WebGL2 differ in ${percent(share)} of pixels`).toBeLessThanOrEqual(PARITY_LIMIT);
  }
});
