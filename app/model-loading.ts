// One model load at a time: a newer load or Cancel aborts the older one; on any failure the shown model stays.
import { loadModel, ModelLoadError, prepareModelLoader, type Scene } from '../engine';
import type { MessageView } from './messages';
import type { ProgressView } from './progress';

export interface ModelLoading {
  load(files: File[]): Promise<void>;
  cancel(): void;
  /** Stops a load without a word about it (Clear says what happened instead). */
  abandon(): void;
}

/** What the app does with a loaded scene; throwing means it could not be shown. `fileName` names the model's main file. */
export type ShowScene = (scene: Scene, label: string, fileName: string) => void;

function describeFiles(files: File[]): string {
  if (files.length === 1) return `“${files[0].name}”`;
  return `${files.length} files`;
}

const MODEL_EXTENSIONS = /\.(gltf|glb|obj|stl|ply)$/i;

/** The file the model is named after: the .gltf among its .bin and textures, the .obj beside its .mtl. */
export function modelFileName(files: readonly File[]): string {
  return (files.find((file) => MODEL_EXTENSIONS.test(file.name)) ?? files[0]).name;
}

/** The error's own words when it is a loader error, a generic sentence otherwise (never a stack or a code). */
export function plainErrorMessage(error: unknown): string {
  if (error instanceof ModelLoadError || (error instanceof Error && error.name === 'ModelLoadError')) return error.message;
  return 'The model could not be opened because of an unexpected problem. The previous model is still shown.';
}

function wasCancelled(error: unknown, signal: AbortSignal): boolean {
  return signal.aborted || (error instanceof ModelLoadError && error.code === 'ABORTED');
}

export function createModelLoading(messages: MessageView, progress: ProgressView, show: ShowScene): ModelLoading {
  let current: AbortController | null = null;
  // the loader's worker starts now and after each load, so a dropped file does not wait for its code
  prepareModelLoader();

  return {
    cancel() {
      current?.abort();
    },
    abandon() {
      const running = current;
      if (!running) return;
      // no longer current: the load's own handlers stay silent
      current = null;
      running.abort();
      progress.hide();
    },
    async load(files) {
      if (!files.length) return;
      current?.abort();
      const controller = new AbortController();
      current = controller;
      const label = describeFiles(files);
      messages.clearError();
      progress.show(`Opening ${label}…`);
      try {
        const scene = await loadModel(files, {
          signal: controller.signal,
          onProgress: (fraction) => {
            if (current === controller) progress.update(fraction);
          },
        });
        if (controller.signal.aborted) throw new ModelLoadError('ABORTED', 'Loading the model was cancelled.');
        show(scene, label, modelFileName(files));
      } catch (error) {
        // a newer load took over: it reports for itself
        if (current !== controller) return;
        if (wasCancelled(error, controller.signal)) {
          messages.status('Opening was cancelled. The previous model is still shown.');
        } else {
          if (!(error instanceof ModelLoadError)) console.warn('Model load failed:', error);
          messages.error(plainErrorMessage(error));
        }
      } finally {
        if (current === controller) {
          current = null;
          progress.hide();
        }
        prepareModelLoader();
      }
    },
  };
}
