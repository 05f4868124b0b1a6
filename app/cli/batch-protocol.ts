// What the command line (Node) and its page (app/batch.ts) pass through page.evaluate: plain JSON, bytes as base64.
import type { BackendChoice, BackendName, ExportSettings, PlanOptions } from '../../engine';

/** Everything about a run that is the same for every model, as the command line understood it. */
export interface BatchJob {
  /** The --views text, turned into a view spec by the page (it knows the engine's set and preset names). */
  views: string;
  /** The --style text (style ids separated by commas; empty: the default look), read by the page against the engine's styles. */
  styles: string;
  /** Each --style-param as given: STYLE.PARAMETER=VALUE. */
  styleParams: string[];
  plan: Omit<PlanOptions, 'aspect'>;
  output: Omit<ExportSettings, 'modelName' | 'views'>;
  /** One ZIP per model instead of loose files. */
  zip: boolean;
}

export interface BatchReady {
  backend: BackendName;
  adapterInfo: string;
}

/** The page's verdict on a job before any model is loaded: null when it can run, else a plain message. */
export type JobProblem = string | null;

export interface OutputFile {
  name: string;
  size: number;
}

export interface RenderedModel {
  ok: true;
  /** Unique over the run, safe as a folder or file name: the model's base name. */
  folder: string;
  /** The files to fetch with take(i), in order. */
  files: OutputFile[];
  /** Images written (views, passes and the contact sheet), not counting the JSON metadata or a ZIP. */
  images: number;
  warnings: string[];
}

export interface FailedModel {
  ok: false;
  /** The loader's or exporter's code, or 'INTERNAL' for an unexpected failure. */
  code: string;
  message: string;
}

export type ModelResult = RenderedModel | FailedModel;

/** The page's API, on window.modelshotBatch. */
export interface BatchPage {
  init(backend: BackendChoice): Promise<BatchReady>;
  check(job: BatchJob): JobProblem;
  /** Queues a part of one file of the next model (files arrive in parts, so no call grows too large); the model's own file comes first. */
  addFilePart(name: string, base64: string, last: boolean): void;
  render(modelName: string, job: BatchJob): Promise<ModelResult>;
  /** Bytes [start, end) of exported file `index`. */
  take(index: number, start: number, end: number): string;
}
