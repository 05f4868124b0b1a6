// Views and image export as a person uses them: choose angles, see thumbnails, render exact-size files, cancel, fix mistakes.
import { test, expect, type Download, type Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { unzipSync } from 'fflate';
import { PNG } from 'pngjs';
import { Document, NodeIO } from '@gltf-transform/core';
import { backends } from './browser';

const SIX = ['front', 'back', 'left', 'right', 'top', 'bottom'];
const SIX_NAMES = ['Front view', 'Back view', 'Left view', 'Right view', 'Top view', 'Bottom view'];

function watch(page: Page) {
  const problems: string[] = [];
  const downloads: Download[] = [];
  page.on('pageerror', (e) => problems.push(e.message));
  page.on('console', (m) => { if (m.type() === 'error') problems.push(m.text()); });
  page.on('download', (d) => downloads.push(d));
  return { problems, downloads };
}

async function openApp(page: Page, backend: 'webgpu' | 'webgl2') {
  await page.goto(`/?backend=${backend}`);
  await page.waitForFunction(() => (window as any).__modelshot?.ready !== undefined);
  await page.evaluate(() => (window as any).__modelshot.ready);
}

const viewsSelect = (page: Page) => page.getByRole('combobox', { name: 'Views', exact: true });
const thumbnails = (page: Page) => page.getByRole('list', { name: 'Chosen views' }).getByRole('button');
const renderButton = (page: Page) => page.getByRole('button', { name: 'Render images' });
const exportStatus = (page: Page) => page.locator('#export-status');
const exportAlert = (page: Page) => page.locator('#export-error');

async function plannedViews(page: Page): Promise<string[] | null> {
  return page.evaluate(() => (window as any).__modelshot.plannedViews);
}

/** Per thumbnail canvas: how many distinct colours and how many covered (alpha > 0) pixels it holds. */
async function thumbnailContent(page: Page): Promise<{ colours: number; covered: number }[]> {
  return page.evaluate(() =>
    Array.from(document.querySelectorAll<HTMLCanvasElement>('#thumbnails canvas')).map((canvas) => {
      const data = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height).data;
      const seen = new Set<number>();
      let covered = 0;
      for (let i = 0; i < data.length; i += 4) {
        seen.add(((data[i] >> 4) << 12) | ((data[i + 1] >> 4) << 8) | ((data[i + 2] >> 4) << 4) | (data[i + 3] >> 4));
        if (data[i + 3] > 0) covered++;
      }
      return { colours: seen.size, covered };
    }),
  );
}

async function setSize(page: Page, width: number, height: number) {
  await page.getByLabel('Width', { exact: true }).fill(String(width));
  await page.getByLabel('Height', { exact: true }).fill(String(height));
}

/** Clicks Render images and returns the download it causes, with its bytes. */
async function renderAndDownload(page: Page): Promise<{ name: string; bytes: Buffer }> {
  const [download] = await Promise.all([page.waitForEvent('download', { timeout: 80_000 }), renderButton(page).click()]);
  const path = await download.path();
  return { name: download.suggestedFilename(), bytes: await readFile(path) };
}

/** Width and height from a JPEG's start-of-frame segment. */
function jpegSize(bytes: Uint8Array): { width: number; height: number } {
  let i = 2;
  while (i + 9 < bytes.length) {
    if (bytes[i] !== 0xff) throw new Error(`No JPEG marker at byte ${i}`);
    const marker = bytes[i + 1];
    const length = (bytes[i + 2] << 8) | bytes[i + 3];
    if (marker >= 0xc0 && marker <= 0xc3) return { height: (bytes[i + 5] << 8) | bytes[i + 6], width: (bytes[i + 7] << 8) | bytes[i + 8] };
    i += 2 + length;
  }
  throw new Error('The JPEG has no frame header');
}

