// The engine's public API: the app, the benchmark and the browser tests use this and nothing deeper.
import type { BackendChoice, BackendName, DeviceEvent, DeviceStats, PixelData } from './gpu/types';
import type { Scene } from './scene/types';
import type { CameraState } from './views/camera';

export interface EngineOptions {
  canvas: HTMLCanvasElement;
  /** 'auto' (default): WebGPU when an adapter and device can be had, WebGL2 otherwise. */
  backend?: BackendChoice;
}

export interface ImageOptions {
  width: number;
  height: number;
  /** Straight RGBA in 0..1; alpha 0 gives a transparent background. */
  background: [number, number, number, number];
}

export interface Engine {
  readonly backend: BackendName;
  readonly adapterInfo: string;
  readonly stats: Readonly<DeviceStats>;
  readonly maxImageSize: number;
  /** Uploads the scene's GPU data (replacing and freeing the previous scene's); null unloads. */
  setScene(scene: Scene | null): void;
  /** Draws one frame into the canvas at the given size in device pixels. */
  renderPreview(camera: CameraState, width: number, height: number, background?: [number, number, number, number]): void;
  /** Renders off-screen at an exact size and reads the pixels back (RGBA8, rows top to bottom). */
  renderImage(camera: CameraState, options: ImageOptions): Promise<PixelData>;
  on(listener: (event: DeviceEvent) => void): () => void;
  destroy(): void;
}
