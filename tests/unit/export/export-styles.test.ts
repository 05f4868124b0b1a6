// Several styles in one export, with a stand-in engine and encoder: exactly views × styles images under their
// names, the passes once per view, one cameras.json entry per view, progress over every image, and the
// user's style back afterwards, after a failure and after Cancel too.
import { describe, expect, it } from 'vitest';
import type { CurrentStyle, Engine, ImageOptions } from '../../../engine/api';
import type { PixelData } from '../../../engine/gpu/types';
import { checkExportStyles, createStyleSwitcher } from '../../../engine/export/export-styles';
import { exportViews, type ExportProgress, type ExportSettings } from '../../../engine/export/export-views';
import type { ImageEncoder } from '../../../engine/export/image-encoder';
import type { PlannedView } from '../../../engine/views/plan-views';
import { defaultCamera } from '../../../engine/views/camera';

const STYLE_SHADE: Record<string, number> = { pbr: 10, clay: 120, toon: 200, unlit: 250 };

/** Draws a square whose grey is the current style's shade (a data pass draws 77), offset per style so crops must unite. */
function fakeEngine(options: { failOnRender?: number; onRender?: (n: number) => void } = {}) {
  let style: CurrentStyle = Object.freeze({ id: 'pbr', params: Object.freeze({ exposure: 1 }) });
  const log: string[] = [];
  let renders = 0;
  const engine = {
    get style() {
      return style;
    },
    setStyle(id: string, params?: Readonly<Record<string, unknown>>) {
      log.push(`style ${id}`);
      style = Object.freeze({ id, params: Object.freeze({ ...(params as Record<string, never>) }) });
    },
    async renderImage(_camera: unknown, o: ImageOptions): Promise<PixelData> {
      renders++;
      options.onRender?.(renders);
      if (renders === options.failOnRender) throw new Error('the GPU fell over');
      if (o.signal?.aborted) throw new DOMException('cancelled', 'AbortError');
      const pass = o.pass ?? 'color';
      log.push(`render ${pass}${pass === 'color' ? ` ${style.id}` : ''}`);
      const data = new Uint8Array(o.width * o.height * 4);
      const shade = pass === 'color' ? STYLE_SHADE[style.id] : 77;
      const shift = pass === 'color' && style.id === 'toon' ? 4 : 0;
      for (let y = 8; y < 16; y++) for (let x = 8 + shift; x < 16 + shift; x++) data.set([shade, shade, shade, 255], (y * o.width + x) * 4);
      return { width: o.width, height: o.height, data };
    },
  };
  return { engine: engine as unknown as Engine, log, current: () => style };
}

/** An "encoder" that stores the first pixel's red value and the size, so the tests can tell images apart. */
const fakeEncoder: ImageEncoder = {
  async encode(job) {
    const pixels = new Uint8Array(job.pixels);
    return new Uint8Array([job.width, job.height, pixels[(12 * job.width + 12) * (job.kind === 'png16' ? 2 : 4)]]);
  },
  destroy() {},
};

const views: PlannedView[] = ['front', 'right'].map((name) => ({ name, camera: { ...defaultCamera(), near: 0.5, far: 9 } }));
const base: ExportSettings = { modelName: 'Helmet.glb', views, width: 32, height: 24, format: 'png', background: [0, 0, 0, 0] };

describe('checkExportStyles', () => {
  it('accepts known styles with valid parameters', () => {
    expect(() => checkExportStyles([{ id: 'clay' }, { id: 'toon', params: { bands: 4 } }])).not.toThrow();
  });

  it('refuses, in plain words, an empty list, an unknown style or parameter, a bad value and a style twice', () => {
    expect(() => checkExportStyles([])).toThrow(/at least one style/);
    expect(() => checkExportStyles([{ id: 'sepia' }])).toThrow(/There is no style "sepia"\. The styles are: pbr, /);
    expect(() => checkExportStyles([{ id: 'toon', params: { stripes: 2 } }])).toThrow(/no parameter "stripes"/);
    expect(() => checkExportStyles([{ id: 'toon', params: { bands: 40 } }])).toThrow(/from 2 to 8/);
    expect(() => checkExportStyles([{ id: 'clay' }, { id: 'clay' }])).toThrow(/chosen twice/);
  });
});

