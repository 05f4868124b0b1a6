// The Export form: image size, background, format and extras, read and checked into the engine's export settings.
import type { ExportSettings } from '../engine';
import { element } from './dom';
import { FieldReader, type FieldProblem } from './form-fields';

/** What the form decides; the views and the model's name are added by whoever runs the export. */
export type ExportChoices = Omit<ExportSettings, 'modelName' | 'views'>;

export type ExportFormResult = { ok: true; choices: ExportChoices } | { ok: false; problem: FieldProblem };

export interface ExportForm {
  read(): ExportFormResult;
  /** Width / height of the images, from the last valid size, so thumbnails keep their shape while a field is wrong. */
  aspect(): number;
  /** The renderer's limit, known once it has started. */
  setMaxSize(max: number): void;
  /** Called when the size changes (the views are framed for it). */
  onSizeChange(listener: () => void): void;
}

const MIN_SIZE = 16;

/** "#rrggbb" from the colour input as straight RGBA 0..1, opaque. */
function colourFromHex(hex: string): [number, number, number, number] {
  const match = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (!match) return [1, 1, 1, 1];
  return [parseInt(match[1], 16) / 255, parseInt(match[2], 16) / 255, parseInt(match[3], 16) / 255, 1];
}

function supersampleFrom(value: string): 1 | 2 | 4 {
  return value === '4' ? 4 : value === '2' ? 2 : 1;
}

export function createExportForm(): ExportForm {
  const input = (id: string) => element<HTMLInputElement>(id);
  const width = input('export-width');
  const height = input('export-height');
  const transparent = input('export-transparent');
  const colour = input('export-colour');
  const format = element<HTMLSelectElement>('export-format');
  const quality = input('export-quality');
  const supersample = element<HTMLSelectElement>('export-supersample');
  const crop = input('export-crop');
  const cropPadding = input('export-crop-padding');
  const passes = { mask: input('export-pass-mask'), depth: input('export-pass-depth'), normals: input('export-pass-normals') };
  const contactSheet = input('export-contact-sheet');
  const shown = { colour: element('export-colour-field'), quality: element('export-quality-field'), cropPadding: element('export-crop-field'), jpegNote: element('export-jpeg-note') };
  let maxSize = Number(width.max) || 16384;
  let lastAspect = 1;
  const sizeListeners: (() => void)[] = [];

  const showRelevant = () => {
    shown.colour.hidden = transparent.checked;
    shown.quality.hidden = format.value === 'png';
    shown.cropPadding.hidden = !crop.checked;
    shown.jpegNote.hidden = !(format.value === 'jpeg' && transparent.checked);
  };
  const sizeRule = () => ({ min: MIN_SIZE, max: maxSize, integer: true });

  /** Reads the size and remembers its aspect when it is valid. */
  const readSize = (reader: FieldReader) => {
    const size = { width: reader.number(width, sizeRule()), height: reader.number(height, sizeRule()) };
    if (Number.isFinite(size.width) && Number.isFinite(size.height)) lastAspect = size.width / size.height;
    return size;
  };
  const form = width.closest('section') ?? width;
  // every edit re-checks the form, so a message appears (and clears) next to its field as it is typed
  const refresh = (event: Event) => {
    showRelevant();
    read();
    if (event.type === 'input' && (event.target === width || event.target === height)) for (const listener of sizeListeners) listener();
  };
  form.addEventListener('input', refresh);
  form.addEventListener('change', refresh);
  // the browser may have restored earlier values on reload
  showRelevant();
  read();

  function read(): ExportFormResult {
    const reader = new FieldReader();
    const size = readSize(reader);
    const chosenFormat = format.value === 'jpeg' ? 'jpeg' : format.value === 'webp' ? 'webp' : 'png';
    const choices: ExportChoices = {
      ...size,
      format: chosenFormat,
      background: transparent.checked ? [0, 0, 0, 0] : colourFromHex(colour.value),
      supersample: supersampleFrom(supersample.value),
      autoCropPaddingPercent: crop.checked ? reader.number(cropPadding, { min: 0, max: 100 }) : null,
      passes: { mask: passes.mask.checked, depth: passes.depth.checked, normals: passes.normals.checked },
      contactSheet: contactSheet.checked,
    };
    if (chosenFormat !== 'png') choices.quality = reader.number(quality, { min: 1, max: 100, integer: true }) / 100;
    const problem = reader.firstProblem;
    return problem ? { ok: false, problem } : { ok: true, choices };
  }

  return {
    read,
    aspect: () => lastAspect,
    setMaxSize(max) {
      maxSize = max;
      width.max = height.max = String(max);
    },
    onSizeChange(listener) {
      sizeListeners.push(listener);
    },
  };
}
