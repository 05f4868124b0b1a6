// The engine's public API: the app, the benchmark and the browser tests use this and nothing deeper.
import type { EngineEvent } from './device-recovery';
import type { BackendChoice, BackendName, DeviceStats, PixelData } from './gpu/types';
import type { Scene } from './scene/types';
import type { StyleParameters } from './styles/types';
import type { CameraState } from './views/camera';

export interface EngineOptions {
  canvas: HTMLCanvasElement;
  /** 'auto' (default): WebGPU when an adapter and device can be had, WebGL2 otherwise. */
  backend?: BackendChoice;
}

/** What an image shows: the look, or a data pass (exact per-pixel values, never antialiased). */
export type ImagePass = 'color' | 'mask' | 'depth' | 'normals';

export interface ImageOptions {
  /** Output size in pixels, independent of the screen; up to maxImageSize (larger than one GPU texture: tiled). */
  width: number;
  height: number;
  /** Straight RGBA in 0..1; alpha 0 gives a transparent background. */
  background: [number, number, number, number];
  /**
   * 'color' (default): the look (the current style), 4× MSAA. 'mask': covered pixels opaque white. 'depth': a 16-bit value in red
   * (high byte) and green (low byte), 1..65535 linear from camera.near to camera.far, 0 where nothing is.
   * 'normals': view-space normals as rgb = n * 0.5 + 0.5. Data passes ignore supersampling.
   */
  pass?: ImagePass;
  /** Renders k× larger and averages k×k blocks (on top of MSAA): 1 (default), 2 or 4. */
  supersample?: 1 | 2 | 4;
  /** The largest tile edge in rendered pixels (default: min(4096, the GPU's texture limit)). */
  tileSize?: number;
  signal?: AbortSignal;
  /** Called with 0..1 as tiles finish. */
  onProgress?: (fraction: number) => void;
}

/**
 * A soft contact shadow on the ground under the model, for product shots: the ground is the plane through the
 * model's lowest point across the up axis. It shows in previews and the 'color' pass, never in data passes.
 */
export interface GroundShadowOptions {
  /** The model's up axis: the shadow lies under it along this axis. */
  up: 'y' | 'z';
  /** 0..1 (default 0.6): how dark the shadow is where the model rests on the ground. */
  opacity?: number;
  /** 0..1 (default 0.5): 0 a tight contact shadow, 1 a wide soft one. */
  softness?: number;
}

/** The style the engine draws with and all its parameter values (defaults filled in). */
export interface CurrentStyle {
  readonly id: string;
  readonly params: StyleParameters;
}

export interface Engine {
  readonly backend: BackendName;
  readonly adapterInfo: string;
  readonly stats: Readonly<DeviceStats>;
  /** The largest image edge renderImage accepts: at least 16384 (tiled beyond the GPU's texture limit). */
  readonly maxImageSize: number;
  /**
   * Uploads the scene's GPU data (replacing and freeing the previous scene's); null unloads the model: every buffer,
   * texture and bind group it had is destroyed (engine.stats' live counts fall back) and the engine keeps no reference.
   */
  setScene(scene: Scene | null): void;
  /** The style renderPreview and renderImage's 'color' pass draw with ('pbr' with its defaults at first). */
  readonly style: CurrentStyle;
  /**
   * Chooses the look by style id (see STYLES); parameters not given take their defaults. An unknown id, an unknown
   * parameter or a value out of its range throws a RangeError saying what was expected, and changes nothing.
   * Switching back to a style used before creates no GPU resources: only the Style block is rewritten.
   */
  setStyle(id: string, params?: Readonly<Record<string, unknown>>): void;
  /**
   * Shows a ground shadow under the model (null, the default: none). It is computed once per scene and setting, not
   * per frame; an opacity change only rewrites a uniform. A bad value throws a RangeError and changes nothing.
   */
  setGroundShadow(options: GroundShadowOptions | null): void;
  /** The ground shadow shown, with defaults filled in, or null. */
  readonly groundShadow: Readonly<Required<GroundShadowOptions>> | null;
  /** Draws one frame into the canvas at the given size in device pixels. */
  renderPreview(camera: CameraState, width: number, height: number, background?: [number, number, number, number]): void;
  /** Renders off-screen at an exact size and reads the pixels back (RGBA8, rows top to bottom). */
  renderImage(camera: CameraState, options: ImageOptions): Promise<PixelData>;
  /**
   * The GPU time in ms of the next render (a preview frame, or an image's first tile), from WebGPU timestamp queries
   * or WebGL2's timer query; null when the browser offers neither. For benchmarks: the app never asks.
   */
  timeNextRender(): Promise<number | null> | null;
  /**
   * Resolves once the GPU has finished all the work submitted so far, preview frames included. For benchmarks: a
   * preview frame returns before the GPU has drawn it, so a timed step must start after the frames queued before it.
   */
  whenGpuIdle(): Promise<void>;
  /**
   * GPU errors ('error', validation and out-of-memory included), a loss the engine recovered from ('recovered': the
   * device and the scene were rebuilt, work in flight was redone) and a final loss ('lost': every later image fails
   * with DeviceLostError, code 'DEVICE_LOST').
   */
  on(listener: (event: EngineEvent) => void): () => void;
  /** Problems met putting the current scene on the GPU (an unusable texture, say); empty after setScene(null). */
  readonly uploadWarnings: readonly string[];
  /** TEST-ONLY controls for the browser tests; the app never uses them. */
  readonly debug: EngineDebug;
  destroy(): void;
}

/** TEST-ONLY: exercises the engine's recovery with the browser's real loss mechanisms. */
export interface EngineDebug {
  /** Loses the GPU device now (WebGPU GPUDevice.destroy(), WebGL2 WEBGL_lose_context); recovered once, final after. */
  loseDevice(): void;
  /** How many device losses the engine recovered from. */
  recoveries(): number;
}
