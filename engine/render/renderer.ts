// Draws a scene with the chosen look into a render target. setScene uploads everything (the default look's
// pipelines included); setLook rewrites only the Style block and the studio; render() then only writes the frame
// uniforms, sorts the transparent draws and issues the draws.
import type { Device, GpuBindGroup, GpuPipeline, RenderPassDescriptor, RenderPassEncoder, RenderTarget } from '../gpu/types';
import type { Scene } from '../scene/types';
import type { CameraState } from '../views/camera';
import { DefaultResources } from './default-resources';
import { STUDIO, type StudioEnvironment } from './environment';
import { FrameUniforms } from './frame-uniforms';
import { drawLines } from './line-draws';
import { LinePipelines, type LineLook } from './line-pipelines';
import type { GeometryGpu } from './geometry-upload';
import type { ImageRegion } from './camera-matrices';
import { FRAME_GROUP } from './pbr-program';
import { PROGRAMS, type ProgramId } from './programs';
import { GroundShadow, type GroundShadowSettings } from './ground-shadow';
import { PipelineCache } from './pipelines';
import { boundsCenter, boundsRadius, isEmptyBounds } from '../scene/bounds';
import { sceneBounds } from '../scene/world';
import { StyleUniforms } from './style-uniforms';
import { sortBackToFront, type DrawItem } from './render-list';
import { SceneGpu } from './scene-gpu';

/** What the pass has bound, so unchanged state is not set again; module scope so frames allocate nothing. */
const bound = {
  pipeline: null as GpuPipeline | null,
  material: null as GpuBindGroup | null,
  object: null as GpuBindGroup | null,
  geometry: null as GeometryGpu | null,
};

function drawItems(pass: RenderPassEncoder, items: DrawItem[]): void {
  for (let i = 0; i < items.length; i++) {
    const item = items[i];
    if (item.pipeline !== bound.pipeline) pass.setPipeline((bound.pipeline = item.pipeline));
    if (item.materialGroup !== bound.material) pass.setBindGroup(1, (bound.material = item.materialGroup));
    if (item.objectGroup !== bound.object) pass.setBindGroup(2, (bound.object = item.objectGroup));
    const geometry = item.geometry;
    if (geometry !== bound.geometry) {
      bound.geometry = geometry;
      for (let slot = 0; slot < geometry.vertexBuffers.length; slot++) pass.setVertexBuffer(slot, geometry.vertexBuffers[slot]);
      if (geometry.indexBuffer) pass.setIndexBuffer(geometry.indexBuffer, 'uint32');
    }
    if (geometry.indexBuffer) pass.drawIndexed(geometry.count);
    else pass.draw(geometry.count);
  }
}

/** A look: the program that draws it, its packed Style block and the light it is seen under. */
export interface Look {
  program: ProgramId;
  /** STYLE_LAYOUT.floats floats. */
  parameters: Float32Array;
  environment: StudioEnvironment;
  exposure: number;
  /** Lines drawn over the surfaces (edges.ts, lines.wgsl); absent or null: none. */
  lines?: LineLook | null;
}

export interface RenderOptions {
  program?: ProgramId;
  region?: ImageRegion | null;
  /** Target pixels per image pixel (the supersampling factor), so pixel-sized patterns keep their size; default 1. */
  pixelScale?: number;
}

const NO_OPTIONS: RenderOptions = {};

export class Renderer {
  /** 4× MSAA wherever the device allows it; pipelines and targets must agree. */
  readonly sampleCount: 1 | 4;
  /** Problems met while uploading scenes (unusable textures, say); also logged as console warnings. */
  readonly warnings: string[] = [];
  private readonly frame: FrameUniforms;
  private readonly style: StyleUniforms;
  private readonly frameGroup: GpuBindGroup;
  private lookProgram: ProgramId = 'pbr';
  private lineLook: LineLook | null = null;
  private readonly linePipelines: LinePipelines;
  private readonly defaults: DefaultResources;
  private readonly pipelines: PipelineCache;
  private scene: Scene | null = null;
  private sceneGpu: SceneGpu | null = null;
  private readonly pass: RenderPassDescriptor;
  private readonly ground: GroundShadow;
  private groundSettings: GroundShadowSettings | null = null;
  private destroyed = false;

  constructor(private readonly device: Device, environment: StudioEnvironment = STUDIO) {
    this.sampleCount = device.limits.maxSamples >= 4 ? 4 : 1;
    this.frame = new FrameUniforms(device, environment);
    this.style = new StyleUniforms(device);
    this.frameGroup = device.createBindGroup({
      label: 'frame',
      layout: FRAME_GROUP,
      entries: [
        { binding: 0, resource: this.frame.buffer },
        { binding: 1, resource: this.style.buffer },
        { binding: 2, resource: this.frame.environmentMap },
        { binding: 3, resource: this.frame.environmentSampler },
      ],
    });
    this.defaults = new DefaultResources(device);
    this.pipelines = new PipelineCache(device);
    this.ground = new GroundShadow(device);
    this.linePipelines = new LinePipelines(device);
    this.pass = { label: 'pbr', target: null as unknown as RenderTarget, clearColor: [0, 0, 0, 0] };
  }

