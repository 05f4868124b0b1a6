// Several styles in one export, on both backends: through the engine (exact files, names and sizes, images that
// differ by style, passes once per view, the user's style back afterwards), through the app's Styles group
// (two ticked styles give one ZIP with both) and through the command line (--style clay,toon).
import { test, expect, type Page } from '@playwright/test';
import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { unzipSync } from 'fflate';
import { PNG } from 'pngjs';
import { backends } from './browser';
import { Harness } from './harness-client';
import { differingShare, type Image } from './pixels';
import { texturedBox } from '../fixtures/gltf-fixtures';
import { layoutContactSheet } from '../../engine/export/contact-sheet-layout';

const png = (bytes: Uint8Array | undefined, name: string): Image => {
  expect(bytes, `${name} missing`).toBeDefined();
  const p = PNG.sync.read(Buffer.from(bytes!));
  return { width: p.width, height: p.height, data: new Uint8Array(p.data) };
};
const opaquePixels = (img: Image) => { let n = 0; for (let i = 3; i < img.data.length; i += 4) if (img.data[i] === 255) n++; return n; };

const STYLES = ['clay', 'toon', 'unlit'];
const VIEWS = ['front', 'right'];

const projectRoot = resolve(new URL('../..', import.meta.url).pathname);

function runCli(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [join(projectRoot, 'app/cli/render.mjs'), ...args], { cwd: projectRoot, env: process.env });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('error', fail);
    child.on('close', (code) => done({ code, stdout, stderr }));
  });
}

async function openApp(page: Page, backend: 'webgpu' | 'webgl2') {
  await page.goto(`/?backend=${backend}`);
  await page.waitForFunction(() => (window as any).__modelshot?.ready !== undefined);
  await page.evaluate(() => (window as any).__modelshot.ready);
}

