// The renderer on both backends: scenes built in code (tests/e2e/pages/render-smoke-scenes.ts) render the
// expected colours at the expected places, GPU resources return to their baseline, and nothing is created
// per frame. Images are 200×100 of the view x∈[-2,2], y∈[-1,1]: world (wx, wy) is pixel ((wx+2)·50, (1-wy)·50).
import { expect, test, type Page } from '@playwright/test';
import { PNG } from 'pngjs';
import { backends, type Backend } from './browser';
import { differingShare, fromBase64, pixel, type Image } from './pixels';

type Rgba = [number, number, number, number];

class Smoke {
  readonly problems: string[] = [];
  maxImageSize = 0;

  private constructor(readonly page: Page) {
    page.on('console', (m) => { if (m.type() === 'error') this.problems.push(`console: ${m.text()}`); });
    page.on('pageerror', (e) => this.problems.push(`pageerror: ${e.message}`));
  }

  static async open(page: Page, backend: Backend): Promise<Smoke> {
    const s = new Smoke(page);
    await page.goto('/tests/e2e/pages/render-smoke.html');
    await page.waitForFunction(() => document.title === 'smoke ready');
    const info = await page.evaluate((b) => (window as any).smoke.init(b), backend);
    expect(info.backend).toBe(backend);
    s.maxImageSize = info.maxImageSize;
    return s;
  }

  /** `scene` undefined keeps the current scene; null unloads it. */
  async render(scene: string | null | undefined, background: Rgba = [0, 0, 0, 1], size = { width: 200, height: 100 }): Promise<Image> {
    return fromBase64(await this.page.evaluate((r) => (window as any).smoke.render(r), { scene, background, ...size }));
  }

  stats(): Promise<Record<string, number>> {
    return this.page.evaluate(() => (window as any).smoke.stats());
  }

  async expectNoProblems(): Promise<void> {
    const events = await this.page.evaluate(() => (window as any).smoke.events());
    expect([...this.problems, ...events.map((e: { type: string; message?: string; reason?: string }) => `${e.type}: ${e.message ?? e.reason}`)]).toEqual([]);
  }
}

/** Pixel at world (wx, wy). */
const at = (img: Image, wx: number, wy: number) => pixel(img, Math.round((wx + 2) * 50), Math.round((1 - wy) * 50));

function expectColour(actual: number[], expected: number[], tolerance: number, what: string): void {
  const worst = Math.max(...expected.map((v, i) => Math.abs(v - actual[i])));
  expect(worst, `${what}: got [${actual}], expected [${expected}] ± ${tolerance}`).toBeLessThanOrEqual(tolerance);
}

const luminance = ([r, g, b]: number[]) => 0.2126 * r + 0.7152 * g + 0.0722 * b;