  get currentScene(): Scene | null {
    return this.scene;
  }

  /** The program that draws the look; render() uses it unless told otherwise. */
  get program(): ProgramId {
    return this.lookProgram;
  }

  /** Switches the look: writes the Style block and the studio; the pipelines come from the cache. */
  setLook(look: Look): void {
    if (this.destroyed) throw new Error('The renderer was destroyed');
    this.style.write(look.parameters);
    this.frame.setStudio(look.environment, look.exposure);
    this.lookProgram = look.program;
    this.lineLook = look.lines ?? null;
  }

  /** Shows a ground shadow under the scene (null: none); its map is computed here, never per frame. */
  setGroundShadow(settings: GroundShadowSettings | null): void {
    if (this.destroyed) throw new Error('The renderer was destroyed');
    this.groundSettings = settings;
    this.ground.update(this.scene, settings, this.sampleCount);
  }

  /** Frees the previous scene's GPU data, then uploads the new one's; null only frees. */
  setScene(scene: Scene | null): void {
    if (this.destroyed) throw new Error('The renderer was destroyed');
    if (scene === this.scene) return;
    this.sceneGpu?.destroy();
    this.sceneGpu = null;
    this.scene = null;
    this.ground.update(scene, this.groundSettings, this.sampleCount);
    if (!scene) return;
    const bounds = sceneBounds(scene);
    if (isEmptyBounds(bounds)) this.frame.setSceneSphere([0, 0, 0], 0);
    else this.frame.setSceneSphere(boundsCenter(bounds), boundsRadius(bounds));
    this.sceneGpu = new SceneGpu(
      { device: this.device, defaults: this.defaults, pipelines: this.pipelines, sampleCount: this.sampleCount, program: this.lookProgram, warn: (m) => this.warn(m) },
      scene,
    );
    this.scene = scene;
  }

  /**
   * One frame into `target`; background is straight RGBA, display-ready. `program` picks the look or a data
   * pass (its pipelines must match the target's sample count); `region` renders one tile of a larger image.
   */
  render(target: RenderTarget, camera: CameraState, background: readonly number[], options: RenderOptions = NO_OPTIONS): void {
    if (this.destroyed) throw new Error('The renderer was destroyed');
    const region = options.region ?? null;
    const aspect = region ? region.fullWidth / region.fullHeight : target.width / target.height;
    this.frame.setViewport(target.width, target.height, region, options.pixelScale ?? 1);
    const matrices = this.frame.update(camera, aspect, region);
    // The target holds premultiplied colour, like everything the shader writes.
    const a = background[3];
    const clear = this.pass.clearColor;
    clear[0] = background[0] * a;
    clear[1] = background[1] * a;
    clear[2] = background[2] * a;
    clear[3] = a;
    this.pass.target = target;
    const pass = this.device.beginRenderPass(this.pass);
    bound.pipeline = bound.material = bound.object = null;
    bound.geometry = null;
    pass.setBindGroup(0, this.frameGroup);
    const program = options.program ?? this.lookProgram;
    const list = this.sceneGpu?.list(program, target.sampleCount);
    if (list) {
      drawItems(pass, list.opaque);
      // the ground shadow, under the opaque model and behind the transparent surfaces (data passes show the model only)
      if (this.ground.shown && !PROGRAMS[options.program ?? this.lookProgram].data) {
        this.ground.draw(pass, target.sampleCount);
        bound.pipeline = bound.material = null;
      }
      // the look's lines, over the opaque surfaces (data passes draw none)
      if (this.lineLook && program === this.lookProgram) {
        drawLines(pass, this.sceneGpu!.lines(), this.linePipelines.get(target.sampleCount, this.lineLook.hideHidden), this.linePipelines.corners);
        bound.pipeline = bound.material = bound.object = null;
        bound.geometry = null;
      }
      sortBackToFront(list.blend, matrices.view);
      drawItems(pass, list.blend);
    }
    pass.end();
  }

  destroy(): void {
    if (this.destroyed) return;
    this.sceneGpu?.destroy();
    this.sceneGpu = null;
    this.scene = null;
    this.pipelines.destroy();
    this.ground.destroy();
    this.linePipelines.destroy();
    this.defaults.destroy();
    this.frame.destroy();
    this.style.destroy();
    this.destroyed = true;
  }

  private warn(message: string): void {
    this.warnings.push(message);
    console.warn(message);
  }
}
