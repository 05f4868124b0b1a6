// The device contract, checked on every backend: read-back pixels, blending, depth, MSAA, textures and
// stats counters, with no console error, page error or GPU error event allowed.
import { test, expect, type Page } from '@playwright/test';
import { backends } from './browser';
import type { CheckImage } from './pages/device-contract';

type Rgba = number[];
interface Results {
  fatal?: string;
  backend: string;
  results: Record<string, { data?: any; error?: string }>;
  events: { type: string; message?: string; reason?: string }[];
}

const px = (img: CheckImage, x: number, y: number): Rgba => img.pixels.slice((y * img.width + x) * 4, (y * img.width + x) * 4 + 4);

function everyPixel(img: CheckImage, predicate: (p: Rgba, x: number, y: number) => boolean): { x: number; y: number; p: Rgba } | null {
  for (let y = 0; y < img.height; y++) for (let x = 0; x < img.width; x++) if (!predicate(px(img, x, y), x, y)) return { x, y, p: px(img, x, y) };
  return null;
}

function countPixels(img: CheckImage, predicate: (p: Rgba) => boolean): number {
  let n = 0;
  for (let y = 0; y < img.height; y++) for (let x = 0; x < img.width; x++) if (predicate(px(img, x, y))) n++;
  return n;
}

/** Channels within `tolerance` of the expected values. */
function expectNear(actual: Rgba, expected: Rgba, tolerance: number, what: string): void {
  const close = actual.length === 4 && actual.every((v, i) => Math.abs(v - expected[i]) <= tolerance);
  expect(close, `${what}: ${JSON.stringify(actual)} is not within ${tolerance} of ${JSON.stringify(expected)}`).toBe(true);
}

const same = (expected: Rgba) => (p: Rgba) => p.every((v, i) => v === expected[i]);

