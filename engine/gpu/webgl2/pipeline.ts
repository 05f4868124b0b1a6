// Render pipelines (a linked program, a fixed-function state record and a vertex array) and bind groups
// (records of resources, bound at draw time by the pass).
import type { BindGroupDescriptor, BindGroupEntry, BindGroupLayout, GpuBindGroup, GpuPipeline, GpuResource, RenderPipelineDescriptor } from '../types';
import { WebGL2Buffer } from './buffer';
import { blendFactors, cullFace, depthFunc, frontFace, primitiveMode, vertexComponents } from './conv';
import type { WebGL2Context } from './device';
import type { LinkedProgram } from './program';
import type { PipelineState } from './state';
import { WebGL2Sampler, WebGL2Texture } from './texture';

export interface VertexAttributePointer {
  location: number;
  components: number;
  offset: number;
}

export interface VertexSlot {
  stride: number;
  attributes: VertexAttributePointer[];
}

/** What the pipeline's vertex array points at now, so unchanged buffers are not re-pointed. */
export interface VertexArrayShadow {
  buffers: (WebGLBuffer | null)[];
  offsets: number[];
  index: WebGLBuffer | null;
}

export class WebGL2Pipeline implements GpuPipeline {
  readonly label: string;
  /** The linked program, shared with every pipeline of the same shader and layout. */
  readonly handle: WebGLProgram;
  readonly program: LinkedProgram;
  readonly state: PipelineState;
  readonly mode: number;
  readonly vertexSlots: VertexSlot[];
  /** The pipeline's own vertex array: attribute enables are set once, pointers as buffers change. */
  readonly vertexArray: WebGLVertexArrayObject;
  readonly shadow: VertexArrayShadow;
  private destroyed = false;

  constructor(private readonly ctx: WebGL2Context, readonly descriptor: RenderPipelineDescriptor) {
    const d = descriptor;
    this.label = d.label;
    this.program = ctx.programs.get(d.shader, d.bindGroups);
    this.handle = this.program.handle;
    this.mode = primitiveMode(d.topology);
    this.state = {
      cullFace: cullFace(d.cullMode),
      frontFace: frontFace(d.frontFace),
      depthWrite: d.depth.write,
      depthFunc: depthFunc(d.depth.compare),
      blend: blendFactors(d.blend),
      colorWrite: d.writeColor !== false,
    };
    this.vertexSlots = d.vertexBuffers.map((b) => ({
      stride: b.arrayStride,
      attributes: b.attributes.map((a) => ({ location: a.location, components: vertexComponents(a.format), offset: a.offset })),
    }));
    const vertexArray = ctx.gl.createVertexArray();
    if (!vertexArray) throw new Error(`Pipeline '${d.label}': WebGL2 gave no vertex array (is the context lost?)`);
    this.vertexArray = vertexArray;
    ctx.state.bindVertexArray(vertexArray);
    d.vertexBuffers.forEach((b, slot) => {
      for (const a of this.vertexSlots[slot].attributes) {
        ctx.gl.enableVertexAttribArray(a.location);
        // The divisor is vertex-array state, so it is set once here, like the enables.
        if (b.stepMode === 'instance') ctx.gl.vertexAttribDivisor(a.location, 1);
      }
    });
    this.shadow = { buffers: this.vertexSlots.map(() => null), offsets: this.vertexSlots.map(() => -1), index: null };
    ctx.stats.pipelinesCreated++;
  }

  destroy(): void {
    if (this.destroyed) return;
    this.destroyed = true;
    this.ctx.state.forget(this.vertexArray);
    this.ctx.gl.deleteVertexArray(this.vertexArray);
  }
}

/** Why the entries do not fit the layout, or null when they do. */
function entriesProblem(descriptor: BindGroupDescriptor, alignment: number): string | null {
  const { label, layout, entries } = descriptor;
  for (const b of layout.bindings) {
    const entry = entries.find((e) => e.binding === b.binding);
    const resource = entry?.resource;
    const expected = b.kind === 'uniform' ? WebGL2Buffer : b.kind === 'texture' ? WebGL2Texture : WebGL2Sampler;
    if (!(resource instanceof expected)) {
      return `Bind group '${label}': binding ${b.binding} ('${b.name}') needs a ${b.kind} made by this WebGL2 device`;
    }
    if (resource instanceof WebGL2Buffer && resource.usage !== 'uniform') {
      return `Bind group '${label}': binding ${b.binding} ('${b.name}') is a '${resource.usage}' buffer, not a 'uniform' one`;
    }
    if (entry && (entry.offset !== undefined || entry.size !== undefined)) {
      const problem = rangeProblem(entry, alignment);
      if (problem) return `Bind group '${label}': binding ${b.binding} ('${b.name}') ${problem}`;
    }
  }
  return null;
}

/** Why a uniform buffer range is unusable (as WebGPU would refuse it), or null. */
function rangeProblem(entry: BindGroupEntry, alignment: number): string | null {
  const offset = entry.offset ?? 0;
  if (!(entry.resource instanceof WebGL2Buffer)) return 'has a range but is not a buffer';
  const size = entry.size ?? entry.resource.size - offset;
  if (offset % alignment !== 0) return `starts at ${offset}, not a multiple of ${alignment}`;
  if (size <= 0 || offset + size > entry.resource.size) return `range ${offset}+${size} is outside the buffer's ${entry.resource.size} bytes`;
  return null;
}

export class WebGL2BindGroup implements GpuBindGroup {
  readonly label: string;
  readonly layout: BindGroupLayout;
  /** Indexed by binding number. */
  readonly resources: (GpuResource | undefined)[] = [];
  /** A uniform buffer's bound range by binding number: size 0 binds the whole buffer. */
  readonly offsets: number[] = [];
  readonly sizes: number[] = [];
  private destroyed = false;

  constructor(private readonly ctx: WebGL2Context, descriptor: BindGroupDescriptor) {
    this.label = descriptor.label;
    this.layout = descriptor.layout;
    const problem = entriesProblem(descriptor, ctx.limits.uniformOffsetAlignment);
    if (problem) throw ctx.fail(problem);
    for (const e of descriptor.entries) {
      this.resources[e.binding] = e.resource;
      const ranged = e.offset !== undefined || e.size !== undefined;
      this.offsets[e.binding] = e.offset ?? 0;
      this.sizes[e.binding] = ranged && e.resource instanceof WebGL2Buffer ? e.size ?? e.resource.size - (e.offset ?? 0) : 0;
    }
    ctx.stats.bindGroupsCreated++;
    ctx.stats.liveBindGroups++;
  }

  /** A record of resources it does not own; only the live count changes. */
  destroy(): void {
    if (this.destroyed) return;
    this.destroyed = true;
    this.ctx.stats.liveBindGroups--;
  }
}
