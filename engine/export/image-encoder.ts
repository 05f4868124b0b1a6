// The page's side of the encoder worker: one worker, jobs queued and sent one at a time, answers matched by id.
import { abortError, ExportError, exportErrorFrom } from './export-errors';
import type { EncodeJob, EncodeRequest, EncodeResponse } from './encode-request';

export interface ImageEncoder {
  /**
   * Encodes off the main thread. `job.pixels` is transferred when the job is sent to the worker.
   * Aborting rejects with a DOMException named 'AbortError'; a job still queued is never sent and keeps its pixels.
   */
  encode(job: EncodeJob, signal?: AbortSignal): Promise<Uint8Array>;
  /** Stops the worker and rejects every open job with ExportError 'ABORTED'. Safe to call twice. */
  destroy(): void;
}

/** The parts of a Worker the client uses, so tests can stand one in. */
export type EncoderWorker = Pick<Worker, 'postMessage' | 'terminate' | 'onmessage' | 'onerror' | 'onmessageerror'>;

interface Pending {
  request: EncodeRequest;
  resolve: (bytes: Uint8Array) => void;
  reject: (error: unknown) => void;
  /** Cleared once the caller has its answer; a late worker reply for it is dropped. */
  open: boolean;
  cleanup: () => void;
}

function startEncodeWorker(): EncoderWorker {
  return new Worker(new URL('./encode-worker.ts', import.meta.url), { type: 'module' });
}

export function createImageEncoder(startWorker: () => EncoderWorker = startEncodeWorker): ImageEncoder {
  const queue: Pending[] = [];
  let inFlight: Pending | null = null;
  let worker: EncoderWorker | null = null;
  let nextId = 1;
  let destroyed = false;

  const settle = (job: Pending, finish: () => void): void => {
    if (!job.open) return;
    job.open = false;
    job.cleanup();
    finish();
  };

  // A crashed worker fails only the job it held; the next job starts a fresh worker.
  const dropWorker = (message: string): void => {
    worker?.terminate();
    worker = null;
    const job = inFlight;
    inFlight = null;
    if (job) settle(job, () => job.reject(new ExportError('ENCODE_FAILED', message)));
    pump();
  };

  const onMessage = (event: MessageEvent<EncodeResponse>): void => {
    const response = event.data;
    const job = inFlight;
    if (!job || response.id !== job.request.id) return;
    inFlight = null;
    if ('bytes' in response) settle(job, () => job.resolve(response.bytes));
    else settle(job, () => job.reject(exportErrorFrom(response.error)));
    pump();
  };

  const ensureWorker = (): EncoderWorker => {
    if (worker) return worker;
    const w = startWorker();
    w.onmessage = onMessage;
    w.onerror = (event: ErrorEvent) => {
      event.preventDefault();
      dropWorker('The image encoder stopped unexpectedly.');
    };
    w.onmessageerror = () => dropWorker('The encoded image could not be passed back to the page.');
    worker = w;
    return w;
  };

  function pump(): void {
    while (!inFlight && !destroyed) {
      const job = queue.shift();
      if (!job) return;
      if (!job.open) continue;
      try {
        ensureWorker().postMessage(job.request, [job.request.pixels]);
        inFlight = job;
      } catch (error) {
        settle(job, () => job.reject(new ExportError('ENCODE_FAILED', 'The image encoder could not be started in this browser.', { cause: error })));
      }
    }
  }

  return {
    encode(job, signal) {
      if (destroyed) return Promise.reject(new ExportError('ABORTED', 'The image encoder was closed.'));
      if (signal?.aborted) return Promise.reject(abortError('Encoding the image was cancelled.'));
      return new Promise<Uint8Array>((resolve, reject) => {
        const onAbort = (): void => {
          settle(pending, () => reject(abortError('Encoding the image was cancelled.')));
          const index = queue.indexOf(pending);
          if (index >= 0) queue.splice(index, 1);
        };
        const pending: Pending = {
          request: { ...job, id: nextId++ },
          resolve,
          reject,
          open: true,
          cleanup: () => signal?.removeEventListener('abort', onAbort),
        };
        signal?.addEventListener('abort', onAbort, { once: true });
        queue.push(pending);
        pump();
      });
    },
    destroy() {
      if (destroyed) return;
      destroyed = true;
      worker?.terminate();
      worker = null;
      const open = inFlight ? [inFlight, ...queue] : [...queue];
      inFlight = null;
      queue.length = 0;
      for (const job of open) settle(job, () => job.reject(new ExportError('ABORTED', 'The image encoder was closed.')));
    },
  };
}
