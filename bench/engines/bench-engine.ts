// What the benchmark asks of every renderer it compares: build a scene, render off-screen and read back, draw a frame.

export const ENGINE_IDS = ['ours-webgpu', 'ours-webgl2', 'three-webgl', 'three-webgpu', 'three-webgpu-webgl'] as const;
export type EngineId = (typeof ENGINE_IDS)[number];

export interface BenchView {
  position: [number, number, number];
  target: [number, number, number];
  /** Vertical field of view in radians. */
  fovY: number;
  near: number;
  far: number;
}

/** Straight RGBA8, rows top to bottom: what the PNG encoder takes. */
export interface BenchPixels {
  width: number;
  height: number;
  data: Uint8Array | Uint8ClampedArray;
  /** GPU time of the pass that drew it, in ms; null where the browser cannot time the GPU. */
  gpuMs: number | null;
}

export interface BenchEngine {
  readonly id: EngineId;
  /** The adapter or renderer string, so a result says what actually drew. */
  readonly adapterInfo: string;
  /** Parses a GLB file's bytes with the renderer's own loader and makes its scene current (uploading what it uploads eagerly). */
  loadScene(glb: Uint8Array): Promise<void>;
  /** Renders at an exact size with 4× MSAA and reads the pixels back. */
  renderImage(view: BenchView, width: number, height: number): Promise<BenchPixels>;
  /** Draws one frame into the canvas at its fixed size (CPU work submitted; the GPU may still be busy). */
  renderFrame(view: BenchView): void;
  /** Resolves once the GPU has finished everything submitted so far, so a timed step does not pay for earlier frames. */
  settle(): Promise<void>;
  /** Draws one frame and resolves its GPU time in ms (timestamp or timer queries); null where the browser has none. */
  timeFrame(view: BenchView): Promise<number | null>;
  /** Pipelines and bind groups created so far; null for renderers that do not count them. */
  creations(): { pipelines: number; bindGroups: number } | null;
  destroy(): void;
}
