// Messages between the page and the loader worker.
import type { Scene } from '../scene/types';
import type { InputFile } from './files';
import type { LoadLimits } from './limits';

export interface WorkerRequest {
  files: (File | InputFile)[];
  limits?: Partial<LoadLimits>;
}

export type WorkerResponse =
  | { progress: number }
  | { scene: Scene }
  | { error: { code: string; message: string } };
