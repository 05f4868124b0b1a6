// One export: every planned view rendered at an exact size, optionally cropped, encoded off the main thread, with
// its extra passes and the camera metadata; the caller gets the files and packs or downloads them.
import type { Engine, ImagePass } from '../api';
import type { PixelData } from '../gpu/types';
import type { PlannedView } from '../views/plan-views';
import { buildCamerasJson, buildTransformsJson, type ExportedImage } from './camera-metadata';
import { drawContactSheet } from './contact-sheet';
import { autoCrop, cropImage } from './crop';
import { abortError } from './export-errors';
import { createUniqueNames, imageFileName, passFileName, type ExtraPass, type ImageFormat } from './file-names';
import type { ImageEncoder } from './image-encoder';
import type { PixelRect, RgbColor } from './types';

export interface ExportSettings {
  /** The model's file name, for the image names. */
  modelName: string;
  /** Named in the file names when set: `<model>_<style>_<view>`. */
  styleName?: string;
  views: PlannedView[];
  width: number;
  height: number;
  format: ImageFormat;
  /** 0..1, JPEG and WebP. */
  quality?: number;
  /** Straight RGBA 0..1; alpha 0 is a transparent background (JPEG then flattens onto white). */
  background: [number, number, number, number];
  supersample?: 1 | 2 | 4;
  /** Crops each image to the model's pixels plus this padding (percent of the model's larger side); null: no crop. */
  autoCropPaddingPercent?: number | null;
  passes?: Partial<Record<ExtraPass, boolean>>;
  contactSheet?: boolean;
}

export interface ExportedFile {
  name: string;
  bytes: Uint8Array;
  /** Already-compressed images are stored in a ZIP as they are; JSON is deflated. */
  compressible: boolean;
}

export interface ExportProgress {
  /** 0..1 over the whole export. */
  fraction: number;
  /** The view being rendered, in words. */
  label: string;
}

export interface ExportRun {
  encoder: ImageEncoder;
  signal?: AbortSignal;
  onProgress?: (progress: ExportProgress) => void;
}

export const DEPTH_ENCODING =
  '16-bit greyscale PNG: 0 = no surface; 1..65535 linear in the distance along the view direction from near to far';

const RENDER_SHARE = 0.7;
const encoder = new TextEncoder();

function rgb255(background: readonly number[]): RgbColor {
  return [Math.round(background[0] * 255), Math.round(background[1] * 255), Math.round(background[2] * 255)];
}

/** The depth pass's red (high byte) and green (low byte) as one 16-bit grey value per pixel. */
function depthValues(image: PixelData): Uint16Array {
  const out = new Uint16Array(image.width * image.height);
  const d = image.data;
  for (let i = 0; i < out.length; i++) out[i] = d[i * 4 + 3] ? (d[i * 4] << 8) | d[i * 4 + 1] : 0;
  return out;
}

/** A mask as people expect one: opaque white on opaque black. */
function opaqueMask(image: PixelData): PixelData {
  const d = image.data;
  for (let i = 0; i < d.length; i += 4) {
    const v = d[i + 3] ? 255 : 0;
    d[i] = d[i + 1] = d[i + 2] = v;
    d[i + 3] = 255;
  }
  return image;
}

function pixelsBuffer(image: PixelData): ArrayBuffer {
  const d = image.data;
  // The encoder takes the buffer over; a view into a larger buffer is copied first.
  return d.byteOffset === 0 && d.byteLength === d.buffer.byteLength ? (d.buffer as ArrayBuffer) : d.slice().buffer;
}

