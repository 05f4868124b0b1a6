// Group 0: what changes per frame (camera) beside what the studio fixes (key light, diffuse harmonics, and the
// pre-filtered reflection map beside the block). The studio turns with the camera, so its key and harmonics are
// written turned into world space each frame (studio-to-world.ts). Member order mirrors shaders/include/frame.{wgsl,glsl}.
import type { Device, GpuBuffer, GpuSampler, GpuTexture } from '../gpu/types';
import { environmentMap } from './environment-map';
import type { CameraState } from '../views/camera';
import { computeCameraMatrices, createCameraMatrices, type CameraMatrices, type ImageRegion } from './camera-matrices';
import type { StudioEnvironment } from './environment';
import { environmentHarmonics } from './irradiance-sh';
import { directionToWorld, harmonicsToWorld } from './studio-to-world';
import { uniformLayout } from './uniform-layout';

export const FRAME_LAYOUT = uniformLayout('Frame', [
  { name: 'viewProjection', type: 'mat4' },
  /** World → studio frame (the reflection map is indexed in studio directions). */
  { name: 'studioRotation', type: 'mat4' },
  /** xyz: the studio's up, in world space (the camera's up axis). */
  { name: 'studioUp', type: 'vec4' },
  /** xyz: eye; w: 1 perspective, 0 orthographic. */
  { name: 'cameraPosition', type: 'vec4' },
  /** xyz: unit view direction (orthographic views look along it everywhere). */
  { name: 'cameraForward', type: 'vec4' },
  /** World → view; the data passes write view-space normals. */
  { name: 'view', type: 'mat4' },
  /**
   * x: near, y: far of the depth pass's encoding (view-space distances along the view direction); z, w: the
   * nearest and farthest distances of the scene's bounding sphere, for the depth style's ramp.
   */
  { name: 'depthRange', type: 'vec4' },
  /** xy: this target's top-left corner in the full image, zw: the target's size, in target pixels (tiles render a part). */
  { name: 'viewport', type: 'vec4' },
  /** xy: the full image's size in target pixels; z: target pixels per image pixel (the supersampling factor). */
  { name: 'imagePixels', type: 'vec4' },
  /** x: exposure. */
  { name: 'exposure', type: 'vec4' },
  /** World space, toward the light: the studio's key turned with this frame's camera. */
  { name: 'keyDirection', type: 'vec4' },
  { name: 'keyColor', type: 'vec4' },
  /** Diffuse spherical harmonics (irradiance-sh.ts), turned into world space with this frame's camera. */
  { name: 'sh', type: 'vec4', count: 9 },
]);

const o = FRAME_LAYOUT.offsets;

/** Writes the studio's key light and harmonics, turned into world space by the frame's studio rotation (every frame). */
function writeStudio(data: Float32Array, env: StudioEnvironment, studioRotation: CameraMatrices['studioRotation']): void {
  directionToWorld(studioRotation, env.keyDirection, data, o.keyDirection);
  data.set(env.keyColor, o.keyColor);
  harmonicsToWorld(studioRotation, environmentHarmonics(env), data, o.sh);
}

export class FrameUniforms {
  readonly data = new Float32Array(FRAME_LAYOUT.floats);
  readonly buffer: GpuBuffer;
  /** The studio's reflections per roughness (environment-map.ts), rewritten in place when the studio changes. */
  readonly environmentMap: GpuTexture;
  readonly environmentSampler: GpuSampler;
  readonly matrices: CameraMatrices = createCameraMatrices();
  private environment: StudioEnvironment;
  /** xyz: centre, w: radius of the scene's bounding sphere (radius < 0: no scene). */
  private readonly sceneSphere = new Float32Array([0, 0, 0, -1]);

