// What device-contract.spec.ts leaves out: all three bind groups with textures on per-program units, vertex
// buffers at byte offsets, read-back ordering (on both backends), and the WebGL2 backend's own promises:
// redundant state never reaches GL, no GL error, compile errors reported with label and log, context loss.
import { test, expect, type Page } from '@playwright/test';
import { backends } from './browser';
import type { SmokeImage } from './pages/webgl2-smoke';

interface Results {
  fatal?: string;
  backend: string;
  results: Record<string, { data?: any; error?: string }>;
  events: { type: string; message?: string; reason?: string }[];
}

const px = (img: SmokeImage, x: number, y: number) => img.pixels.slice((y * img.width + x) * 4, (y * img.width + x) * 4 + 4);

function rows(img: SmokeImage, y: number): number[][] {
  return Array.from({ length: img.width }, (_, x) => px(img, x, y));
}

const RED = [255, 0, 0, 255];
const GREEN = [0, 255, 0, 255];
const BLUE = [0, 0, 255, 255];
const YELLOW = [255, 255, 0, 255];
const CYAN = [0, 255, 255, 255];
const BLACK = [0, 0, 0, 255];

for (const backend of backends) {
  test.describe(`webgl2-smoke on ${backend}`, () => {
    let page: Page;
    let results: Results;
    /** Console errors and GL warnings before the context is lost on purpose. */
    const problems: string[] = [];

    test.beforeAll(async ({ browser }, testInfo) => {
      page = await browser.newPage({ baseURL: testInfo.project.use.baseURL });
      let losing = false;
      page.on('console', (m) => {
        if (m.text().startsWith('smoke: losing the context')) losing = true;
        const glWarning = m.type() === 'warning' && /WebGL|GL_/.test(m.text());
        if (!losing && (m.type() === 'error' || glWarning)) problems.push(`console ${m.type()}: ${m.text()}`);
      });
      page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
      await page.goto(`/tests/e2e/pages/webgl2-smoke.html?backend=${backend}`);
      await page.waitForFunction(() => (window as any).smokeResults !== undefined, null, { timeout: 60_000 });
      results = await page.evaluate(() => (window as any).smokeResults);
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

    test('uniforms and textures of groups 0, 1 and 2 reach the shader; a second program gets its own texture units', () => {
      const img: SmokeImage = data('groups');
      const columns = [RED, GREEN, BLUE, YELLOW, CYAN].flatMap((c) => [c, c]);
      for (const y of [0, 1]) expect(rows(img, y), `top row ${y}`).toEqual(columns);
      for (const y of [2, 3]) expect(rows(img, y), `bottom row ${y}: group 2's texture`).toEqual(Array(10).fill(CYAN));
    });

    test('a vertex buffer bound at a byte offset feeds its attributes from there, in every pass', () => {
      const { first, second } = data('vertexSlots');
      for (const y of [0, 1]) {
        expect(rows(first, y)).toEqual([RED, RED, BLUE, BLUE]);
        expect(rows(second, y)).toEqual([BLUE, BLUE, BLACK, BLACK]);
      }
    });

    test('a read-back holds the image of when it was asked for', () => {
      const { first, second } = data('readBackOrder');
      expect(first).toEqual(RED);
      expect(second).toEqual(GREEN);
    });

    test('a single-sampled canvas target shows the drawing, and takes its size back if the canvas is resized', () => {
      const { first, afterOutsideResize } = data('canvasSingleSample');
      for (const shot of [first, afterOutsideResize]) {
        expect(shot.size).toEqual([12, 10]);
        expect(shot.top).toEqual(RED);
        expect(shot.bottom).toEqual(GREEN);
      }
    });

    test('no console error, GL warning, page error or device event', () => {
      expect(results.fatal).toBeUndefined();
      expect(results.backend).toBe(backend);
      expect([...problems, ...results.events.map((e) => `${e.type}: ${e.message ?? e.reason ?? ''}`)]).toEqual([]);
    });

    if (backend !== 'webgl2') return;

    test('redundant state never reaches GL: a repeated draw makes no state call, a repeated frame fewer', () => {
      const { first, second } = data('stateCache');
      expect(first.repeatedDraw).toBe(0);
      expect(second.repeatedDraw).toBe(0);
      expect(first.calls).toBeGreaterThan(0);
      expect(second.calls, `${second.calls} calls in the repeated frame, ${first.calls} in the first`).toBeLessThan(first.calls);
    });

    test('GL reports no error after all of it (errors are not polled per call, so this is where they would show)', () => {
      expect(data('glError')).toBe(0);
    });

    test('a GLSL compile error throws with the label and the info log, and is a validation event', () => {
      const { message, events } = data('compileError');
      expect(message).toContain("'smoke/broken'");
      expect(message).toContain('fragment');
      expect(message).toContain('undeclaredThing');
      expect(events).toEqual([{ type: 'error', kind: 'validation', message }]);
    });

    test("losing the context is a 'lost' event", () => {
      expect(data('contextLoss')).toMatchObject({ type: 'lost' });
    });
  });
}
