// Modelshot's page: creates the engine on the viewport canvas, opens on the demo scene, and wires the controls.
import { createDemoScene, createEngine, DEFAULT_PREVIEW_BACKGROUND, type Engine, type Scene } from '../engine';
import type { UpAxis } from '../engine';
import { backendDisplayName, backendFromQuery } from './backend-choice';
import { observeCanvasSize, type DeviceSize } from './canvas-size';
import { clearModel } from './clear-model';
import { element } from './dom';
import { attachFileInput } from './file-input';
import { createMessageView } from './messages';
import { createModelLoading } from './model-loading';
import { attachOrbitInput } from './orbit-input';
import { createProgressView } from './progress';
import { createRenderScheduler } from './render-scheduler';
import { attachStylePanel } from './style-panel';
import { ViewController } from './view-controller';
import { createViewsAndExport } from './views-and-export';
import { createWarningsPanel } from './warnings-panel';

const canvas = element<HTMLCanvasElement>('view');
const backendLabel = element<HTMLElement>('backend');
const messages = createMessageView(element('error'), element('status'));
const warningsPanel = createWarningsPanel(element<HTMLUListElement>('warnings'), element('warnings-none'));

/** Exported files of the demo scene are named after it: demo_front.png, demo_views.zip. */
const DEMO_NAME = 'demo';

let engine: Engine | null = null;
let shownScene: Scene | null = null;
let size: DeviceSize = { width: 1, height: 1, cssHeight: 1 };

let drawFailed = false;
const scheduler = createRenderScheduler(() => {
  if (!engine) return;
  try {
    // the engine sizes the canvas's drawing buffer to what it is asked to draw
    // the viewport's CSS background is the same colour, so resizing never flashes
    engine.renderPreview(view.camera(), size.width, size.height, DEFAULT_PREVIEW_BACKGROUND);
    drawFailed = false;
  } catch (error) {
    // reported once, not on every frame; a failed draw is a bug, so it is loud in the console too
    if (!drawFailed) {
      console.error('Drawing the preview failed:', error);
      messages.error('The 3D view could not be drawn. Reloading the page may help.');
    }
    drawFailed = true;
  }
});
const view = new ViewController(() => scheduler.request());
/** The model's up axis as the Views panel has it: the preview and the ground shadow follow it. */
let upAxis: UpAxis = 'y';
const views = createViewsAndExport((camera) => view.showCamera(camera), (axis) => {
  upAxis = axis;
  view.setUpAxis(axis);
  if (engine?.groundShadow) engine.setGroundShadow({ ...engine.groundShadow, up: axis });
  scheduler.request();
});

/** Shows a scene, or puts the previous one back and rethrows when the GPU cannot take it. */
function showScene(scene: Scene, label: string, fileName: string): void {
  if (!engine) throw new Error('The renderer is not running.');
  const previous = shownScene;
  try {
    engine.setScene(scene);
  } catch (error) {
    try {
      engine.setScene(previous);
    } catch {
      // the error being rethrown already explains the failure
    }
    throw error;
  }
  shownScene = scene;
  view.showScene(scene);
  views.showScene(scene, fileName);
  // the loader's warnings and the GPU upload's (an unusable texture, say)
  const warnings = [...scene.warnings, ...engine.uploadWarnings];
  warningsPanel.show(warnings);
  const opened = label ? `Opened ${label}.` : 'Showing the demo scene. Open or drop a model to see your own.';
  messages.status(warnings.length ? `${opened} ${warnings.length === 1 ? 'One warning' : `${warnings.length} warnings`}: see Model warnings.` : opened);
}

const progress = createProgressView(
  { container: element('loading'), bar: element<HTMLProgressElement>('progress-bar'), label: element('progress-label'), cancel: element<HTMLButtonElement>('cancel') },
  () => loading.cancel(),
);
const loading = createModelLoading(messages, progress, showScene);

async function start(): Promise<void> {
  const requested = backendFromQuery(location.search);
  try {
    engine = await createEngine({ canvas, backend: requested });
  } catch (error) {
    backendLabel.textContent = 'Renderer: unavailable';
    const reason = error instanceof Error ? error.message : String(error);
    messages.error(`The 3D view could not start in this browser. ${reason}`);
    throw error;
  }
  backendLabel.textContent = `Renderer: ${backendDisplayName(engine.backend)}`;
  backendLabel.title = engine.adapterInfo;
  views.start(engine);
  const stylePanel = attachStylePanel({ select: element<HTMLSelectElement>('style'), parameters: element('style-parameters') }, engine, () => {
    scheduler.request();
    views.styleChanged();
  }, () => upAxis);
  views.useStyleParams((id) => stylePanel.paramsFor(id));
  engine.on((event) => {
    if (event.type === 'recovered') {
      messages.status('The graphics device stopped working and was restarted. The model and the style are back; an export that was running carries on.');
      scheduler.request();
    } else if (event.type === 'lost') {
      messages.error(`The graphics device stopped working and could not be restarted (${event.reason}). Reload the page to continue.`);
    } else if (event.kind === 'out-of-memory') {
      messages.error('The graphics device ran out of memory. Try a smaller image size, fewer views or a smaller model.');
    } else {
      // validation errors are bugs: loud in the console, where the browser tests look
      console.error(`GPU ${event.kind} error: ${event.message}`);
    }
  });

  attachOrbitInput(canvas, {
    orbit: (dx, dy) => view.orbit(dx, dy),
    pan: (dx, dy, height) => view.pan(dx, dy, height),
    zoom: (factor, focus) => view.zoom(factor, focus),
    frame: () => view.frame(),
  });
  attachFileInput(
    { picker: element<HTMLInputElement>('model-file'), dropTarget: element('viewport'), dropOverlay: element('drop-overlay') },
    (files) => void loading.load(files),
  );
  element('frame').addEventListener('click', () => view.frame());
  element('clear').addEventListener('click', () =>
    clearModel({
      engine: () => engine,
      cancelLoading: () => loading.abandon(),
      forgetScene: () => {
        shownScene = null;
        view.clearScene();
        views.clearScene();
      },
      warnings: warningsPanel,
      messages,
      redraw: () => scheduler.request(),
    }),
  );
  element('demo').addEventListener('click', () => {
    loading.cancel();
    messages.clearError();
    showScene(createDemoScene(), '', DEMO_NAME);
  });

  await new Promise<void>((resolve) => {
    observeCanvasSize(canvas, (next) => {
      size = next;
      view.setAspect(next.width / next.height);
      scheduler.request();
      resolve();
    });
  });
  showScene(createDemoScene(), '', DEMO_NAME);
  scheduler.flush();
}

const ready = start();
// the failure is already on screen; this only keeps it from also surfacing as an unhandled rejection
ready.catch(() => undefined);

/**
 * TEST-ONLY hook for the Playwright specs (wait for startup, load files without a file dialog).
 * Not an API: the app itself never reads it.
 */
Object.defineProperty(window, '__modelshot', {
  value: Object.freeze({
    ready,
    get backend() {
      return engine?.backend ?? null;
    },
    loadFiles: (files: File[]) => loading.load(files),
    get engine() {
      return engine;
    },
    /** The names of the views the Views panel plans now, or null while its settings are invalid. */
    get plannedViews() {
      return views.plannedViews?.map((planned) => planned.name) ?? null;
    },
  }),
  writable: false,
  configurable: false,
});
