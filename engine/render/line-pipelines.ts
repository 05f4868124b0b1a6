// The line looks' pipelines and the one quad every edge instance is drawn with. Both depth variants are made
// together the first time lines are drawn at a sample count, so turning hidden lines on or off creates nothing.
import type { Device, GpuBuffer, GpuPipeline, RenderPipelineDescriptor, ShaderSource, VertexBufferLayout } from '../gpu/types';
import linesFragmentGlsl from '../../shaders/lines/lines.frag.glsl?raw';
import linesVertexGlsl from '../../shaders/lines/lines.vert.glsl?raw';
import linesWgsl from '../../shaders/lines/lines.wgsl?raw';
import { EDGE_FLOATS } from './edges';
import { FRAME_GROUP, MATERIAL_GROUP, OBJECT_GROUP } from './pbr-program';
import { resolveIncludes } from './shader-library';

/** How a look draws its lines; which edges, their width and colour are in its Style block (see lines.wgsl). */
export interface LineLook {
  /** True: lines behind surfaces are hidden (depth-tested); false: every line shows. */
  hideHidden: boolean;
}

export const LINE_SHADER: ShaderSource = {
  label: 'lines',
  wgsl: resolveIncludes(linesWgsl, 'wgsl'),
  glslVertex: resolveIncludes(linesVertexGlsl, 'glsl'),
  glslFragment: resolveIncludes(linesFragmentGlsl, 'glsl'),
};

/** Slot 0: the quad's corners, per vertex; slot 1: the edges (edges.ts), one per instance. */
export const LINE_VERTEX_BUFFERS: VertexBufferLayout[] = [
  { arrayStride: 8, attributes: [{ location: 0, format: 'float32x2', offset: 0 }] },
  {
    arrayStride: EDGE_FLOATS * 4,
    stepMode: 'instance',
    attributes: [0, 1, 2, 3].map((i) => ({ location: i + 1, format: 'float32x4' as const, offset: i * 16 })),
  },
];

/** Two triangles; x: which end of the edge, y: which side of it. */
const QUAD_CORNERS = new Float32Array([0, -1, 1, -1, 1, 1, 0, -1, 1, 1, 0, 1]);
export const QUAD_VERTEX_COUNT = 6;

export function linePipelineDescriptor(sampleCount: 1 | 4, hideHidden: boolean): RenderPipelineDescriptor {
  return {
    label: `lines|${hideHidden ? 'depth-tested' : 'always'}|x${sampleCount}`,
    shader: LINE_SHADER,
    // the material group is unused but bound, as for the surfaces drawn before, so nothing is rebound
    bindGroups: [FRAME_GROUP, MATERIAL_GROUP, OBJECT_GROUP],
    vertexBuffers: LINE_VERTEX_BUFFERS,
    topology: 'triangle-list',
    cullMode: 'none',
    frontFace: 'ccw',
    // lines never hide each other or the surfaces; the shader moves them toward the eye to win over their own faces
    depth: { write: false, compare: hideHidden ? 'less-equal' : 'always' },
    // the shader's coverage antialiases the line, so it blends over what is there
    blend: 'premultiplied',
    sampleCount,
  };
}

export class LinePipelines {
  private readonly pipelines = new Map<string, GpuPipeline>();
  private quad: GpuBuffer | null = null;

  constructor(private readonly device: Device) {}

  /** The quad's corner buffer, made with the first line pipeline. */
  get corners(): GpuBuffer {
    this.quad ??= this.device.createBuffer({ label: 'lines/quad-corners', usage: 'vertex', data: QUAD_CORNERS });
    return this.quad;
  }

  get(sampleCount: 1 | 4, hideHidden: boolean): GpuPipeline {
    const key = `${sampleCount}|${hideHidden}`;
    let pipeline = this.pipelines.get(key);
    if (!pipeline) {
      for (const hide of [true, false]) this.pipelines.set(`${sampleCount}|${hide}`, this.device.createPipeline(linePipelineDescriptor(sampleCount, hide)));
      pipeline = this.pipelines.get(key)!;
    }
    return pipeline;
  }

  destroy(): void {
    for (const p of this.pipelines.values()) p.destroy();
    this.pipelines.clear();
    this.quad?.destroy();
    this.quad = null;
  }
}