  constructor(private readonly device: Device, env: StudioEnvironment) {
    this.environment = env;
    this.data[o.exposure] = env.exposure;
    this.data[o.imagePixels + 2] = 1;
    this.buffer = device.createBuffer({ label: 'frame/uniforms', usage: 'uniform', size: FRAME_LAYOUT.bytes });
    this.environmentMap = device.createTexture({ label: 'frame/environment', format: 'rgba8unorm', source: environmentMap(env) });
    this.environmentSampler = device.createSampler({
      label: 'frame/environment', magFilter: 'linear', minFilter: 'linear', addressModeU: 'clamp-to-edge', addressModeV: 'clamp-to-edge',
    });
  }

  /** The studio and exposure a style is seen under; reaches the GPU with the next frame, like the camera. */
  setStudio(env: StudioEnvironment, exposure: number): void {
    if (env !== this.environment) {
      this.environmentMap.write(environmentMap(env));
      this.environment = env;
    }
    this.data[o.exposure] = exposure;
  }

  /** The scene's bounding sphere, whose extent along the view each frame spans the depth style's ramp. */
  setSceneSphere(center: readonly number[], radius: number): void {
    this.sceneSphere[0] = center[0];
    this.sceneSphere[1] = center[1];
    this.sceneSphere[2] = center[2];
    this.sceneSphere[3] = radius;
  }

  /**
   * Where this frame's target lies in the image it belongs to, so screen-space patterns and widths stay put
   * across tiles and image sizes; reaches the GPU with update(). `region` null: the target is the whole image.
   */
  setViewport(targetWidth: number, targetHeight: number, region: ImageRegion | null, pixelScale: number): void {
    const data = this.data;
    data[o.viewport] = region ? region.x : 0;
    data[o.viewport + 1] = region ? region.y : 0;
    data[o.viewport + 2] = targetWidth;
    data[o.viewport + 3] = targetHeight;
    data[o.imagePixels] = region ? region.fullWidth : targetWidth;
    data[o.imagePixels + 1] = region ? region.fullHeight : targetHeight;
    data[o.imagePixels + 2] = pixelScale;
  }

  /**
   * Camera matrices for this frame, written to the GPU; the matrices stay readable for sorting. `aspect` is the
   * full image's; `region`, when given, narrows the projection to one tile of it.
   */
  update(camera: CameraState, aspect: number, region: ImageRegion | null = null): CameraMatrices {
    const m = computeCameraMatrices(this.matrices, camera, aspect, this.device.clipDepth, region);
    const data = this.data;
    data.set(m.viewProjection, o.viewProjection);
    data.set(m.studioRotation, o.studioRotation);
    // the rotation's second row: the studio's up axis in world space
    data[o.studioUp] = m.studioRotation[1];
    data[o.studioUp + 1] = m.studioRotation[5];
    data[o.studioUp + 2] = m.studioRotation[9];
    writeStudio(data, this.environment, m.studioRotation);
    data[o.cameraPosition] = camera.position[0];
    data[o.cameraPosition + 1] = camera.position[1];
    data[o.cameraPosition + 2] = camera.position[2];
    data[o.cameraPosition + 3] = camera.projection === 'perspective' ? 1 : 0;
    data[o.cameraForward] = m.forward[0];
    data[o.cameraForward + 1] = m.forward[1];
    data[o.cameraForward + 2] = m.forward[2];
    data.set(m.view, o.view);
    data[o.depthRange] = camera.near;
    data[o.depthRange + 1] = camera.far;
    const s = this.sceneSphere;
    const along = (s[0] - camera.position[0]) * m.forward[0] + (s[1] - camera.position[1]) * m.forward[1] + (s[2] - camera.position[2]) * m.forward[2];
    const radius = Math.max(s[3], 0);
    data[o.depthRange + 2] = along - radius;
    data[o.depthRange + 3] = along + radius;
    this.buffer.write(data);
    return m;
  }

  destroy(): void {
    this.buffer.destroy();
    this.environmentMap.destroy();
    this.environmentSampler.destroy();
  }
}