for (const backend of backends) {
  test.describe(backend, () => {
    test('2 views × 3 styles give exactly 6 named images of the asked size, passes once per view, and the style back', async ({ page }) => {
      const h = await Harness.open(page, backend);
      expect((await h.load([{ name: 'box.glb', bytes: await texturedBox() }])).ok).toBe(true);
      await h.useStyle('toon', { bands: 5 });
      const before = await h.currentStyle();
      const files = await h.exportViews({ kind: 'preset', names: VIEWS }, { projection: 'perspective', upAxis: 'y', paddingPercent: 5, sameScale: false }, {
        modelName: 'box.glb', width: 120, height: 90, format: 'png', background: [1, 1, 1, 1],
        styles: STYLES.map((id) => ({ id, params: id === 'toon' ? { bands: 2 } : {} })),
        passes: { mask: true, depth: true },
        contactSheet: true,
      });
      const images = VIEWS.flatMap((v) => STYLES.map((s) => `box_${s}_${v}.png`));
      const passes = VIEWS.flatMap((v) => [`box_${v}_mask.png`, `box_${v}_depth.png`]);
      expect([...files.keys()].sort()).toEqual([...images, ...passes, 'box_contact-sheet.png', 'cameras.json', 'transforms.json'].sort());
      // the sheet shows all six, a row per style: the layout of 6 tiles in 2 columns
      const layout = layoutContactSheet({ count: 6, tileWidth: 120, tileHeight: 90, columns: 2 });
      const sheet = png(files.get('box_contact-sheet.png'), 'contact sheet');
      expect([sheet.width, sheet.height, layout.rows]).toEqual([layout.width, layout.height, 3]);
      // grouped by style: the clay row is grey, the unlit row shows the checker's colours
      const saturated = (cell: number) => {
        const { x, y, width, height } = layout.cells[cell].image;
        let n = 0;
        for (let py = y; py < y + height; py++) for (let px = x; px < x + width; px++) {
          const i = (py * sheet.width + px) * 4;
          if (Math.max(sheet.data[i], sheet.data[i + 1], sheet.data[i + 2]) - Math.min(sheet.data[i], sheet.data[i + 1], sheet.data[i + 2]) > 80) n++;
        }
        return n;
      };
      expect([saturated(0), saturated(1)]).toEqual([0, 0]);
      expect(Math.min(saturated(4), saturated(5))).toBeGreaterThan(500);
      for (const name of images) {
        const img = png(files.get(name), name);
        expect([name, img.width, img.height]).toEqual([name, 120, 90]);
      }
      // each style is its own picture of the same view: clay is grey where unlit shows the checker's red and blue
      const shares: string[] = [];
      for (const view of VIEWS) {
        const [clay, toon, unlit] = STYLES.map((s) => png(files.get(`box_${s}_${view}.png`), s));
        const clayVsUnlit = differingShare(clay, unlit, 16);
        const toonVsClay = differingShare(toon, clay, 16);
        shares.push(`${view}: clay/unlit ${(clayVsUnlit * 100).toFixed(1)}%, toon/clay ${(toonVsClay * 100).toFixed(1)}%`);
        expect(clayVsUnlit, view).toBeGreaterThan(0.05);
        expect(toonVsClay, view).toBeGreaterThan(0.05);
      }
      console.log(`[${backend}] differing pixels between styles: ${shares.join('; ')}`);

      const cameras = JSON.parse(files.get('cameras.json')!.toString('utf8'));
      const colour = cameras.images.filter((i: any) => !i.depth_range);
      expect(colour.map((i: any) => i.view)).toEqual(VIEWS);
      for (const [k, entry] of colour.entries()) {
        expect(entry.style_images.map((s: any) => s.file)).toEqual(STYLES.map((s) => `box_${s}_${VIEWS[k]}.png`));
        expect(entry.file).toBe(`box_clay_${VIEWS[k]}.png`);
      }
      expect(cameras.images.filter((i: any) => i.depth_range).map((i: any) => i.file)).toEqual(VIEWS.map((v) => `box_${v}_depth.png`));
      const transforms = JSON.parse(files.get('transforms.json')!.toString('utf8'));
      expect(transforms.frames).toHaveLength(2);
      // a mask is the model's pixels, whatever the style
      expect(opaquePixels(png(files.get('box_front_mask.png'), 'mask'))).toBe(120 * 90);

      expect(before).toMatchObject({ id: 'toon', params: { bands: 5 } });
      expect(await h.currentStyle()).toEqual(before);
      await h.expectNoProblems();
    });

    test('the Styles group: the shown style is ticked, and ticking a second gives a ZIP with both', async ({ page }) => {
      const problems: string[] = [];
      page.on('pageerror', (e) => problems.push(e.message));
      page.on('console', (m) => { if (m.type() === 'error') problems.push(m.text()); });
      await openApp(page, backend);
      const group = page.getByRole('group', { name: 'Styles' });
      await expect(group.getByRole('checkbox', { name: 'Realistic' })).toBeChecked();
      // the ticked style follows the Style panel until the set is chosen here
      await page.getByRole('combobox', { name: 'Style', exact: true }).selectOption({ label: 'Clay' });
      await expect(group.getByRole('checkbox', { name: 'Clay' })).toBeChecked();
      await expect(group.getByRole('checkbox', { name: 'Realistic' })).not.toBeChecked();
      // by keyboard: focus the box and press Space
      await group.getByRole('checkbox', { name: 'Unlit' }).focus();
      await page.keyboard.press('Space');
      await expect(group.getByRole('checkbox', { name: 'Unlit' })).toBeChecked();

      await page.getByRole('combobox', { name: 'Views', exact: true }).selectOption({ label: 'Front' });
      await page.getByLabel('Width', { exact: true }).fill('96');
      await page.getByLabel('Height', { exact: true }).fill('64');
      const [download] = await Promise.all([page.waitForEvent('download', { timeout: 80_000 }), page.getByRole('button', { name: 'Render images' }).click()]);
      expect(download.suggestedFilename()).toBe('demo_views.zip');
      const files = unzipSync(new Uint8Array(await readFile(await download.path())));
      expect(Object.keys(files).sort()).toEqual(['cameras.json', 'demo_clay_front.png', 'demo_unlit_front.png', 'transforms.json']);
      const clay = png(files['demo_clay_front.png'], 'clay');
      const unlit = png(files['demo_unlit_front.png'], 'unlit');
      expect([clay.width, clay.height, unlit.width, unlit.height]).toEqual([96, 64, 96, 64]);
      expect(opaquePixels(clay)).toBeGreaterThan(300);
      expect(differingShare(clay, unlit, 16)).toBeGreaterThan(0.02);
      await expect(page.locator('#export-status')).toContainText('Saved 2 images');
      // the shown style is still the one chosen in the Style panel
      expect(await page.evaluate(() => (window as any).__modelshot.engine.style.id)).toBe('clay');
      // the user's set stays when the Style panel changes now
      await page.getByRole('combobox', { name: 'Style', exact: true }).selectOption({ label: 'Toon' });
      await expect(group.getByRole('checkbox', { name: 'Toon' })).not.toBeChecked();
      await expect(group.getByRole('checkbox', { name: 'Unlit' })).toBeChecked();

      // nothing ticked: a plain message, focus in the group, nothing rendered
      for (const name of ['Clay', 'Unlit']) await group.getByRole('checkbox', { name }).uncheck();
      await page.getByRole('button', { name: 'Render images' }).click();
      await expect(page.locator('#export-error')).toContainText('Tick at least one style');
      await expect(group.getByRole('checkbox', { name: 'Realistic' })).toBeFocused();
      expect(problems).toEqual([]);
    });

    test('the command line exports --style clay,toon with --style-param toon.bands=4', async () => {
      test.setTimeout(150_000);
      const temp = mkdtempSync(join(tmpdir(), 'modelshot-styles-'));
      try {
        const model = join(temp, 'box.glb');
        writeFileSync(model, await texturedBox());
        const out = join(temp, 'renders');
        const run = await runCli([model, '--views', 'front,right', '--size', '80x60', '--style', 'clay,toon', '--style-param', 'toon.bands=4', '--passes', 'mask', '--out', out, '--backend', backend]);
        expect(run.code, `${run.stdout}\n${run.stderr}`).toBe(0);
        expect(run.stdout).toContain('box.glb: 6 images in ');
        expect(readdirSync(join(out, 'box')).sort()).toEqual(
          ['box_clay_front.png', 'box_clay_right.png', 'box_front_mask.png', 'box_right_mask.png', 'box_toon_front.png', 'box_toon_right.png', 'cameras.json', 'transforms.json'],
        );
        const clay = png(readFileSync(join(out, 'box', 'box_clay_front.png')), 'clay');
        const toon = png(readFileSync(join(out, 'box', 'box_toon_front.png')), 'toon');
        expect([toon.width, toon.height]).toEqual([80, 60]);
        expect(differingShare(clay, toon, 16)).toBeGreaterThan(0.02);
      } finally {
        rmSync(temp, { recursive: true, force: true });
      }
    });
  });
}