/** A glTF with a box and one perspective camera looking at it from +Z. */
async function boxWithCamera(): Promise<Uint8Array> {
  const doc = new Document();
  const buffer = doc.createBuffer();
  const p = [-0.5, -0.5, 0.5, 0.5, -0.5, 0.5, 0.5, 0.5, 0.5, -0.5, 0.5, 0.5];
  const prim = doc
    .createPrimitive()
    .setAttribute('POSITION', doc.createAccessor().setType('VEC3').setArray(new Float32Array(p)).setBuffer(buffer))
    .setIndices(doc.createAccessor().setType('SCALAR').setArray(new Uint16Array([0, 1, 2, 0, 2, 3])).setBuffer(buffer))
    .setMaterial(doc.createMaterial('white').setBaseColorFactor([1, 1, 1, 1]));
  const mesh = doc.createNode('quad').setMesh(doc.createMesh().addPrimitive(prim));
  const camera = doc.createCamera('studio').setType('perspective').setYFov(0.8).setZNear(0.1).setZFar(100).setAspectRatio(1);
  const eye = doc.createNode('Studio camera').setCamera(camera).setTranslation([0, 0, 3]);
  const scene = doc.createScene('scene').addChild(mesh).addChild(eye);
  doc.getRoot().setDefaultScene(scene);
  return new NodeIO().writeBinary(doc);
}