for (const backend of backends) {
  test.describe(`device contract on ${backend}`, () => {
    let page: Page;
    let results: Results;
    const problems: string[] = [];

    test.beforeAll(async ({ browser }, testInfo) => {
      page = await browser.newPage({ baseURL: testInfo.project.use.baseURL });
      page.on('console', (m) => { if (m.type() === 'error') problems.push(`console: ${m.text()}`); });
      page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
      await page.goto(`/tests/e2e/pages/device-contract.html?backend=${backend}`);
      await page.waitForFunction(() => (window as any).contractResults !== undefined, null, { timeout: 60_000 });
      results = await page.evaluate(() => (window as any).contractResults);
    });

    test.afterAll(async () => {
      await page?.close();
    });

    function data(name: string): any {
      expect(results.fatal, 'device creation').toBeUndefined();
      const result = results.results[name];
      expect(result, `check '${name}' ran`).toBeDefined();
      expect(result.error, `check '${name}' threw`).toBeUndefined();
      return result.data;
    }

    test('the device reports its backend, clip depth, limits and adapter', () => {
      const info = data('info');
      expect(info.backend).toBe(backend);
      expect(info.clipDepth).toBe(backend === 'webgpu' ? 'zero-to-one' : 'negative-one-to-one');
      expect(info.limits.maxTextureSize).toBeGreaterThanOrEqual(2048);
      expect(info.limits.maxSamples).toBeGreaterThanOrEqual(4);
      expect(typeof info.adapterInfo).toBe('string');
      expect(info.adapterInfo.length).toBeGreaterThan(0);
      expect(info.urlChoices).toEqual(['webgpu', 'webgl2', 'auto', 'auto']);
    });

    test('the clear colour is read back exactly, straight alpha, rows without padding', () => {
      const { opaque, transparent } = data('clear');
      expect([opaque.width, opaque.height, opaque.length]).toEqual([10, 6, 10 * 6 * 4]);
      expect(everyPixel(opaque, same([51, 102, 153, 255]))).toBeNull();
      expect(everyPixel(transparent, same([255, 153, 0, 0]))).toBeNull();
    });

    test('geometry lands where clip space says: +y is the top rows, +x the right columns', () => {
      const img: CheckImage = data('halves');
      // Left half: green (non-indexed draw); top-right quarter: red (indexed draw, second pipeline, equal layout).
      const wrong = everyPixel(img, (p, x, y) => same(x < 8 ? [0, 255, 0, 255] : y < 8 ? [255, 0, 0, 255] : [0, 0, 0, 255])(p));
      expect(wrong).toBeNull();
    });

    test('bind groups can bind aligned ranges of one uniform buffer', () => {
      const { image, stride } = data('uniformRanges');
      expect(stride, 'limits.uniformOffsetAlignment').toBeGreaterThanOrEqual(4);
      // thirds: red, green, blue, each from its own range of the one buffer
      const wrong = everyPixel(image, (p, x) => same(x < 4 ? [255, 0, 0, 255] : x < 8 ? [0, 255, 0, 255] : [0, 0, 255, 255])(p));
      expect(wrong).toBeNull();
    });

    test("cullMode 'back' with frontFace 'ccw' keeps counter-clockwise triangles only", () => {
      const img: CheckImage = data('culling');
      expect(px(img, 2, 12)).toEqual([255, 255, 255, 255]);
      expect(everyPixel(img, (p, x) => x < 8 || same([0, 0, 0, 255])(p)), 'the clockwise triangle on the right is culled').toBeNull();
    });

    test('uv (0,0) samples the first uploaded pixel (raw pixels, nearest filtering)', () => {
      const { image } = data('textureNearest');
      expect(px(image, 2, 2)).toEqual([255, 0, 0, 255]);
      expect(px(image, 6, 2)).toEqual([0, 255, 0, 255]);
      expect(px(image, 2, 6)).toEqual([0, 0, 255, 255]);
      expect(px(image, 6, 6)).toEqual([255, 255, 255, 255]);
    });

    test('a rewritten texture samples its new pixels; another size is refused', () => {
      const { image, wrongSize } = data('textureWrite');
      // the quadrants in reverse order: white, blue / green, red
      expect(px(image, 2, 2)).toEqual([255, 255, 255, 255]);
      expect(px(image, 6, 2)).toEqual([0, 0, 255, 255]);
      expect(px(image, 2, 6)).toEqual([0, 255, 0, 255]);
      expect(px(image, 6, 6)).toEqual([255, 0, 0, 255]);
      expect(wrongSize).toMatch(/2×2; 1×1 pixels cannot replace/);
    });

    test('ImageBitmap uploads keep orientation and straight alpha', () => {
      const { image } = data('textureBitmap');
      expect(px(image, 2, 2)).toEqual([255, 0, 0, 255]);
      expect(px(image, 6, 2)).toEqual([0, 255, 0, 255]);
      expect(px(image, 2, 6)).toEqual([0, 0, 255, 255]);
      expectNear(px(image, 6, 6), [255, 255, 255, 128], 1, 'half-transparent white');
    });

    test("'-srgb' textures decode to linear when sampled", () => {
      const { image } = data('textureSrgb');
      expectNear(px(image, 0, 0), [128, 128, 128, 255], 2, 'sRGB 188 sampled');
    });

    test('mipmaps are generated (averaged in linear space for -srgb)', () => {
      const { linear, srgb } = data('mipmaps');
      expect(linear.mipLevelCount).toBe(3);
      expect(srgb.mipLevelCount).toBe(3);
      // Level 0 would give 64 or 255 here, an ungenerated chain 0, sRGB-space averaging about 1.
      expectNear(px(linear.image, 0, 0), [16, 16, 16, 255], 4, 'rgba8unorm 1×1 level');
      expectNear(px(srgb.image, 0, 0), [16, 16, 16, 255], 4, 'rgba8unorm-srgb 1×1 level');
    });

    test("the depth test keeps the nearer quad even when it is drawn first", () => {
      const img: CheckImage = data('depth');
      expect(px(img, 2, 8)).toEqual([0, 255, 0, 255]);
      expect(px(img, 8, 8), 'overlap').toEqual([0, 255, 0, 255]);
      expect(px(img, 14, 8)).toEqual([255, 0, 0, 255]);
    });

    test('blend modes follow their documented equations', () => {
      const blend = data('blend');
      expectNear(blend.alphaOverBlue, [127.5, 0, 127.5, 255], 0.5, "'alpha' 50% red over blue");
      expectNear(blend.alphaOverTransparent, [127.5, 0, 0, 127.5], 0.5, "'alpha' 50% red over transparent");
      expectNear(blend.premultiplied, [127.5, 0, 127.5, 255], 0.5, "'premultiplied' half red over blue");
      expectNear(blend.additive, [102, 153, 153, 255], 1, "'additive'");
      expectNear(blend.none, [255, 0, 0, 127.5], 0.5, "'none' replaces");
      expect(blend.colorMasked, 'writeColor false leaves the colour').toEqual([0, 0, 255, 255]);
    });

    test('MSAA 4 gives intermediate values along a diagonal edge, 1 sample does not', () => {
      const { single, multi } = data('msaa');
      const intermediate = (p: Rgba) => p[0] > 0 && p[0] < 255;
      for (const img of [single, multi]) {
        expect(px(img, 0, 15)).toEqual([255, 255, 255, 255]);
        expect(px(img, 15, 0)).toEqual([0, 0, 0, 255]);
      }
      expect(countPixels(single, intermediate)).toBe(0);
      expect(countPixels(multi, intermediate)).toBeGreaterThanOrEqual(8);
    });

    test('stats count creations, live resources and bytes, and draw calls; destroy() is idempotent', () => {
      const s = data('stats');
      expect(s.oddSize, 'sizes round up to 4 bytes').toBe(8);
      expect(s.s1.buffersCreated - s.s0.buffersCreated).toBe(1);
      expect(s.s1.liveBuffers - s.s0.liveBuffers).toBe(1);
      expect(s.s1.liveBytes - s.s0.liveBytes).toBe(8);
      expect(s.s2.buffersCreated - s.s0.buffersCreated, 'destroying is not un-creating').toBe(1);
      expect([s.s2.liveBuffers, s.s2.liveBytes], 'a double destroy drops the counts once').toEqual([s.s0.liveBuffers, s.s0.liveBytes]);
      expect(s.sizedSize).toBe(64);
      expect(s.s3.liveBytes - s.s2.liveBytes).toBe(64);
      expect(s.s4.texturesCreated - s.s3.texturesCreated).toBe(1);
      expect(s.s4.liveTextures - s.s3.liveTextures).toBe(1);
      expect(s.s4.liveBytes - s.s2.liveBytes, '2×2 RGBA8').toBe(16);
      expect([s.s5.liveTextures, s.s5.liveBytes]).toEqual([s.s3.liveTextures, s.s2.liveBytes]);
      expect(s.s5.texturesCreated).toBe(s.s4.texturesCreated);
      expect(s.mipLevelCount).toBe(3);
      expect(s.s6.liveBytes - s.s5.liveBytes, 'a 4×4 chain: 64 bytes plus its smaller levels').toBeGreaterThan(64);
      expect(s.s6.liveBytes - s.s5.liveBytes).toBeLessThanOrEqual(96);
      expect(s.s7.pipelinesCreated - s.s6.pipelinesCreated).toBe(1);
      expect(s.s8.bindGroupsCreated - s.s7.bindGroupsCreated).toBe(1);
      expect(s.s10.drawCalls - s.s9.drawCalls).toBe(3);
    });

    test('a resized target renders and reads back at its new size', () => {
      const img: CheckImage = data('resize');
      expect([img.width, img.height, img.length]).toEqual([7, 3, 7 * 3 * 4]);
      expect(everyPixel(img, same([255, 0, 0, 255]))).toBeNull();
    });

    test('a canvas target sizes the canvas and shows the drawing', () => {
      const c = data('canvas');
      expect(c.size).toEqual([24, 20]);
      expect(c.left).toEqual([255, 0, 0, 255]);
      expect(c.right).toEqual([0, 0, 255, 255]);
    });

    test('no console error, page error or device event', () => {
      expect(results.fatal).toBeUndefined();
      expect(results.backend).toBe(backend);
      expect([...problems, ...results.events.map((e) => `${e.type}: ${e.message ?? e.reason ?? ''}`)]).toEqual([]);
    });
  });
}
