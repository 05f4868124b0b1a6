// Render images: runs one export at a time with progress and Cancel, then saves one image or a ZIP of everything.
import {
  DeviceLostError,
  ExportError,
  createImageEncoder,
  exportViews,
  isAbortError,
  modelBaseName,
  packZip,
  type Engine,
  type ExportedFile,
  type ExportSettings,
  type ImageEncoder,
  type ParameterValue,
  type PlannedView,
} from '../engine';
import { saveFile } from './download';
import type { ExportChoices, ExportForm } from './export-form';
import type { MessageView } from './messages';
import type { ProgressView } from './progress';

export interface ExportSources {
  engine(): Engine | null;
  /** The planned views, or null with the reason. */
  views(): { views: PlannedView[] | null; problem: string };
  /** The model's file name as opened ("Damaged Helmet.glb"), or "demo". */
  modelName(): string;
  /** The ticked style ids of the Styles group. */
  styles(): string[];
  focusStyles(): void;
  /** The values last set for a style in the Style panel; undefined: its defaults. */
  styleParams(id: string): Readonly<Record<string, ParameterValue>> | undefined;
}

export interface ExportPanel {
  /** Stops a running export, saying why. */
  cancel(reason?: string): void;
}

const MIME_TYPES: Record<string, string> = { png: 'image/png', jpg: 'image/jpeg', webp: 'image/webp' };

function isImage(file: ExportedFile): boolean {
  return !file.name.endsWith('.json');
}

function mimeType(name: string): string {
  return MIME_TYPES[name.slice(name.lastIndexOf('.') + 1).toLowerCase()] ?? 'application/octet-stream';
}

function blobOf(bytes: Uint8Array, type: string): Blob {
  // encoded bytes come back from the worker in a plain (transferred) ArrayBuffer, never a shared one
  return new Blob([bytes as Uint8Array<ArrayBuffer>], { type });
}

const PASS_WORDS = { mask: ['mask', 'masks'], depth: ['depth map', 'depth maps'], normals: ['normal map', 'normal maps'] } as const;

function counted(count: number, [one, many]: readonly [string, string]): string {
  return count === 1 ? `1 ${one}` : `${count} ${many}`;
}

/** "6 images, 6 masks, cameras.json and transforms.json", from what was asked for and the files that came back. */
function describeSaved(viewCount: number, styleCount: number, choices: ExportChoices, files: ExportedFile[]): string {
  const parts = [counted(viewCount * styleCount, ['image', 'images'])];
  for (const pass of ['mask', 'depth', 'normals'] as const) if (choices.passes?.[pass]) parts.push(counted(viewCount, PASS_WORDS[pass]));
  if (choices.contactSheet) parts.push('a contact sheet');
  parts.push(...files.filter((f) => !isImage(f)).map((f) => f.name));
  return parts.length === 1 ? parts[0] : `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}`;
}

/** Plain words for a failure: the export's own message when it has one, never a stack. */
/**
 * The export's style settings: the shown style alone renders as before, named unless it is the default look;
 * any other choice switches style per image, each with the values last set for it.
 */
function styleSettings(engine: Engine, ids: string[], paramsFor: ExportSources['styleParams']): Pick<ExportSettings, 'styles' | 'styleName'> {
  const named = (id: string) => (id === 'pbr' ? undefined : id);
  if (ids.length === 1 && ids[0] === engine.style.id) return { styleName: named(ids[0]) };
  const styles = ids.map((id) => ({ id, params: id === engine.style.id ? engine.style.params : paramsFor(id) }));
  return ids.length === 1 ? { styles, styleName: named(ids[0]) } : { styles };
}

function plainExportError(error: unknown): string {
  // its message already says what happened and what to do
  if (error instanceof DeviceLostError) return `The images could not be rendered. ${error.message}`;
  if (error instanceof ExportError || error instanceof RangeError) return `The images could not be rendered. ${error.message}`;
  return 'The images could not be rendered because of an unexpected problem. Try a smaller size or fewer views.';
}

export function createExportPanel(
  elements: { button: HTMLButtonElement },
  form: ExportForm,
  progress: ProgressView,
  messages: MessageView,
  sources: ExportSources,
): ExportPanel {
  const { button } = elements;
  let running: AbortController | null = null;
  let cancelReason = '';
  let encoder: ImageEncoder | null = null;

  // one encoder worker for the page's life, started on first use and stopped when the page goes away
  const imageEncoder = () => (encoder ??= createImageEncoder());
  window.addEventListener('pagehide', () => {
    encoder?.destroy();
    encoder = null;
  });

  /** One image alone is saved as itself; anything more (extras, metadata worth keeping) as one ZIP. */
  function save(files: ExportedFile[], model: string, description: string): void {
    const images = files.filter(isImage);
    if (images.length === 1) {
      const [image] = images;
      saveFile(blobOf(image.bytes, mimeType(image.name)), image.name);
      messages.status(`Saved ${image.name}.`);
      return;
    }
    const zipName = `${modelBaseName(model)}_views.zip`;
    saveFile(packZip(files), zipName);
    messages.status(`Saved ${description} in ${zipName}.`);
  }

  async function run(): Promise<void> {
    if (running) return;
    messages.clearError();
    const engine = sources.engine();
    if (!engine) {
      messages.error('The renderer is not running, so no images can be made.');
      return;
    }
    const checked = form.read();
    if (!checked.ok) {
      const { input, message } = checked.problem;
      messages.error(`Nothing was rendered. ${labelOf(input)}: ${message.charAt(0).toLowerCase()}${message.slice(1)}`);
      input.focus();
      return;
    }
    const { views, problem } = sources.views();
    if (!views) {
      messages.error(`Nothing was rendered: the views cannot be planned. ${problem}`);
      return;
    }
    const styleIds = sources.styles();
    if (!styleIds.length) {
      messages.error('Nothing was rendered. Tick at least one style under Styles.');
      sources.focusStyles();
      return;
    }
    const controller = new AbortController();
    running = controller;
    cancelReason = 'The export was cancelled. Nothing was saved.';
    button.setAttribute('aria-disabled', 'true');
    messages.clearStatus();
    const styleWords = styleIds.length === 1 ? '' : ` in ${styleIds.length} styles`;
    progress.show(`Rendering ${views.length === 1 ? '1 view' : `${views.length} views`}${styleWords}…`);
    const model = sources.modelName();
    try {
      // the default look keeps the plain names; any other style is named in them
      const files = await exportViews(engine, { ...checked.choices, modelName: model, ...styleSettings(engine, styleIds, sources.styleParams), views }, {
        encoder: imageEncoder(),
        signal: controller.signal,
        onProgress: (step) => progress.update(step.fraction, `${step.label}…`),
      });
      if (controller.signal.aborted) throw new DOMException(cancelReason, 'AbortError');
      save(files, model, describeSaved(views.length, styleIds.length, checked.choices, files));
    } catch (error) {
      if (controller.signal.aborted || isAbortError(error)) messages.status(cancelReason);
      else {
        console.warn('Export failed:', error);
        messages.error(plainExportError(error));
      }
    } finally {
      running = null;
      progress.hide();
      button.removeAttribute('aria-disabled');
    }
  }

  button.addEventListener('click', () => void run());
  return {
    cancel(reason) {
      if (!running) return;
      if (reason) cancelReason = reason;
      running.abort();
    },
  };
}

/** The visible label of a field, for a message shown away from it. */
function labelOf(input: HTMLInputElement): string {
  return input.labels?.[0]?.textContent?.trim() || input.name || input.id;
}