for (const backend of backends) {
  test.describe(backend, () => {
    test('the standard six give six labelled thumbnails with pictures, and choosing one shows it live', async ({ page }) => {
      const w = watch(page);
      await openApp(page, backend);
      await viewsSelect(page).selectOption({ label: 'Standard six (front, back, left, right, top, bottom)' });
      await expect(thumbnails(page)).toHaveCount(6);
      for (const [i, name] of SIX_NAMES.entries()) await expect(thumbnails(page).nth(i)).toHaveAccessibleName(name);
      expect(await plannedViews(page)).toEqual(SIX);
      await expect.poll(async () => (await thumbnailContent(page)).every((t) => t.colours > 1 && t.covered > 50), { timeout: 30_000 }).toBe(true);
      // the top and front of the demo are different pictures
      const [front, , , , top] = await thumbnailContent(page);
      expect(front.covered).not.toBe(top.covered);

      const preview = () => page.locator('#view').screenshot();
      const before = await preview();
      await page.getByRole('button', { name: 'Top view' }).focus();
      await page.keyboard.press('Enter');
      await expect.poll(async () => Buffer.compare(await preview(), before) !== 0).toBe(true);
      expect(w.problems).toEqual([]);
    });

    test('Render images saves a ZIP of six exact-size transparent PNGs with cameras.json and transforms.json', async ({ page }) => {
      const w = watch(page);
      await openApp(page, backend);
      await viewsSelect(page).selectOption({ label: 'Standard six (front, back, left, right, top, bottom)' });
      await setSize(page, 320, 200);
      await page.getByLabel('Format').selectOption('PNG');
      await expect(page.getByLabel('Transparent background')).toBeChecked();
      const { name, bytes } = await renderAndDownload(page);
      expect(name).toBe('demo_views.zip');
      const files = unzipSync(new Uint8Array(bytes));
      const pngs = Object.keys(files).filter((f) => f.endsWith('.png')).sort();
      expect(pngs).toEqual(SIX.map((v) => `demo_${v}.png`).sort());
      for (const file of pngs) {
        const png = PNG.sync.read(Buffer.from(files[file]));
        expect([file, png.width, png.height]).toEqual([file, 320, 200]);
        const alpha = (x: number, y: number) => png.data[(y * png.width + x) * 4 + 3];
        expect([alpha(0, 0), alpha(319, 0), alpha(0, 199), alpha(319, 199)]).toEqual([0, 0, 0, 0]);
        let opaque = 0;
        for (let i = 3; i < png.data.length; i += 4) if (png.data[i] === 255) opaque++;
        expect(opaque, `${file} shows the model`).toBeGreaterThan(500);
      }
      const cameras = JSON.parse(new TextDecoder().decode(files['cameras.json']));
      expect(cameras.images.map((i: { file: string }) => i.file).sort()).toEqual(pngs);
      for (const image of cameras.images) expect([image.width, image.height]).toEqual([320, 200]);
      expect(files['transforms.json']).toBeDefined();
      await expect(exportStatus(page)).toContainText('Saved 6 images');
      await expect(exportStatus(page)).toContainText('demo_views.zip');
      await expect(exportAlert(page)).toBeHidden();
      expect(w.problems).toEqual([]);
    });

    test('a single view with no extras downloads one PNG of the chosen size', async ({ page }) => {
      const w = watch(page);
      await openApp(page, backend);
      await viewsSelect(page).selectOption({ label: 'Front' });
      await expect(thumbnails(page)).toHaveCount(1);
      await setSize(page, 240, 130);
      const { name, bytes } = await renderAndDownload(page);
      expect(name).toBe('demo_front.png');
      const png = PNG.sync.read(bytes);
      expect([png.width, png.height]).toEqual([240, 130]);
      await expect(exportStatus(page)).toContainText('Saved demo_front.png');
      expect(w.downloads).toHaveLength(1);
      expect(w.problems).toEqual([]);
    });

    test('Cancel stops a large export, saves nothing, and the next export works', async ({ page }) => {
      const w = watch(page);
      await openApp(page, backend);
      await viewsSelect(page).selectOption({ label: 'Turntable' });
      await page.getByLabel('Number of views').fill('24');
      await expect.poll(() => plannedViews(page).then((v) => v?.length)).toBe(24);
      await setSize(page, 1024, 1024);
      await renderButton(page).click();
      const progress = page.getByRole('progressbar', { name: /Rendering/ });
      await expect(progress).toBeVisible();
      await expect(page.locator('#export-progress-label')).toContainText('turntable-');
      // the page answers while it renders: the Views select still changes the plan
      await page.getByLabel('Number of views').fill('12');
      await expect.poll(() => plannedViews(page).then((v) => v?.length)).toBe(12);
      await page.locator('#export-cancel').click();
      await expect(exportStatus(page)).toContainText('cancelled');
      await expect(progress).toBeHidden();
      await expect(exportAlert(page)).toBeHidden();
      expect(w.downloads).toHaveLength(0);

      await viewsSelect(page).selectOption({ label: 'Back' });
      await setSize(page, 64, 48);
      const { name, bytes } = await renderAndDownload(page);
      expect(name).toBe('demo_back.png');
      expect([PNG.sync.read(bytes).width, PNG.sync.read(bytes).height]).toEqual([64, 48]);
      expect(w.downloads).toHaveLength(1);
      expect(w.problems).toEqual([]);
    });

    test('invalid input is explained next to its field and nothing is rendered', async ({ page }) => {
      const w = watch(page);
      await openApp(page, backend);
      const width = page.getByLabel('Width', { exact: true });
      await width.fill('0');
      await expect(width).toHaveAttribute('aria-invalid', 'true');
      await expect(width).toHaveAccessibleDescription(/whole number from 16 to \d+/);
      await renderButton(page).click();
      await expect(exportAlert(page)).toContainText('Width');
      await expect(page.locator('#export-progress')).toBeHidden();
      await width.fill('300');
      await expect(width).not.toHaveAttribute('aria-invalid', 'true');

      await viewsSelect(page).selectOption({ label: 'Grid' });
      const azimuths = page.getByLabel('Azimuths (°)');
      await azimuths.fill('abc');
      await expect(azimuths).toHaveAttribute('aria-invalid', 'true');
      await expect(azimuths).toHaveAccessibleDescription(/“abc” is not a number/);
      await expect.poll(() => plannedViews(page)).toBeNull();
      await renderButton(page).click();
      await expect(exportAlert(page)).toContainText('views');
      // too many views for one grid: the engine's limit, said in words under the select
      await azimuths.fill(Array.from({ length: 200 }, (_, i) => i).join(','));
      await page.getByLabel('Elevations (°)').fill('0, 10');
      await expect(page.locator('#views-summary')).toContainText('at most 360');
      await azimuths.fill('0, 120, 240');
      await expect(azimuths).not.toHaveAttribute('aria-invalid', 'true');
      await expect.poll(() => plannedViews(page).then((v) => v?.length)).toBe(6);
      await page.waitForTimeout(300);
      expect(w.downloads).toHaveLength(0);
      expect(w.problems).toEqual([]);
    });

    test('JPEG export gives a .jpg of the chosen size', async ({ page }) => {
      const w = watch(page);
      await openApp(page, backend);
      await viewsSelect(page).selectOption({ label: 'Three-quarter, front right' });
      await setSize(page, 200, 120);
      await page.getByLabel('Format').selectOption('JPEG');
      await expect(page.getByLabel('Quality (%)')).toBeVisible();
      const { name, bytes } = await renderAndDownload(page);
      expect(name).toBe('demo_three-quarter.jpg');
      expect([...bytes.subarray(0, 3)]).toEqual([0xff, 0xd8, 0xff]);
      expect(jpegSize(bytes)).toEqual({ width: 200, height: 120 });
      expect(w.problems).toEqual([]);
    });

    test("Model's cameras are offered only for a model that has some, and are exported under their names", async ({ page }) => {
      const w = watch(page);
      await openApp(page, backend);
      const option = viewsSelect(page).locator('option[value="model-cameras"]');
      await expect(option).toBeDisabled();
      await page.getByLabel('Model file').setInputFiles({ name: 'studio.glb', mimeType: 'model/gltf-binary', buffer: Buffer.from(await boxWithCamera()) });
      await expect(option).toBeEnabled();
      await viewsSelect(page).selectOption('model-cameras');
      await expect(page.getByLabel('Projection')).toBeHidden();
      await expect(thumbnails(page)).toHaveCount(1);
      await expect(thumbnails(page).first()).toHaveAccessibleName('Studio camera view');
      await setSize(page, 100, 100);
      const { name } = await renderAndDownload(page);
      expect(name).toBe('studio_Studio-camera.png');
      await page.getByRole('button', { name: 'Show demo' }).click();
      await expect(option).toBeDisabled();
      await expect(viewsSelect(page)).not.toHaveValue('model-cameras');
      expect(w.problems).toEqual([]);
    });
  });
}

