// Fixtures with known colours and geometry render the expected colours at the expected places, on both backends.
import { test, expect } from '@playwright/test';
import { backends } from './browser';
import { Harness, frontOrtho } from './harness-client';
import { colourAt, count, classify, differingShare, pixel } from './pixels';
import { emissiveBox, emissiveRedQuad, orientationScene, texturedBox, texturedQuad } from '../fixtures/gltf-fixtures';

const black: [number, number, number, number] = [0, 0, 0, 1];

for (const backend of backends) {
  test.describe(backend, () => {
    test('an emissive red square covers exactly its pixels', async ({ page }) => {
      const h = await Harness.open(page, backend);
      expect((await h.load([{ name: 'red.glb', bytes: await emissiveRedQuad() }])).ok).toBe(true);
      // The camera shows [-1,1]²; the unit square spans pixels 50..150 of a 200² image.
      const img = await h.render({ width: 200, height: 200, background: black, camera: frontOrtho });
      // Collected, then asserted once: one expect per pixel would make 40,000 report steps.
      const wrong: string[] = [];
      for (let y = 0; y < 200; y++) {
        for (let x = 0; x < 200; x++) {
          const inside = x >= 51 && x <= 148 && y >= 51 && y <= 148;
          const outside = x < 49 || x > 150 || y < 49 || y > 150;
          if (inside && colourAt(img, x, y) !== 'red') wrong.push(`(${x},${y}) inside: ${pixel(img, x, y)}`);
          if (outside && pixel(img, x, y).slice(0, 3).some((v) => v !== 0)) wrong.push(`(${x},${y}) outside: ${pixel(img, x, y)}`);
        }
      }
      expect(wrong.slice(0, 20), `${wrong.length} pixels wrong`).toEqual([]);
      const reds = count(img, (p) => classify(p) === 'red');
      expect(Math.abs(reds - 100 * 100)).toBeLessThanOrEqual(4 * 100);
      await h.expectNoProblems();
    });

    test('orientation, winding, mirrored nodes and double-sided faces', async ({ page }) => {
      const h = await Harness.open(page, backend);
      expect((await h.load([{ name: 'orientation.glb', bytes: await orientationScene() }])).ok).toBe(true);
      const img = await h.render({ width: 200, height: 200, background: black, camera: frontOrtho });
      // Image (x, y) of world (wx, wy) on the [-1,1]² view: x = (wx+1)*100, y = (1-wy)*100.
      const at = (wx: number, wy: number) => colourAt(img, Math.round((wx + 1) * 100), Math.round((1 - wy) * 100));
      expect(at(0, 0.6)).toBe('red'); // +y is up
      expect(at(0.6, 0)).toBe('green'); // +x is right
      expect(at(-0.6, 0)).toBe('blue'); // the mirrored node is drawn, not culled
      expect(at(-0.3, -0.6)).toBe('black'); // a single-sided face seen from behind is culled
      expect(at(0.3, -0.6)).toBe('yellow'); // a double-sided one is not
      expect(at(0, 0)).toBe('black');
      await h.expectNoProblems();
    });

    test('a model of 1e-3 units and one of 1e5 units far from the origin both fill the view', async ({ page }) => {
      const h = await Harness.open(page, backend);
      const coverage: number[] = [];
      for (const [size, center] of [[1e-3, [0, 0, 0]], [1e5, [3e5, -2e5, 1e5]]] as const) {
        expect((await h.load([{ name: 'box.glb', bytes: await emissiveBox([size, size, size], [...center]) }])).ok).toBe(true);
        const img = await h.render({ width: 160, height: 160, background: black, frame: true, camera: { position: [center[0] + size, center[1] + size, center[2] + 3 * size], target: [...center] } });
        coverage.push(count(img, (p) => classify(p) === 'blue') / (160 * 160));
      }
      console.log(`${backend}: the framed box covers ${coverage.map((c) => (c * 100).toFixed(1) + '%').join(' and ')} of the image`);
      for (const c of coverage) expect(c).toBeGreaterThan(0.35);
      expect(Math.abs(coverage[0] - coverage[1])).toBeLessThan(0.02);
      await h.expectNoProblems();
    });

    test('texture quadrants land where uv (0,0) = image top-left says', async ({ page }) => {
      const h = await Harness.open(page, backend);
      expect((await h.load([{ name: 'textured.glb', bytes: await texturedQuad() }])).ok).toBe(true);
      const img = await h.render({ width: 200, height: 200, background: black, camera: frontOrtho });
      expect(colourAt(img, 75, 75)).toBe('red');
      expect(colourAt(img, 125, 75)).toBe('green');
      expect(colourAt(img, 75, 125)).toBe('blue');
      expect(colourAt(img, 125, 125)).toBe('white');
      await h.expectNoProblems();
    });

    test('a lit textured box shows its checker texture', async ({ page }) => {
      const h = await Harness.open(page, backend);
      expect((await h.load([{ name: 'box.glb', bytes: await texturedBox() }])).ok).toBe(true);
      const img = await h.render({ width: 200, height: 200, background: [1, 1, 1, 1], frame: true, camera: { position: [0, 0, 3] } });
      const reddish = count(img, ([r, g, b]) => r > g + 40 && r > b + 40);
      const bluish = count(img, ([r, g, b]) => b > r + 40 && b > g + 40);
      // Both checker colours cover a good share of the box, and the shading varies across faces.
      expect(reddish).toBeGreaterThan(2000);
      expect(bluish).toBeGreaterThan(2000);
      await h.expectNoProblems();
    });
  });
}

// Same scene on both backends: at most 1% of pixels may differ by more than 8/255 in any channel.
test('WebGPU and WebGL2 give the same picture', async ({ browser }) => {
  const images = [];
  for (const backend of backends) {
    const page = await browser.newPage();
    const h = await Harness.open(page, backend);
    expect((await h.load([{ name: 'box.glb', bytes: await texturedBox() }])).ok).toBe(true);
    images.push(await h.render({ width: 256, height: 256, background: [0.2, 0.3, 0.4, 1], frame: true, camera: { position: [0, 0, 3] } }));
    await h.expectNoProblems();
    await page.close();
  }
  const share = differingShare(images[0], images[1], 8);
  console.log(`cross-backend: ${(share * 100).toFixed(3)}% of pixels differ by more than 8/255`);
  expect(share).toBeLessThanOrEqual(0.01);
});