describe('style switcher', () => {
  it("puts the user's style back, with its parameters", () => {
    const { engine, current } = fakeEngine();
    engine.setStyle('toon', { bands: 5 });
    const switcher = createStyleSwitcher(engine);
    switcher.use({ id: 'clay' });
    expect(current().id).toBe('clay');
    switcher.restore();
    expect(current()).toEqual({ id: 'toon', params: { bands: 5 } });
  });

  it('still restores when the engine re-applied the export\'s style (as after a device recovery)', () => {
    const { engine, current } = fakeEngine();
    const switcher = createStyleSwitcher(engine);
    switcher.use({ id: 'clay', params: { tint: '#808080' } });
    engine.setStyle(current().id, current().params);
    switcher.restore();
    expect(current().id).toBe('pbr');
  });

  it('leaves a style someone chose meanwhile alone', () => {
    const { engine, current } = fakeEngine();
    const switcher = createStyleSwitcher(engine);
    switcher.use({ id: 'clay' });
    engine.setStyle('unlit');
    switcher.restore();
    expect(current().id).toBe('unlit');
  });
});

describe('exportViews with several styles', () => {
  it('gives views × styles images, each pass once per view, and names every style', async () => {
    const { engine, log, current } = fakeEngine();
    const files = await exportViews(engine, { ...base, styles: [{ id: 'clay' }, { id: 'toon', params: { bands: 4 } }, { id: 'unlit' }], passes: { mask: true, depth: true } }, { encoder: fakeEncoder });
    const names = files.map((f) => f.name);
    expect(names.sort()).toEqual([
      'Helmet_clay_front.png', 'Helmet_clay_right.png', 'Helmet_front_depth.png', 'Helmet_front_mask.png',
      'Helmet_right_depth.png', 'Helmet_right_mask.png', 'Helmet_toon_front.png', 'Helmet_toon_right.png',
      'Helmet_unlit_front.png', 'Helmet_unlit_right.png', 'cameras.json', 'transforms.json',
    ]);
    const byName = new Map(files.map((f) => [f.name, f.bytes]));
    // each style's own pixels went into its own file
    expect(byName.get('Helmet_clay_front.png')![2]).toBe(STYLE_SHADE.clay);
    expect(byName.get('Helmet_toon_right.png')![2]).toBe(STYLE_SHADE.toon);
    expect(byName.get('Helmet_unlit_front.png')![2]).toBe(STYLE_SHADE.unlit);
    expect(log.filter((l) => l.startsWith('render mask'))).toHaveLength(2);
    expect(log.filter((l) => l.startsWith('render depth'))).toHaveLength(2);
    expect(log.filter((l) => l.startsWith('render color'))).toEqual(['render color clay', 'render color toon', 'render color unlit', 'render color clay', 'render color toon', 'render color unlit']);
    expect(current().id).toBe('pbr');

    const cameras = JSON.parse(new TextDecoder().decode(byName.get('cameras.json')));
    const colour = cameras.images.filter((i: { depth_range?: unknown }) => !i.depth_range);
    expect(colour.map((i: { view: string }) => i.view)).toEqual(['front', 'right']);
    expect(colour[0]).toMatchObject({ file: 'Helmet_clay_front.png', style: 'clay' });
    expect(colour[0].style_images).toEqual([
      { style: 'clay', file: 'Helmet_clay_front.png' },
      { style: 'toon', file: 'Helmet_toon_front.png' },
      { style: 'unlit', file: 'Helmet_unlit_front.png' },
    ]);
    const transforms = JSON.parse(new TextDecoder().decode(byName.get('transforms.json')));
    expect(transforms.frames).toHaveLength(2);
    expect(transforms.frames[1].style_images.map((s: { file_path: string }) => s.file_path)).toEqual(['Helmet_clay_right.png', 'Helmet_toon_right.png', 'Helmet_unlit_right.png']);
  });

  it('keeps the plain names and no style fields for a single style', async () => {
    const { engine, current } = fakeEngine();
    const files = await exportViews(engine, { ...base, styles: [{ id: 'clay' }], passes: { mask: true } }, { encoder: fakeEncoder });
    expect(files.map((f) => f.name).sort()).toEqual(['Helmet_front.png', 'Helmet_front_mask.png', 'Helmet_right.png', 'Helmet_right_mask.png', 'cameras.json', 'transforms.json']);
    expect(files.find((f) => f.name === 'Helmet_front.png')!.bytes[2]).toBe(STYLE_SHADE.clay);
    const cameras = JSON.parse(new TextDecoder().decode(files.find((f) => f.name === 'cameras.json')!.bytes));
    expect(cameras.images[0].style_images).toBeUndefined();
    expect(current().id).toBe('pbr');
  });

  it('crops every style of a view to one box around all of them', async () => {
    const { engine } = fakeEngine();
    const files = await exportViews(engine, { ...base, views: [views[0]], styles: [{ id: 'clay' }, { id: 'toon' }], autoCropPaddingPercent: 0 }, { encoder: fakeEncoder });
    // clay covers x 8..15, toon 12..19: both images are 12 wide, 8 high
    for (const name of ['Helmet_clay_front.png', 'Helmet_toon_front.png']) expect([...files.find((f) => f.name === name)!.bytes.slice(0, 2)]).toEqual([12, 8]);
    const cameras = JSON.parse(new TextDecoder().decode(files.find((f) => f.name === 'cameras.json')!.bytes));
    expect(cameras.images[0].crop).toEqual({ x: 8, y: 8, full_width: 32, full_height: 24 });
  });

  it('counts every image in its progress, rising to 1', async () => {
    const { engine } = fakeEngine();
    const steps: ExportProgress[] = [];
    await exportViews(engine, { ...base, styles: [{ id: 'clay' }, { id: 'toon' }, { id: 'unlit' }], passes: { normals: true } }, { encoder: fakeEncoder, onProgress: (p) => steps.push(p) });
    const fractions = steps.map((s) => s.fraction);
    expect(fractions.every((f, i) => i === 0 || f >= fractions[i - 1])).toBe(true);
    expect(fractions.at(-1)).toBe(1);
    // 2 views × (3 styles + 1 pass) = 8 images: the toon image of the second view starts at 5/8
    expect(steps.find((s) => s.label === 'Rendering right (Toon)')!.fraction).toBeCloseTo(5 / 8, 9);
  });

  it("restores the user's style after a failure and after Cancel", async () => {
    const failing = fakeEngine({ failOnRender: 3 });
    failing.engine.setStyle('toon', { bands: 6 });
    await expect(exportViews(failing.engine, { ...base, styles: [{ id: 'clay' }, { id: 'unlit' }] }, { encoder: fakeEncoder })).rejects.toThrow('the GPU fell over');
    expect(failing.current()).toEqual({ id: 'toon', params: { bands: 6 } });

    const controller = new AbortController();
    const cancelled = fakeEngine({ onRender: (n) => n === 2 && controller.abort() });
    await expect(exportViews(cancelled.engine, { ...base, styles: [{ id: 'clay' }, { id: 'unlit' }] }, { encoder: fakeEncoder, signal: controller.signal })).rejects.toMatchObject({ name: 'AbortError' });
    expect(cancelled.current().id).toBe('pbr');
    // cancelled within the second image: nothing rendered after it
    expect(cancelled.log.filter((l) => l.startsWith('render'))).toEqual(['render color clay']);
  });

  it('refuses an unknown style before rendering anything', async () => {
    const { engine, log } = fakeEngine();
    await expect(exportViews(engine, { ...base, styles: [{ id: 'clay' }, { id: 'sepia' }] }, { encoder: fakeEncoder })).rejects.toThrow(RangeError);
    expect(log).toEqual([]);
  });
});