/** Bounding box size [width, height] of the blue pixels in a screenshot of the live view. */
async function blueExtent(page: Page): Promise<[number, number]> {
  const shot = PNG.sync.read(await page.locator('#view').screenshot());
  let minX = Infinity, minY = Infinity, maxX = -1, maxY = -1;
  for (let y = 0; y < shot.height; y++) for (let x = 0; x < shot.width; x++) {
    const i = (y * shot.width + x) * 4;
    if (shot.data[i + 2] > 150 && shot.data[i] < 60 && shot.data[i + 1] < 60) {
      minX = Math.min(minX, x); maxX = Math.max(maxX, x); minY = Math.min(minY, y); maxY = Math.max(maxY, y);
    }
  }
  return [maxX - minX + 1, maxY - minY + 1];
}

for (const backend of backends) {
  test(`${backend}: choosing "Z up" stands a Z-up model upright in the live view`, async ({ page }) => {
    const { emissiveBox } = await import('../fixtures/gltf-fixtures');
    await openApp(page, backend);
    // A post standing along +Z, as CAD and STL files store "up".
    await page.getByLabel('Model file').setInputFiles({ name: 'post.glb', mimeType: 'model/gltf-binary', buffer: Buffer.from(await emissiveBox([0.3, 0.3, 2])) });
    await expect(page.locator('#status')).toContainText('post.glb');
    const [lyingWidth, lyingHeight] = await blueExtent(page);
    expect(lyingWidth, 'Y up: the post lies across the view').toBeGreaterThan(lyingHeight);
    await page.getByLabel('Up axis').selectOption('z');
    await expect.poll(async () => { const [w, h] = await blueExtent(page); return h > 2 * w; }, { message: 'Z up: the post stands upright' }).toBe(true);
  });
}
