// Messages between the page and the loader worker.
import type { Scene } from '../scene/types';
import type { InputFile } from './files';

export interface WorkerRequest {
  files: (File | InputFile)[];
}

export type WorkerResponse =
  | { progress: number }
  | { scene: Scene }
  | { error: { code: string; message: string } };
