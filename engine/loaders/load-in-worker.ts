// Loads a model off the main thread: one worker per load, terminated when it finishes, is cancelled, or stops
// answering (a watchdog: the worker beats every second while its event loop runs, and a parser stuck in a loop stops).
// prepareModelLoader starts the next load's worker ahead of time, so a dropped file does not wait for its code.
import type { Scene } from '../scene/types';
import type { LoadOptions } from './context';
import { ModelLoadError, abortedError, modelLoadErrorFrom } from './errors';
import type { InputFile } from './files';
import type { WorkerRequest, WorkerResponse } from './worker-protocol';

const DEFAULT_STALL_LIMIT_MS = 15_000;

/** A worker started by prepareModelLoader and not yet given a load: idle, it runs no code but its own loading. */
let spare: Worker | null = null;
/** Settles once the spare has loaded its code, could not, or was given a load: what prepareModelLoader returns. */
let spareReady: Promise<void> = Promise.resolve();
let markSpareReady: () => void = () => {};

function startLoaderWorker(): Worker {
  return new Worker(new URL('./worker.ts', import.meta.url), { type: 'module' });
}

/**
 * Starts the loader's worker now, while nothing waits for it: fetching and compiling its code (the parsers and
 * loaders.gl) then no longer adds to the next load. Call it when the page opens and after each load; the spare
 * worker costs only its memory. Where workers cannot start, it does nothing and the load reports the problem.
 * The promise settles (never rejects) once the worker's code is loaded, so a caller can wait for a ready loader.
 */
export function prepareModelLoader(): Promise<void> {
  if (spare) return spareReady;
  try {
    const worker = startLoaderWorker();
    spare = worker;
    spareReady = new Promise<void>((resolve) => {
      markSpareReady = resolve;
      worker.onmessage = (event: MessageEvent<WorkerResponse>) => {
        if ('ready' in event.data) resolve();
      };
      // the load that takes this worker reports the problem
      worker.onerror = () => resolve();
    });
  } catch {
    spare = null;
    spareReady = Promise.resolve();
  }
  return spareReady;
}

export function loadModel(files: File[] | InputFile[], options: LoadOptions = {}): Promise<Scene> {
  const { onProgress, signal, stallLimitMs = DEFAULT_STALL_LIMIT_MS } = options;
  return new Promise<Scene>((resolve, reject) => {
    if (signal?.aborted) {
      reject(abortedError());
      return;
    }
    let worker: Worker;
    try {
      worker = spare ?? startLoaderWorker();
      if (spare) markSpareReady(); // the load takes its messages from here on
      spare = null;
    } catch (error) {
      reject(new ModelLoadError('INTERNAL', 'The model loader could not be started in this browser.', { cause: error }));
      return;
    }
    let settled = false;
    let watchdog: ReturnType<typeof setTimeout> | undefined;
    const stalled = (): void => settle(() => reject(new ModelLoadError(
      'TIMED_OUT',
      `Reading the model stopped making progress for ${Math.round(stallLimitMs / 1000)} seconds, so it was stopped. The file may be damaged or too complex for this device.`,
    )));
    const feedWatchdog = (): void => {
      clearTimeout(watchdog);
      watchdog = setTimeout(stalled, stallLimitMs);
    };
    const settle = (finish: () => void): void => {
      if (settled) return;
      settled = true;
      clearTimeout(watchdog);
      worker.terminate();
      signal?.removeEventListener('abort', onAbort);
      finish();
    };
    const onAbort = (): void => settle(() => reject(abortedError()));
    signal?.addEventListener('abort', onAbort, { once: true });

    worker.onmessage = (event: MessageEvent<WorkerResponse>) => {
      const message = event.data;
      feedWatchdog();
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
    worker.postMessage(request, options.transferBytes ? transferableBytes(files) : []);
    feedWatchdog();
  });
}

/** Each distinct ArrayBuffer behind the inputs' byte arrays (a SharedArrayBuffer is shared, never transferred). */
function transferableBytes(files: readonly (File | InputFile)[]): ArrayBuffer[] {
  const buffers = new Set<ArrayBuffer>();
  for (const file of files) if (!(file instanceof File) && file.bytes.buffer instanceof ArrayBuffer) buffers.add(file.bytes.buffer);
  return [...buffers];
}
