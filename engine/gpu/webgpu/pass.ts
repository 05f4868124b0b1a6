// The render pass encoder: one command encoder per pass, submitted when the pass ends.
import type { GpuBindGroup, GpuBuffer, GpuPipeline, RenderPassDescriptor, RenderPassEncoder } from '../types';
import type { WebGPUBuffer } from './buffer';
import type { WebGPUContext } from './device';
import type { WebGPUBindGroup, WebGPUPipeline } from './pipeline';
import type { WebGPURenderTarget } from './target';
import type { PassTiming } from './timer';

export class WebGPURenderPass implements RenderPassEncoder {
  private readonly encoder: GPUCommandEncoder;
  private readonly pass: GPURenderPassEncoder;
  private ended = false;
  private readonly timing: PassTiming | undefined;

  constructor(private readonly ctx: WebGPUContext, descriptor: RenderPassDescriptor) {
    const target = descriptor.target as WebGPURenderTarget;
    const { color, resolveTarget, depth } = target.attachments();
    const [r, g, b, a] = descriptor.clearColor;
    this.encoder = ctx.device.createCommandEncoder({ label: descriptor.label });
    this.timing = ctx.timer.take(descriptor.label);
    this.pass = this.encoder.beginRenderPass({
      label: descriptor.label,
      timestampWrites: this.timing?.timestampWrites,
      colorAttachments: [{
        view: color,
        resolveTarget,
        clearValue: { r, g, b, a },
        loadOp: 'clear',
        // Every pass clears, so the multisampled image is not needed once resolved.
        storeOp: resolveTarget ? 'discard' : 'store',
      }],
      depthStencilAttachment: { view: depth, depthClearValue: 1, depthLoadOp: 'clear', depthStoreOp: 'discard' },
    });
  }

  setPipeline(pipeline: GpuPipeline): void {
    this.pass.setPipeline((pipeline as WebGPUPipeline).handle);
  }

  setBindGroup(index: 0 | 1 | 2, group: GpuBindGroup): void {
    this.pass.setBindGroup(index, (group as WebGPUBindGroup).handle);
  }

  setVertexBuffer(slot: number, buffer: GpuBuffer, byteOffset = 0): void {
    this.pass.setVertexBuffer(slot, (buffer as WebGPUBuffer).handle, byteOffset);
  }

  setIndexBuffer(buffer: GpuBuffer, format: 'uint32'): void {
    this.pass.setIndexBuffer((buffer as WebGPUBuffer).handle, format);
  }

  draw(vertexCount: number, instanceCount = 1, firstVertex = 0): void {
    this.pass.draw(vertexCount, instanceCount, firstVertex);
    this.ctx.stats.drawCalls++;
  }

  drawIndexed(indexCount: number, instanceCount = 1, firstIndex = 0): void {
    this.pass.drawIndexed(indexCount, instanceCount, firstIndex);
    this.ctx.stats.drawCalls++;
  }

  end(): void {
    if (this.ended) return;
    this.ended = true;
    this.pass.end();
    this.timing?.resolve(this.encoder);
    this.ctx.device.queue.submit([this.encoder.finish()]);
    this.timing?.read();
  }
}