for (const backend of backends) {
  test.describe(backend, () => {
    test('emissive, lit and textured surfaces show their colours', async ({ page }) => {
      const s = await Smoke.open(page, backend);
      const img = await s.render('main', [0.2, 0.2, 0.2, 1]);
      // Black base + emissive (1,0,0): pure red, whatever the studio lights do.
      expectColour(at(img, -1.3, 0), [255, 0, 0, 255], 6, 'emissive red');
      // Unlit checker through an sRGB texture: exact, including mid grey.
      expectColour(at(img, 1.1, 0.2), [255, 0, 0, 255], 1, 'checker red');
      expectColour(at(img, 1.5, 0.2), [0, 255, 0, 255], 1, 'checker green');
      expectColour(at(img, 1.1, -0.2), [0, 0, 255, 255], 1, 'checker blue');
      expectColour(at(img, 1.5, -0.2), [128, 128, 128, 255], 2, 'checker grey');
      expectColour(at(img, 0, 0.95), [51, 51, 51, 255], 1, 'background');
      // The white sphere: neutral, lit from the upper left, shaded toward the lower right, not clipped.
      const centre = at(img, 0, 0);
      expect(Math.max(...centre.slice(0, 3)) - Math.min(...centre.slice(0, 3))).toBeLessThan(20);
      expect(luminance(at(img, -0.35, 0.35))).toBeGreaterThan(luminance(at(img, 0.45, -0.45)) + 40);
      expect(luminance(at(img, 0.45, -0.45))).toBeGreaterThan(60);
      expect(luminance(centre)).toBeLessThan(250);
      await s.expectNoProblems();
    });

    test('a transparent background stays transparent, opaque geometry is opaque', async ({ page }) => {
      const s = await Smoke.open(page, backend);
      const img = await s.render('main', [0, 0, 0, 0]);
      expectColour(at(img, 0, 0.95), [0, 0, 0, 0], 0, 'uncovered');
      expectColour(at(img, -1.3, 0), [255, 0, 0, 255], 6, 'emissive red');
      expect(at(img, 0, 0)[3]).toBe(255);
      expect(at(img, 1.5, -0.2)[3]).toBe(255);
      // Antialiased edges come out straight: a partly covered rim pixel of the sphere (the squares' edges lie
      // on pixel borders), composited over black by its alpha, gives what rendering over black gives.
      const overBlack = await s.render('main', [0, 0, 0, 1]);
      let rim = 0;
      for (let y = 0; y < 100; y++) {
        for (let x = 0; x < 200; x++) {
          const p = pixel(img, x, y);
          if (p[3] < 30 || p[3] > 225) continue;
          rim++;
          const composited = p.slice(0, 3).map((v) => (v * p[3]) / 255);
          expectColour(composited, pixel(overBlack, x, y).slice(0, 3), 3, `rim (${x},${y}) alpha ${p[3]}`);
        }
      }
      expect(rim).toBeGreaterThan(40);
      await s.expectNoProblems();
    });

    test('transparent surfaces blend over what is behind them, far to near', async ({ page }) => {
      const s = await Smoke.open(page, backend);
      const img = await s.render('blend');
      expectColour(at(img, -1.25, 0), [255, 0, 0, 255], 6, 'opaque red');
      expectColour(at(img, -0.75, 0), [128, 0, 128, 255], 4, 'half blue over red');
      expectColour(at(img, -0.25, 0), [0, 0, 128, 255], 3, 'half blue over black');
      // Near green over far blue over black; the wrong order would give (0, 64, 128).
      expectColour(at(img, 1, 0), [0, 128, 64, 255], 4, 'green over blue');
      const clear = await s.render('blend', [0, 0, 0, 0]);
      expectColour(at(clear, -0.25, 0), [0, 0, 255, 128], 3, 'half blue over nothing, straight alpha');
      await s.expectNoProblems();
    });

    test('alpha mask, mirrored nodes, culling and double-sided faces', async ({ page }) => {
      const s = await Smoke.open(page, backend);
      const img = await s.render('faces');
      expectColour(at(img, -1.6, 0), [255, 0, 0, 255], 1, 'mask kept');
      expectColour(at(img, -1.2, 0), [0, 0, 0, 255], 1, 'mask cut');
      expectColour(at(img, 0.5, 0), [0, 255, 0, 255], 6, 'mirrored node');
      expectColour(at(img, -0.5, 0), [0, 0, 0, 255], 1, 'single-sided back face');
      expectColour(at(img, 1.4, 0), [255, 255, 0, 255], 6, 'double-sided back face');
      await s.expectNoProblems();
    });

    test('normal maps tilt the shading the same way with tangents and without', async ({ page }) => {
      const s = await Smoke.open(page, backend);
      const img = await s.render('normal-map');
      for (const wy of [0.5, -0.5]) {
        expectColour(at(img, 0, wy), at(img, -1.2, wy), 3, `derived frame vs tangents at y=${wy}`);
      }
      const flat = luminance(at(img, 1.2, 0.5));
      expect(luminance(at(img, -1.2, 0.5))).toBeLessThan(flat - 20); // tilted right, away from the key light
      expect(luminance(at(img, -1.2, -0.5))).toBeGreaterThan(flat + 20); // tilted up, toward it
      await s.expectNoProblems();
    });

    test('lines and points draw', async ({ page }) => {
      const s = await Smoke.open(page, backend);
      const img = await s.render('lines', [0, 0, 0, 1], { width: 400, height: 200 });
      const greenish = (p: number[]) => p[1] > 60 && p[0] < 30 && p[2] < 30;
      let lines = 0, points = 0;
      for (let y = 0; y < 200; y++) {
        for (let x = 0; x < 400; x++) {
          if (!greenish(pixel(img, x, y))) continue;
          if (x < 200) lines++;
          else points++;
        }
      }
      expect(lines).toBeGreaterThan(4 * 190); // four sides of about 200 pixels each
      expect(points).toBeGreaterThanOrEqual(90);
      expect(greenish(pixel(img, 100, 100))).toBe(false); // the square is an outline
      await s.expectNoProblems();
    });

    test('unloading frees every scene resource; frames create nothing', async ({ page }) => {
      const s = await Smoke.open(page, backend);
      await s.render(null);
      const baseline = await s.stats();
      await s.render('main');
      const loaded = await s.stats();
      expect(loaded.liveBuffers).toBeGreaterThan(baseline.liveBuffers);
      expect(loaded.liveTextures).toBeGreaterThan(baseline.liveTextures);
      for (let i = 0; i < 3; i++) await s.render(undefined);
      const after = await s.stats();
      expect(after.pipelinesCreated).toBe(loaded.pipelinesCreated);
      expect(after.bindGroupsCreated).toBe(loaded.bindGroupsCreated);
      expect(after.buffersCreated).toBe(loaded.buffersCreated);
      expect(after.texturesCreated).toBe(loaded.texturesCreated);
      expect(after.drawCalls).toBe(loaded.drawCalls + 3 * 3);
      await s.render('blend');
      await s.render(null);
      const unloaded = await s.stats();
      expect(unloaded.liveBuffers).toBe(baseline.liveBuffers);
      expect(unloaded.liveTextures).toBe(baseline.liveTextures);
      expect(unloaded.liveBytes).toBe(baseline.liveBytes);
      await s.expectNoProblems();
    });

    test('image sizes outside 1..maxImageSize are a RangeError; odd sizes are exact', async ({ page }) => {
      const s = await Smoke.open(page, backend);
      const max = s.maxImageSize;
      expect(max).toBeGreaterThanOrEqual(4096);
      for (const [w, h] of [[0, 10], [10, 0], [1.5, 10], [max + 1, 10], [10, max + 1]]) {
        const error = await page.evaluate(([w, h]) => (window as any).smoke.renderError(w, h), [w, h]);
        expect(error?.name, `${w}×${h}`).toBe('RangeError');
      }
      const odd = await s.render('main', [0, 0, 0, 1], { width: 37, height: 23 });
      expect([odd.width, odd.height, odd.data.length]).toEqual([37, 23, 37 * 23 * 4]);
      await s.expectNoProblems();
    });

    test('the preview draws into the canvas', async ({ page }) => {
      const s = await Smoke.open(page, backend);
      await page.evaluate(() => (window as any).smoke.setScene('main'));
      await page.evaluate(() => (window as any).smoke.preview(200, 100));
      const size = await page.evaluate(() => {
        const c = document.getElementById('canvas') as HTMLCanvasElement;
        return [c.width, c.height];
      });
      expect(size).toEqual([200, 100]);
      const shot = PNG.sync.read(await page.locator('#canvas').screenshot());
      const i = (50 * shot.width + 35) * 4;
      expectColour([...shot.data.subarray(i, i + 3)], [255, 0, 0], 8, 'red quad in the preview');
      await s.expectNoProblems();
    });
  });
}

