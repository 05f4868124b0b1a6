// Messages between the page and the loader worker.
import type { Scene } from '../scene/types';
import type { InputFile } from './files';
import type { LoadLimits } from './limits';

export interface WorkerRequest {
  files: (File | InputFile)[];
  limits?: Partial<LoadLimits>;
}

/** How often the worker says it is alive while its event loop runs; a parser stuck in a loop stops saying it. */
export const HEARTBEAT_INTERVAL_MS = 1000;

export type WorkerResponse =
  /** Sent once, when the worker's code has loaded. */
  | { ready: true }
  | { alive: true }
  | { progress: number }
  | { scene: Scene }
  | { error: { code: string; message: string } };
