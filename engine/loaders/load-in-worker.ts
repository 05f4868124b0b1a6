// Loads a model off the main thread: one worker per load, terminated when it finishes or is cancelled.
import type { Scene } from '../scene/types';
import type { LoadOptions } from './context';
import { ModelLoadError, abortedError, modelLoadErrorFrom } from './errors';
import type { InputFile } from './files';
import type { WorkerRequest, WorkerResponse } from './worker-protocol';

export function loadModel(files: File[] | InputFile[], options: LoadOptions = {}): Promise<Scene> {
  const { onProgress, signal } = options;
  return new Promise<Scene>((resolve, reject) => {
    if (signal?.aborted) {
      reject(abortedError());
      return;
    }
    let worker: Worker;
    try {
      worker = new Worker(new URL('./worker.ts', import.meta.url), { type: 'module' });
    } catch (error) {
      reject(new ModelLoadError('INTERNAL', 'The model loader could not be started in this browser.', { cause: error }));
      return;
    }
    let settled = false;
    const settle = (finish: () => void): void => {
      if (settled) return;
      settled = true;
      worker.terminate();
      signal?.removeEventListener('abort', onAbort);
      finish();
    };
    const onAbort = (): void => settle(() => reject(abortedError()));
    signal?.addEventListener('abort', onAbort, { once: true });

    worker.onmessage = (event: MessageEvent<WorkerResponse>) => {
      const message = event.data;
      if ('progress' in message) {
        if (!settled) onProgress?.(message.progress);
      } else if ('scene' in message) {
        settle(() => resolve(message.scene));
      } else if ('error' in message) {
        settle(() => reject(modelLoadErrorFrom(message.error)));
      }
    };
    worker.onerror = (event: ErrorEvent) => {
      event.preventDefault();
      settle(() => reject(new ModelLoadError('INTERNAL', 'The model loader stopped unexpectedly.')));
    };
    worker.onmessageerror = () => settle(() => reject(new ModelLoadError('INTERNAL', 'The loaded model could not be passed back to the page.')));
    const request: WorkerRequest = { files, limits: options.limits };
    worker.postMessage(request);
  });
}
