// Module Web Worker: reads the dropped files, parses the model, decodes its images and transfers the result.
import { decodeImages } from './decode-images';
import { EarlyDecoder } from './early-decoder';
import { ModelLoadError } from './errors';
import type { InputFile } from './files';
import { parseModel } from './index';
import { sceneTransferables } from './transferables';
import { HEARTBEAT_INTERVAL_MS, type WorkerRequest, type WorkerResponse } from './worker-protocol';

const scope = self as unknown as DedicatedWorkerGlobalScope;

function post(message: WorkerResponse, transfer: Transferable[] = []): void {
  scope.postMessage(message, transfer);
}

async function toInputFile(file: File | InputFile): Promise<InputFile> {
  if (typeof File !== 'undefined' && file instanceof File) {
    // A dropped folder keeps its relative paths, which glTF and MTL references may use.
    return { name: file.webkitRelativePath || file.name, bytes: new Uint8Array(await file.arrayBuffer()) };
  }
  return file as InputFile;
}

scope.onmessage = async (event: MessageEvent<WorkerRequest>) => {
  // Parsers yield to the event loop every few tens of milliseconds, so the heartbeat keeps beating while they work.
  const heartbeat = setInterval(() => post({ alive: true }), HEARTBEAT_INTERVAL_MS);
  try {
    const files = await Promise.all(event.data.files.map(toInputFile));
    // Parsing is most of the work; image decoding takes the last tenth.
    // images decode while the geometry is parsed; an image the parse then drops is freed with the worker
    const early = new EarlyDecoder();
    const scene = await parseModel(files, { onProgress: (f) => post({ progress: f * 0.9 }), limits: event.data.limits, onImage: early.start });
    const bitmaps = await decodeImages(scene, early.decoder);
    post({ progress: 1 });
    post({ scene }, sceneTransferables(scene, bitmaps));
  } catch (error) {
    const e = error instanceof ModelLoadError ? error : new ModelLoadError('INTERNAL', 'The model could not be loaded because of an unexpected problem in the app.');
    post({ error: { code: e.code, message: e.message } });
  } finally {
    clearInterval(heartbeat);
  }
};

// the page may wait for this before its first load (prepareModelLoader)
post({ ready: true });
