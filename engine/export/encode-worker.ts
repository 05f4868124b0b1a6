// Module Web Worker: encodes images off the main thread; a thin shell around handleEncodeRequest.
import { encodeWithCanvas } from './encode-canvas';
import { handleEncodeRequest, responseTransferables, type EncodeRequest } from './encode-request';

const scope = self as unknown as DedicatedWorkerGlobalScope;

scope.onmessage = async (event: MessageEvent<EncodeRequest>) => {
  const response = await handleEncodeRequest(event.data, encodeWithCanvas);
  scope.postMessage(response, responseTransferables(response));
};
