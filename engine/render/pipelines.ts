// Surface pipelines from explicit keys, created when a scene is first drawn with a program and cached for the
// engine's life.
import type { Device, GpuPipeline, PrimitiveTopology, RenderPipelineDescriptor } from '../gpu/types';
import type { AlphaMode } from '../scene/types';
import { FRAME_GROUP, MATERIAL_GROUP, OBJECT_GROUP } from './pbr-program';
import { drawsBlended, PROGRAMS, type ProgramId } from './programs';
import { specializeShader, variantKey } from './shader-features';
import { vertexBuffersFor, vertexLayoutKey } from './vertex-attributes';

export interface PipelineKey {
  program: ProgramId;
  topology: PrimitiveTopology;
  alphaMode: AlphaMode;
  doubleSided: boolean;
  /** The world matrix has a negative determinant, so the winding flips. */
  mirrored: boolean;
  sampleCount: 1 | 4;
  /**
   * The material's shader features (materialFeatures) and the geometry's (GeometryGpu.features): the program's
   * variant and the vertex buffers are built for them.
   */
  features: ReadonlySet<string>;
}

/** Lines and points have no faces: culling and winding do not apply, so they share one key per alpha mode. */
export function normalizeKey(key: PipelineKey): PipelineKey {
  if (key.topology === 'triangle-list') return key;
  return { ...key, doubleSided: true, mirrored: false };
}

export function pipelineKeyString(key: PipelineKey): string {
  const k = normalizeKey(key);
  const variant = variantKey(PROGRAMS[k.program].shader, k.features);
  // the vertex buffers follow the geometry's attributes, which the variant may read only some of
  return `${k.program}|${k.topology}|${k.alphaMode}|${k.doubleSided ? 'double' : 'single'}|${k.mirrored ? 'cw' : 'ccw'}|x${k.sampleCount}|${variant}|${vertexLayoutKey(k.features)}`;
}

export function surfacePipelineDescriptor(key: PipelineKey): RenderPipelineDescriptor {
  const k = normalizeKey(key);
  const program = PROGRAMS[k.program];
  const blended = drawsBlended(program, k.alphaMode);
  return {
    label: `surface/${pipelineKeyString(k)}`,
    shader: specializeShader(program.shader, k.features),
    bindGroups: [FRAME_GROUP, MATERIAL_GROUP, OBJECT_GROUP],
    vertexBuffers: vertexBuffersFor(k.features),
    topology: k.topology,
    // see-through looks show the back faces too
    cullMode: k.doubleSided || program.seeThrough ? 'none' : 'back',
    frontFace: k.mirrored ? 'cw' : 'ccw',
    // Transparent surfaces test depth but do not write it, so those behind them (drawn earlier) still show.
    depth: { write: !blended, compare: 'less' },
    // The shaders write premultiplied colour (see pbr.wgsl), so 'over' is the premultiplied blend.
    blend: program.seeThrough ?? (blended || program.blendsOpaque ? 'premultiplied' : 'none'),
    sampleCount: k.sampleCount,
  };
}

export class PipelineCache {
  private readonly pipelines = new Map<string, GpuPipeline>();

  constructor(private readonly device: Device) {}

  get(key: PipelineKey): GpuPipeline {
    const id = pipelineKeyString(key);
    let pipeline = this.pipelines.get(id);
    if (!pipeline) {
      pipeline = this.device.createPipeline(surfacePipelineDescriptor(key));
      this.pipelines.set(id, pipeline);
    }
    return pipeline;
  }

  get size(): number {
    return this.pipelines.size;
  }

  destroy(): void {
    for (const p of this.pipelines.values()) p.destroy();
    this.pipelines.clear();
  }
}
