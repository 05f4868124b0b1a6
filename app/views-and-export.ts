// Wires the Views and Export panels: the plan follows the model and the settings, the thumbnails follow the plan.
import type { CameraState, Engine, ParameterValue, PlannedView, Scene, UpAxis } from '../engine';
import { element } from './dom';
import { createExportForm } from './export-form';
import { createExportPanel } from './export-panel';
import { createExportStyleChoice } from './export-style-choice';
import { createMessageView } from './messages';
import { createProgressView } from './progress';
import { createThumbnailGrid } from './thumbnails';
import { createViewPlanner } from './view-plan';
import { createViewsPanel } from './views-panel';

export interface ViewsAndExport {
  /** The renderer is running: it limits the image size and draws the thumbnails. */
  start(engine: Engine): void;
  /** A model is shown; `fileName` names the exported files ("demo" for the demo scene). */
  showScene(scene: Scene, fileName: string): void;
  /** No model: a running export stops, the plan and the thumbnails go. */
  clearScene(): void;
  /** The look changed (a style or its parameters): the thumbnails are drawn again. */
  styleChanged(): void;
  /** Where the export finds the values last set for each style (the Style panel's memory). */
  useStyleParams(lookup: (id: string) => Readonly<Record<string, ParameterValue>> | undefined): void;
  readonly plannedViews: PlannedView[] | null;
}

/** Thumbnails show the model on the panel's own colour, whatever the export's background. */
const THUMBNAIL_BACKGROUND: [number, number, number, number] = [0, 0, 0, 0];

/**
 * `showCamera` shows a chosen view in the live preview; `setUpAxis` keeps the preview upright about the up axis
 * chosen for the views (Z for most CAD and STL files).
 */
export function createViewsAndExport(showCamera: (camera: CameraState) => void, setUpAxis: (upAxis: UpAxis) => void): ViewsAndExport {
  let engine: Engine | null = null;
  let modelName = 'demo';
  const panel = createViewsPanel();
  panel.onChange(() => setUpAxis(panel.upAxis()));
  const form = createExportForm();
  const styleChoice = createExportStyleChoice(element('export-pass-mask').closest('fieldset') ?? element('export-contact-sheet'));
  let styleParams: (id: string) => Readonly<Record<string, ParameterValue>> | undefined = () => undefined;

  const thumbnails = createThumbnailGrid(
    element<HTMLUListElement>('thumbnails'),
    (camera, width, height, signal) => {
      if (!engine) return Promise.reject(new Error('The renderer is not running.'));
      return engine.renderImage(camera, { width, height, background: THUMBNAIL_BACKGROUND, signal });
    },
    (view) => showCamera(view.camera),
    (error) => {
      // a failed thumbnail is a bug (or a lost device, reported elsewhere): loud in the console, plain on screen
      console.error('Drawing the view thumbnails failed:', error);
      panel.showSummary('The thumbnails could not be drawn. Exporting may still work.', true);
    },
  );
  const planner = createViewPlanner(panel, form.aspect, (views) => thumbnails.show(views, form.aspect()));
  form.onSizeChange(() => planner.update());

  const messages = createMessageView(element('export-error'), element('export-status'));
  const progress = createProgressView(
    {
      container: element('export-progress'),
      bar: element<HTMLProgressElement>('export-progress-bar'),
      label: element('export-progress-label'),
      cancel: element<HTMLButtonElement>('export-cancel'),
    },
    () => exporter.cancel(),
  );
  const exporter = createExportPanel({ button: element<HTMLButtonElement>('export-render') }, form, progress, messages, {
    engine: () => engine,
    views: () => ({ views: planner.views, problem: planner.problem }),
    modelName: () => modelName,
    styles: () => styleChoice.chosen(),
    focusStyles: () => styleChoice.focus(),
    styleParams: (id) => styleParams(id),
  });

  return {
    start(started) {
      engine = started;
      form.setMaxSize(started.maxImageSize);
      styleChoice.follow(started.style.id);
    },
    showScene(scene, fileName) {
      // the rest of a running export would show the new model under the old one's names
      exporter.cancel('The export was cancelled because another model was opened. Nothing was saved.');
      modelName = fileName;
      planner.setScene(scene);
    },
    clearScene() {
      exporter.cancel('The export was cancelled because the model was cleared. Nothing was saved.');
      planner.setScene(null);
      thumbnails.clear();
    },
    styleChanged() {
      // the rest of a running export would mix two looks under one style's names
      exporter.cancel('The export was cancelled because the style changed. Nothing was saved.');
      if (engine) styleChoice.follow(engine.style.id);
      thumbnails.show(planner.views, form.aspect());
    },
    useStyleParams(lookup) {
      styleParams = lookup;
    },
    get plannedViews() {
      return planner.views;
    },
  };
}