test('the command line refuses an unknown style or parameter in plain words with exit status 2', async () => {
  test.setTimeout(120_000);
  const never = join(tmpdir(), 'modelshot-styles-never-written');
  const unknown = await runCli(['model.glb', '--style', 'clay,sepia', '--out', never]);
  expect(unknown.code, unknown.stderr).toBe(2);
  expect(unknown.stderr).toContain('Unknown style "sepia" in --style. The styles are: pbr, clay');
  expect(unknown.stderr).toContain('Usage: npm run render --');
  const param = await runCli(['model.glb', '--style', 'toon', '--style-param', 'toon.stripes=2', '--out', never]);
  expect(param.code, param.stderr).toBe(2);
  expect(param.stderr).toContain('the toon style has no parameter "stripes". Its parameters are: bands,');
  const range = await runCli(['model.glb', '--style', 'toon', '--style-param', 'toon.bands=40', '--out', never]);
  expect(range.code, range.stderr).toBe(2);
  expect(range.stderr).toContain('"Bands" must be a whole number from 2 to 8, not 40.');
  const syntax = await runCli(['model.glb', '--style-param', 'bands:4']);
  expect(syntax.code).toBe(2);
  expect(syntax.stderr).toContain('--style-param must be STYLE.PARAMETER=VALUE');
  expect(readdirSync(tmpdir()).includes('modelshot-styles-never-written')).toBe(false);
});
