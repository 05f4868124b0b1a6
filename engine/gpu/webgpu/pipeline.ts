// Render pipelines and bind groups. Layouts are explicit and cached by key, so a bind group made for one
// BindGroupLayout works with every pipeline that declares an equal layout.
import { COLOR_FORMAT } from '../types';
import type { BindGroupDescriptor, BindGroupEntry, BindGroupLayout, GpuBindGroup, GpuPipeline, RenderPipelineDescriptor } from '../types';
import { WebGPUBuffer } from './buffer';
import { bindGroupLayoutEntry, blendState, colorWriteMask, DEPTH_FORMAT } from './conv';
import type { WebGPUContext } from './device';
import { WebGPUSampler, WebGPUTexture } from './texture';

/** Only what WebGPU sees: binding numbers and kinds (GLSL names and the group index do not change the layout). */
export function bindGroupLayoutKey(layout: BindGroupLayout): string {
  return [...layout.bindings]
    .sort((a, b) => a.binding - b.binding)
    .map((b) => `${b.binding}:${b.kind}`)
    .join(',');
}

export class LayoutCache {
  private readonly bindGroupLayouts = new Map<string, GPUBindGroupLayout>();
  private readonly pipelineLayouts = new Map<string, GPUPipelineLayout>();
  private readonly shaderModules = new Map<string, GPUShaderModule>();

  constructor(private readonly device: GPUDevice) {}

  bindGroupLayout(layout: BindGroupLayout): GPUBindGroupLayout {
    const key = bindGroupLayoutKey(layout);
    let result = this.bindGroupLayouts.get(key);
    if (!result) {
      result = this.device.createBindGroupLayout({
        label: `layout(${key})`,
        entries: layout.bindings.map((b) => bindGroupLayoutEntry(b.binding, b.kind)),
      });
      this.bindGroupLayouts.set(key, result);
    }
    return result;
  }

  /** Groups the pipeline skips get an empty layout, since WebGPU indexes layouts by group number. */
  pipelineLayout(groups: BindGroupLayout[]): GPUPipelineLayout {
    const count = groups.reduce((n, g) => Math.max(n, g.group + 1), 0);
    const perGroup: BindGroupLayout[] = Array.from({ length: count }, (_, group) => ({ group: group as 0 | 1 | 2, bindings: [] }));
    for (const g of groups) perGroup[g.group] = g;
    const key = perGroup.map(bindGroupLayoutKey).join('|');
    let result = this.pipelineLayouts.get(key);
    if (!result) {
      result = this.device.createPipelineLayout({ label: `pipeline-layout(${key})`, bindGroupLayouts: perGroup.map((g) => this.bindGroupLayout(g)) });
      this.pipelineLayouts.set(key, result);
    }
    return result;
  }

  shaderModule(label: string, code: string): GPUShaderModule {
    let result = this.shaderModules.get(code);
    if (!result) {
      result = this.device.createShaderModule({ label, code });
      this.shaderModules.set(code, result);
    }
    return result;
  }
}

export class WebGPUPipeline implements GpuPipeline {
  readonly label: string;
  readonly handle: GPURenderPipeline;

  constructor(ctx: WebGPUContext, readonly descriptor: RenderPipelineDescriptor) {
    const d = descriptor;
    this.label = d.label;
    const module = ctx.layouts.shaderModule(d.shader.label, d.shader.wgsl);
    const blend = blendState(d.blend);
    this.handle = ctx.device.createRenderPipeline({
      label: d.label,
      layout: ctx.layouts.pipelineLayout(d.bindGroups),
      vertex: {
        module,
        entryPoint: 'vs_main',
        buffers: d.vertexBuffers.map((b) => ({
          arrayStride: b.arrayStride,
          stepMode: b.stepMode ?? 'vertex',
          attributes: b.attributes.map((a) => ({ shaderLocation: a.location, format: a.format, offset: a.offset })),
        })),
      },
      fragment: {
        module,
        entryPoint: 'fs_main',
        targets: [{ format: COLOR_FORMAT, writeMask: colorWriteMask(d.writeColor), ...(blend ? { blend } : {}) }],
      },
      primitive: { topology: d.topology, cullMode: d.cullMode, frontFace: d.frontFace },
      depthStencil: { format: DEPTH_FORMAT, depthWriteEnabled: d.depth.write, depthCompare: d.depth.compare },
      multisample: { count: d.sampleCount },
    });
    ctx.stats.pipelinesCreated++;
  }

  /** GPURenderPipelines are garbage-collected; nothing to free. */
  destroy(): void {}
}

function bindingResource({ resource, offset, size }: BindGroupEntry, label: string): GPUBindingResource {
  if (resource instanceof WebGPUBuffer) return { buffer: resource.handle, offset, size };
  if (resource instanceof WebGPUTexture) return resource.view;
  if (resource instanceof WebGPUSampler) return resource.handle;
  throw new Error(`Bind group '${label}': a resource was not made by this WebGPU device`);
}

export class WebGPUBindGroup implements GpuBindGroup {
  readonly label: string;
  readonly handle: GPUBindGroup;
  private destroyed = false;

  constructor(private readonly ctx: WebGPUContext, descriptor: BindGroupDescriptor) {
    this.label = descriptor.label;
    this.handle = ctx.device.createBindGroup({
      label: descriptor.label,
      layout: ctx.layouts.bindGroupLayout(descriptor.layout),
      entries: descriptor.entries.map((e) => ({ binding: e.binding, resource: bindingResource(e, descriptor.label) })),
    });
    ctx.stats.bindGroupsCreated++;
    ctx.stats.liveBindGroups++;
  }

  /** GPUBindGroups are garbage-collected; only the live count changes. */
  destroy(): void {
    if (this.destroyed) return;
    this.destroyed = true;
    this.ctx.stats.liveBindGroups--;
  }
}
