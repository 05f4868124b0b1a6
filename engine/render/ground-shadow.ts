// The ground shadow on the GPU: its darkness texture, a small uniform block and one pipeline per sample count.
// The texture and bind group exist only while a shadow is shown (freed when it is turned off or the scene
// changes); the pipeline, sampler and uniform block are made on first use and kept for the renderer's life, so
// switching the shadow or the style creates no pipeline again. Drawn in the colour pass after the opaque surfaces.
import type { BindGroupLayout, Device, GpuBindGroup, GpuBuffer, GpuPipeline, GpuSampler, GpuTexture, RenderPassEncoder } from '../gpu/types';
import type { Scene } from '../scene/types';
import groundShadowFragmentGlsl from '../../shaders/ground-shadow/ground-shadow.frag.glsl?raw';
import groundShadowVertexGlsl from '../../shaders/ground-shadow/ground-shadow.vert.glsl?raw';
import groundShadowWgsl from '../../shaders/ground-shadow/ground-shadow.wgsl?raw';
import type { UpAxis } from '../views/up-axis';
import { computeGroundShadow } from './ground-shadow-map';
import { FRAME_GROUP } from './pbr-program';
import { resolveIncludes } from './shader-library';
import { uniformLayout } from './uniform-layout';

/** What the shadow looks like; opacity and softness in 0..1. */
export interface GroundShadowSettings {
  up: UpAxis;
  opacity: number;
  softness: number;
}

export const GROUND_SHADOW_LAYOUT = uniformLayout('GroundShadow', [
  /** xyz: the square's centre; w: opacity. */
  { name: 'center', type: 'vec4' },
  { name: 'axisU', type: 'vec4' },
  { name: 'axisV', type: 'vec4' },
]);

const GROUND_GROUP: BindGroupLayout = {
  group: 1,
  bindings: [
    { binding: 0, kind: 'uniform', name: 'GroundShadow' },
    { binding: 1, kind: 'texture', name: 'groundShadowTexture', sampler: 2 },
    { binding: 2, kind: 'sampler', name: 'groundShadowSampler' },
  ],
};

const SHADER = {
  label: 'ground-shadow',
  wgsl: resolveIncludes(groundShadowWgsl, 'wgsl'),
  glslVertex: resolveIncludes(groundShadowVertexGlsl, 'glsl'),
  glslFragment: resolveIncludes(groundShadowFragmentGlsl, 'glsl'),
};

export class GroundShadow {
  private readonly pipelines = new Map<1 | 4, GpuPipeline>();
  private sampler: GpuSampler | null = null;
  private uniforms: GpuBuffer | null = null;
  private texture: GpuTexture | null = null;
  private group: GpuBindGroup | null = null;
  private readonly data = new Float32Array(GROUND_SHADOW_LAYOUT.floats);
  private scene: Scene | null = null;
  private settings: GroundShadowSettings | null = null;

  constructor(private readonly device: Device) {}

  /** Whether draw() has anything to draw. */
  get shown(): boolean {
    return this.group !== null;
  }

  /**
   * Shows the shadow of `scene` with `settings` (null for either: none). The darkness map is recomputed only when
   * the scene, the up axis or the softness change; an opacity change rewrites the uniform block alone.
   */
  update(scene: Scene | null, settings: GroundShadowSettings | null, sampleCount: 1 | 4): void {
    const previous = this.settings;
    const sameMap = scene === this.scene && previous && settings && previous.up === settings.up && previous.softness === settings.softness;
    this.scene = scene;
    this.settings = settings ? { ...settings } : null;
    if (sameMap && this.group) {
      this.writeUniforms(settings!.opacity);
      return;
    }
    this.release();
    if (!scene || !settings) return;
    const map = computeGroundShadow(scene, settings.up, settings.softness);
    if (!map) return;
    const pixels = new Uint8Array(map.size * map.size * 4);
    for (let i = 0; i < map.darkness.length; i++) pixels.fill(Math.round(map.darkness[i] * 255), i * 4, i * 4 + 4);
    this.pipeline(sampleCount);
    this.sampler ??= this.device.createSampler({ label: 'ground-shadow/sampler', magFilter: 'linear', minFilter: 'linear', addressModeU: 'clamp-to-edge', addressModeV: 'clamp-to-edge' });
    this.uniforms ??= this.device.createBuffer({ label: 'ground-shadow/uniforms', usage: 'uniform', size: GROUND_SHADOW_LAYOUT.bytes });
    this.texture = this.device.createTexture({ label: 'ground-shadow/darkness', format: 'rgba8unorm', source: { width: map.size, height: map.size, data: pixels } });
    this.group = this.device.createBindGroup({
      label: 'ground-shadow',
      layout: GROUND_GROUP,
      entries: [{ binding: 0, resource: this.uniforms }, { binding: 1, resource: this.texture }, { binding: 2, resource: this.sampler }],
    });
    const o = GROUND_SHADOW_LAYOUT.offsets;
    this.data.set(map.plane.center, o.center);
    this.data.set(map.plane.axisU, o.axisU);
    this.data.set(map.plane.axisV, o.axisV);
    this.writeUniforms(settings.opacity);
  }

  /** Draws the shadow into a colour pass whose group 0 is bound; leaves group 1 and the pipeline changed. */
  draw(pass: RenderPassEncoder, sampleCount: 1 | 4): void {
    if (!this.group) return;
    pass.setPipeline(this.pipeline(sampleCount));
    pass.setBindGroup(1, this.group);
    pass.draw(6);
  }

  /** Frees the texture and bind group of the shadow shown; the pipelines, sampler and uniform block stay. */
  release(): void {
    this.group?.destroy();
    this.group = null;
    this.texture?.destroy();
    this.texture = null;
  }

  destroy(): void {
    this.release();
    this.uniforms?.destroy();
    this.uniforms = null;
    this.sampler?.destroy();
    this.sampler = null;
    for (const p of this.pipelines.values()) p.destroy();
    this.pipelines.clear();
    this.scene = null;
    this.settings = null;
  }

  private writeUniforms(opacity: number): void {
    this.data[GROUND_SHADOW_LAYOUT.offsets.center + 3] = opacity;
    this.uniforms!.write(this.data);
  }

  private pipeline(sampleCount: 1 | 4): GpuPipeline {
    let pipeline = this.pipelines.get(sampleCount);
    if (!pipeline) {
      pipeline = this.device.createPipeline({
        label: `ground-shadow/x${sampleCount}`,
        shader: SHADER,
        bindGroups: [FRAME_GROUP, GROUND_GROUP],
        vertexBuffers: [],
        topology: 'triangle-list',
        // seen from below, the ground would hide the model
        cullMode: 'back',
        frontFace: 'ccw',
        // hidden by the model where it stands in front; transparent surfaces drawn later blend over it
        depth: { write: false, compare: 'less' },
        blend: 'premultiplied',
        sampleCount,
      });
      this.pipelines.set(sampleCount, pipeline);
    }
    return pipeline;
  }
}