export async function exportViews(engine: Engine, settings: ExportSettings, run: ExportRun): Promise<ExportedFile[]> {
  const { views, width, height, format } = settings;
  if (!views.length) throw new RangeError('Choose at least one view to render.');
  const passes = (['mask', 'depth', 'normals'] as const).filter((p) => settings.passes?.[p]);
  const signal = run.signal;
  const names = createUniqueNames();
  const files: ExportedFile[] = [];
  const metadata: ExportedImage[] = [];
  const sheetTiles: { image: PixelData; label: string }[] = [];
  const imagesPerView = 1 + passes.length;
  const total = views.length * imagesPerView;
  let done = 0;
  const report = (label: string, partial = 0) => run.onProgress?.({ fraction: Math.min(1, ((done + partial) / total) * (settings.contactSheet ? 0.95 : 1)), label });
  const check = () => {
    if (signal?.aborted) throw abortError('The export was cancelled.');
  };

  const render = (view: PlannedView, pass: ImagePass, background: [number, number, number, number]) =>
    engine.renderImage(view.camera, {
      width,
      height,
      background,
      pass,
      supersample: settings.supersample ?? 1,
      signal,
      onProgress: (f) => report(`Rendering ${view.name}`, f * RENDER_SHARE),
    });
  const encode = (kind: 'png' | 'png16' | 'jpeg' | 'webp', width: number, height: number, pixels: ArrayBuffer) =>
    run.encoder.encode({ kind, width, height, pixels, quality: settings.quality, background: settings.background[3] > 0 ? rgb255(settings.background) : [255, 255, 255] }, signal);

  for (const view of views) {
    check();
    report(`Rendering ${view.name}`);
    let image = await render(view, 'color', settings.background);
    let crop: PixelRect | null = null;
    if (settings.autoCropPaddingPercent != null) {
      const opaque = settings.background[3] > 0;
      const result = autoCrop(image, { paddingPercent: settings.autoCropPaddingPercent, background: opaque ? rgb255(settings.background) : undefined });
      if (!result.empty) ({ image, rect: crop } = result);
    }
    const parts = { model: settings.modelName, view: view.name, style: settings.styleName };
    const name = names.claim(imageFileName(parts, format));
    const place = crop ? { crop: { x: crop.x, y: crop.y, fullWidth: width, fullHeight: height } } : {};
    metadata.push({ file: name, view: view.name, width: image.width, height: image.height, camera: view.camera, ...place });
    if (settings.contactSheet) sheetTiles.push({ image: { width: image.width, height: image.height, data: image.data.slice() }, label: view.name });
    files.push({ name, bytes: await encode(format, image.width, image.height, pixelsBuffer(image)), compressible: false });
    done++;

    for (const pass of passes) {
      check();
      report(`Rendering ${view.name} (${pass})`);
      let data = await render(view, pass, [0, 0, 0, 0]);
      if (crop) data = cropImage(data, crop);
      const passName = names.claim(passFileName(parts, pass));
      const bytes =
        pass === 'depth'
          ? await encode('png16', data.width, data.height, depthValues(data).buffer as ArrayBuffer)
          : await encode('png', data.width, data.height, pixelsBuffer(pass === 'mask' ? opaqueMask(data) : data));
      if (pass === 'depth') {
        metadata.push({ file: passName, view: view.name, width: data.width, height: data.height, camera: view.camera, depth: { near: view.camera.near, far: view.camera.far, encoding: DEPTH_ENCODING }, ...place });
      }
      files.push({ name: passName, bytes, compressible: false });
      done++;
    }
  }

  if (settings.contactSheet) {
    check();
    report('Drawing the contact sheet');
    const transparent = settings.background[3] === 0;
    const sheet = drawContactSheet(sheetTiles, { background: transparent && format !== 'jpeg' ? null : rgb255(settings.background) });
    const sheetName = names.claim(imageFileName({ model: settings.modelName, view: 'contact-sheet', style: settings.styleName }, format));
    files.push({ name: sheetName, bytes: await encode(format, sheet.width, sheet.height, pixelsBuffer(sheet)), compressible: false });
  }

  const cameras = buildCamerasJson(metadata);
  const transforms = buildTransformsJson(metadata.filter((m) => !m.depth));
  files.push({ name: 'cameras.json', bytes: encoder.encode(JSON.stringify(cameras, null, 2)), compressible: true });
  if (transforms.transforms) files.push({ name: 'transforms.json', bytes: encoder.encode(JSON.stringify(transforms.transforms, null, 2)), compressible: true });
  run.onProgress?.({ fraction: 1, label: 'Done' });
  return files;
}
