// One export: every planned view rendered at an exact size in one or several styles, optionally cropped, encoded off
// the main thread, with its extra passes and the camera metadata; the caller gets the files and packs or downloads them.
import type { Engine, ImagePass } from '../api';
import type { PixelData } from '../gpu/types';
import type { PlannedView } from '../views/plan-views';
import { buildCamerasJson, buildTransformsJson, type ExportedImage } from './camera-metadata';
import { drawContactSheet, type ContactSheetTile } from './contact-sheet';
import { commonCropBox, cropImage } from './crop';
import { abortError } from './export-errors';
import { checkExportStyles, createStyleSwitcher, styleLabel, type ExportStyle } from './export-styles';
import { createUniqueNames, imageFileName, viewFileNames, type ExtraPass, type ImageFormat } from './file-names';
import type { ImageEncoder } from './image-encoder';
import { depthValues, opaqueMask, pixelsBuffer, rgb255 } from './pass-pixels';
import type { PixelRect } from './types';

export interface ExportSettings {
  /** The model's file name, for the image names. */
  modelName: string;
  /** Single-style exports: named in the file names when set, `<model>_<style>_<view>`. */
  styleName?: string;
  /**
   * The looks to export, each switched to with engine.setStyle and the user's style put back afterwards.
   * Absent: the engine's current style alone. Several: views × styles images named `<model>_<style>_<view>`,
   * the data passes once per view.
   */
  styles?: ExportStyle[];
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
// Rows of the contact sheet hold one style's views; more views than this wrap onto further rows.
const MAX_SHEET_COLUMNS = 8;
const encoder = new TextEncoder();

export async function exportViews(engine: Engine, settings: ExportSettings, run: ExportRun): Promise<ExportedFile[]> {
  const { views, width, height, format } = settings;
  if (!views.length) throw new RangeError('Choose at least one view to render.');
  if (settings.styles) checkExportStyles(settings.styles);
  // null: the engine's current style, never switched
  const looks: (ExportStyle | null)[] = settings.styles ?? [null];
  const several = looks.length > 1;
  const styleIds = several ? looks.map((look) => look!.id) : [settings.styleName];
  const passes = (['mask', 'depth', 'normals'] as const).filter((p) => settings.passes?.[p]);
  const signal = run.signal;
  const names = createUniqueNames();
  const files: ExportedFile[] = [];
  const metadata: ExportedImage[] = [];
  const sheetTiles: ContactSheetTile[][] = looks.map(() => []);
  const total = views.length * (looks.length + passes.length);
  let done = 0;
  const report = (label: string, partial = 0) => run.onProgress?.({ fraction: Math.min(1, ((done + partial) / total) * (settings.contactSheet ? 0.95 : 1)), label });
  const check = () => {
    if (signal?.aborted) throw abortError('The export was cancelled.');
  };
  const opaque = settings.background[3] > 0;

  const render = (view: PlannedView, pass: ImagePass, background: [number, number, number, number], label: string) =>
    engine.renderImage(view.camera, {
      width,
      height,
      background,
      pass,
      supersample: settings.supersample ?? 1,
      signal,
      onProgress: (f) => report(label, f * RENDER_SHARE),
    });
  const encode = (kind: 'png' | 'png16' | 'jpeg' | 'webp', width: number, height: number, pixels: ArrayBuffer) =>
    run.encoder.encode({ kind, width, height, pixels, quality: settings.quality, background: opaque ? rgb255(settings.background) : [255, 255, 255] }, signal);

  const switcher = settings.styles ? createStyleSwitcher(engine) : null;
  try {
    for (const view of views) {
      const fileNames = viewFileNames(settings.modelName, view.name, styleIds, format, passes, names);
      // every style of a view first, so one crop fits them all and the view keeps one camera
      let images: PixelData[] = [];
      for (const look of looks) {
        check();
        if (look) switcher!.use(look);
        const label = several ? `Rendering ${view.name} (${styleLabel(look!.id)})` : `Rendering ${view.name}`;
        report(label);
        images.push(await render(view, 'color', settings.background, label));
        done++;
      }
      let crop: PixelRect | null = null;
      if (settings.autoCropPaddingPercent != null) {
        crop = commonCropBox(images, { paddingPercent: settings.autoCropPaddingPercent, background: opaque ? rgb255(settings.background) : undefined });
        if (crop) images = images.map((image) => cropImage(image, crop!));
      }
      const size = { width: images[0].width, height: images[0].height };
      const place = crop ? { crop: { x: crop.x, y: crop.y, fullWidth: width, fullHeight: height } } : {};
      const styleImages = several ? looks.map((look, k) => ({ style: look!.id, file: fileNames.images[k] })) : undefined;
      metadata.push({ file: fileNames.images[0], view: view.name, ...size, camera: view.camera, ...place, ...(styleImages ? { style: styleImages[0].style, styleImages } : {}) });
      for (const [k, image] of images.entries()) {
        check();
        const label = several ? `${styleLabel(looks[k]!.id)} · ${view.name}` : view.name;
        if (settings.contactSheet) sheetTiles[k].push({ image: { width: image.width, height: image.height, data: image.data.slice() }, label });
        files.push({ name: fileNames.images[k], bytes: await encode(format, image.width, image.height, pixelsBuffer(image)), compressible: false });
      }
      images = [];

      for (const pass of passes) {
        check();
        const label = `Rendering ${view.name} (${pass})`;
        report(label);
        let data = await render(view, pass, [0, 0, 0, 0], label);
        if (crop) data = cropImage(data, crop);
        const passName = fileNames.passes[pass]!;
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
  } finally {
    switcher?.restore();
  }

  if (settings.contactSheet) {
    check();
    report('Drawing the contact sheet');
    const transparent = settings.background[3] === 0;
    // grouped by style: each style's views in order, one style after another
    const columns = several ? Math.min(views.length, MAX_SHEET_COLUMNS) : undefined;
    const sheet = drawContactSheet(sheetTiles.flat(), { background: transparent && format !== 'jpeg' ? null : rgb255(settings.background), columns });
    const sheetName = names.claim(imageFileName({ model: settings.modelName, view: 'contact-sheet', style: several ? undefined : settings.styleName }, format));
    files.push({ name: sheetName, bytes: await encode(format, sheet.width, sheet.height, pixelsBuffer(sheet)), compressible: false });
  }

  const cameras = buildCamerasJson(metadata);
  const transforms = buildTransformsJson(metadata.filter((m) => !m.depth));
  files.push({ name: 'cameras.json', bytes: encoder.encode(JSON.stringify(cameras, null, 2)), compressible: true });
  if (transforms.transforms) files.push({ name: 'transforms.json', bytes: encoder.encode(JSON.stringify(transforms.transforms, null, 2)), compressible: true });
  run.onProgress?.({ fraction: 1, label: 'Done' });
  return files;
}
