// What every format parser shares while it runs: warnings, coarse progress and cancellation.
import { abortedError } from './errors';
import { LoadBudget, type LoadLimits } from './limits';
import type { EncodedImage } from '../scene/types';

export interface LoadOptions {
  onProgress?(fraction: number): void;
  signal?: AbortSignal;
  /**
   * loadModel only: how long the loader worker may go without a sign of life (a heartbeat, progress or a result)
   * before the watchdog stops it with TIMED_OUT. Default 15 s; the worker beats every second while it works.
   */
  stallLimitMs?: number;
  /**
   * loadModel only: hand the byte arrays of `{ name, bytes }` inputs to the loader's worker instead of copying them,
   * which leaves the caller's arrays empty (their buffers detached). For a caller that read a file into memory only
   * to load it: a 129 MB GLB takes 240–300 ms to copy, on the page's thread. Files (File objects) are never copied.
   */
  transferBytes?: boolean;
  /** Tighter or looser limits than DEFAULT_LOAD_LIMITS; a file past them fails with TOO_LARGE. */
  limits?: Partial<LoadLimits>;
  /**
   * Called once for each image a texture uses, as soon as its bytes are checked: the worker starts decoding it then,
   * on the browser's decoder threads, while the rest of the model is parsed.
   */
  onImage?(image: EncodedImage): void;
}

export class LoadContext {
  readonly warnings: string[] = [];
  private readonly seen = new Set<string>();
  private lastProgress = -1;
  private lastYield = Date.now();

  /** What the file has asked for so far, against the load limits. */
  readonly budget: LoadBudget;

  constructor(private readonly options: LoadOptions = {}) {
    this.budget = new LoadBudget(options.limits);
  }

  /** Passes an image a texture uses to whoever decodes images (LoadOptions.onImage). */
  imageFound(image: EncodedImage): void {
    this.options.onImage?.(image);
  }

  /** Records a recoverable problem once, however often it is met. */
  warn(message: string): void {
    if (this.seen.has(message)) return;
    this.seen.add(message);
    this.warnings.push(message);
  }

  /** Throws ABORTED when the caller has cancelled. */
  checkAborted(): void {
    if (this.options.signal?.aborted) throw abortedError();
  }

  /** Reports progress in 0..1, never going backwards, and checks for cancellation. */
  progress(fraction: number): void {
    this.checkAborted();
    const f = Math.min(1, Math.max(0, fraction));
    if (f <= this.lastProgress) return;
    this.lastProgress = f;
    this.options.onProgress?.(f);
  }

  /** Lets other tasks (an abort) run between coarse steps, then checks for cancellation. */
  async yieldStep(fraction: number): Promise<void> {
    await new Promise<void>((resolve) => setTimeout(resolve, 0));
    this.lastYield = Date.now();
    this.progress(fraction);
  }

  /** Inside long loops: yields only when the last yield is a while ago, so small models pay nothing. */
  async maybeYield(fraction: number): Promise<void> {
    if (Date.now() - this.lastYield > 50) await this.yieldStep(fraction);
    else this.progress(fraction);
  }
}
