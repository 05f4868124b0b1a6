// Small renders of the planned views, one at a time and cancelled by the next change; choosing one shows it live.
import { VIEW_PRESETS, isAbortError, type CameraState, type PixelData, type PlannedView } from '../engine';

/** Thumbnails fit in this many pixels on their longer side. */
const THUMBNAIL_BOX = 160;
/** Typing a list of angles should not start a round per keystroke. */
const SETTLE_MS = 150;

export type RenderThumbnail = (camera: CameraState, width: number, height: number, signal: AbortSignal) => Promise<PixelData>;

export interface ThumbnailGrid {
  /** Shows these views (debounced); null keeps the last thumbnails, dimmed, while the settings are invalid. */
  show(views: PlannedView[] | null, aspect: number): void;
  /** No model: stops drawing and removes every thumbnail. */
  clear(): void;
}

interface Item {
  view: PlannedView;
  canvas: HTMLCanvasElement;
}

/** "Front" for presets, the view's own name (which is also its file name) otherwise. */
function viewLabel(view: PlannedView): string {
  return VIEW_PRESETS.find((preset) => preset.name === view.name)?.label ?? view.name;
}

function thumbnailSize(aspect: number): { width: number; height: number } {
  const safe = Number.isFinite(aspect) && aspect > 0 ? aspect : 1;
  return safe >= 1
    ? { width: THUMBNAIL_BOX, height: Math.max(1, Math.round(THUMBNAIL_BOX / safe)) }
    : { width: Math.max(1, Math.round(THUMBNAIL_BOX * safe)), height: THUMBNAIL_BOX };
}

/** Lets input and painting run between renders, so a long round never blocks the page. */
function nextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

function paint(canvas: HTMLCanvasElement, image: PixelData): void {
  const context = canvas.getContext('2d');
  if (!context) return;
  // read-back pixels live in a plain ArrayBuffer, never a shared one
  const pixels = new Uint8ClampedArray(image.data.buffer as ArrayBuffer, image.data.byteOffset, image.data.byteLength);
  context.putImageData(new ImageData(pixels, image.width, image.height), 0, 0);
}

export function createThumbnailGrid(
  list: HTMLUListElement,
  render: RenderThumbnail,
  onChoose: (view: PlannedView) => void,
  onFailure: (error: unknown) => void,
): ThumbnailGrid {
  let items: Item[] = [];
  let layoutKey = '';
  let timer: ReturnType<typeof setTimeout> | undefined;
  let round: AbortController | null = null;

  function build(views: PlannedView[], width: number, height: number): void {
    items = views.map((view) => {
      const canvas = document.createElement('canvas');
      canvas.width = width;
      canvas.height = height;
      const caption = document.createElement('span');
      caption.className = 'thumbnail-caption';
      caption.textContent = viewLabel(view);
      const button = document.createElement('button');
      button.type = 'button';
      button.className = 'thumbnail';
      button.setAttribute('aria-label', `${viewLabel(view)} view`);
      button.append(canvas, caption);
      const item: Item = { view, canvas };
      // the item, not the closure's view: a re-plan with the same names updates the camera in place
      button.addEventListener('click', () => onChoose(item.view));
      const entry = document.createElement('li');
      entry.append(button);
      list.append(entry);
      return item;
    });
  }

  async function draw(views: PlannedView[], aspect: number, signal: AbortSignal): Promise<void> {
    const { width, height } = thumbnailSize(aspect);
    // same names and size: keep the old pictures until their replacements arrive, so nothing flickers
    const key = `${width}x${height}:${views.map((v) => v.name).join('\n')}`;
    if (key !== layoutKey) {
      list.replaceChildren();
      build(views, width, height);
      layoutKey = key;
    } else {
      views.forEach((view, i) => (items[i].view = view));
    }
    list.setAttribute('aria-busy', 'true');
    try {
      for (const item of items) {
        await nextTask();
        if (signal.aborted) return;
        paint(item.canvas, await render(item.view.camera, width, height, signal));
      }
    } catch (error) {
      if (!isAbortError(error) && !signal.aborted) onFailure(error);
    } finally {
      if (!signal.aborted) list.removeAttribute('aria-busy');
    }
  }

  return {
    clear() {
      clearTimeout(timer);
      round?.abort();
      round = null;
      items = [];
      layoutKey = '';
      list.replaceChildren();
      list.classList.remove('stale');
      list.removeAttribute('aria-busy');
    },
    show(views, aspect) {
      clearTimeout(timer);
      round?.abort();
      round = null;
      list.classList.toggle('stale', !views);
      if (!views) {
        list.removeAttribute('aria-busy');
        return;
      }
      timer = setTimeout(() => {
        const controller = new AbortController();
        round = controller;
        void draw(views, aspect, controller.signal);
      }, SETTLE_MS);
    },
  };
}