/** Pixels differing by more than `tolerance` among those opaque in both images with an opaque 5×5 neighbourhood. */
function interiorDifferences(a: Image, b: Image, tolerance: number): number {
  const opaque = (x: number, y: number) => pixel(a, x, y)[3] === 255 && pixel(b, x, y)[3] === 255;
  let n = 0;
  for (let y = 2; y < a.height - 2; y++) {
    for (let x = 2; x < a.width - 2; x++) {
      const p = pixel(a, x, y), q = pixel(b, x, y);
      if (!p.some((v, k) => Math.abs(v - q[k]) > tolerance)) continue;
      let inside = true;
      for (let dy = -2; dy <= 2 && inside; dy++) for (let dx = -2; dx <= 2 && inside; dx++) inside = opaque(x + dx, y + dy);
      if (inside) n++;
    }
  }
  return n;
}

// Same scenes on both backends. Silhouettes may differ (the backends' 4× MSAA sample positions are mirrored
// vertically relative to each other), so: no difference over 8/255 inside surfaces (found by alpha over a
// transparent background), and at most 2% of all pixels.
test('WebGPU and WebGL2 give the same picture', async ({ browser }) => {
  for (const scene of ['gallery', 'normal-map']) {
    const images: Image[] = [];
    for (const backend of backends) {
      const page = await browser.newPage();
      const s = await Smoke.open(page, backend);
      images.push(await s.render(scene, [0.2, 0.2, 0.2, 0], { width: 400, height: 200 }));
      await s.expectNoProblems();
      await page.close();
    }
    const share = differingShare(images[0], images[1], 8);
    const interior = interiorDifferences(images[0], images[1], 8);
    console.log(`${scene}: ${(share * 100).toFixed(3)}% of pixels differ by more than 8/255, ${interior} of them inside surfaces`);
    expect(interior).toBe(0);
    expect(share).toBeLessThanOrEqual(0.02);
  }
});
