// The render pass encoder. GL runs commands as they come, so the pass clears at once, records what is set,
// brings GL up to date at each draw (through the state cache) and resolves the target at end().
import type { GpuBindGroup, GpuBuffer, GpuPipeline, RenderPassDescriptor, RenderPassEncoder } from '../types';
import { WebGL2Buffer } from './buffer';
import { GL } from './conv';
import type { WebGL2Context } from './device';
import type { WebGL2BindGroup, WebGL2Pipeline } from './pipeline';
import type { WebGL2RenderTarget } from './target';
import { WebGL2Sampler, WebGL2Texture } from './texture';
import type { PassTiming } from './timer';

// Module-scope so clearing allocates nothing per frame.
const clearColor = new Float32Array(4);
const clearDepth = new Float32Array([1]);

export class WebGL2RenderPass implements RenderPassEncoder {
  private readonly target: WebGL2RenderTarget;
  private pipeline: WebGL2Pipeline | null = null;
  private readonly groups: (WebGL2BindGroup | null)[] = [null, null, null];
  private readonly vertexBuffers: (WebGL2Buffer | null)[] = [];
  private readonly vertexOffsets: number[] = [];
  private indexBuffer: WebGL2Buffer | null = null;
  private ended = false;
  private readonly timing: PassTiming | undefined;

  constructor(private readonly ctx: WebGL2Context, private readonly descriptor: RenderPassDescriptor) {
    this.target = descriptor.target as WebGL2RenderTarget;
    this.target.bindForPass();
    const { gl, state } = ctx;
    this.timing = ctx.timer.begin();
    // Masks apply to clears too; the next draw sets the pipeline's own.
    state.setColorWrite(true);
    state.setDepthWrite(true);
    clearColor.set(descriptor.clearColor);
    gl.clearBufferfv(GL.COLOR, 0, clearColor);
    gl.clearBufferfv(GL.DEPTH, 0, clearDepth);
  }

  setPipeline(pipeline: GpuPipeline): void {
    const p = pipeline as WebGL2Pipeline;
    if (p.descriptor.sampleCount !== this.target.sampleCount) {
      // WebGPU rejects this; GL would draw anyway, and hide the mistake on one backend only.
      this.ctx.report(`Pass '${this.descriptor.label}': pipeline '${p.label}' has sampleCount ${p.descriptor.sampleCount}, its target ${this.target.sampleCount}`);
    }
    this.pipeline = p;
  }

  setBindGroup(index: 0 | 1 | 2, group: GpuBindGroup): void {
    this.groups[index] = group as WebGL2BindGroup;
  }

  setVertexBuffer(slot: number, buffer: GpuBuffer, byteOffset = 0): void {
    // WebGL fixes a buffer's kind when first bound, so a misused one would only fail inside GL.
    if (buffer.usage !== 'vertex') this.ctx.report(`Pass '${this.descriptor.label}': buffer '${buffer.label}' is not a vertex buffer`);
    this.vertexBuffers[slot] = buffer as WebGL2Buffer;
    this.vertexOffsets[slot] = byteOffset;
  }

  setIndexBuffer(buffer: GpuBuffer, _format: 'uint32'): void {
    if (buffer.usage !== 'index') this.ctx.report(`Pass '${this.descriptor.label}': buffer '${buffer.label}' is not an index buffer`);
    this.indexBuffer = buffer as WebGL2Buffer;
  }

  draw(vertexCount: number, instanceCount = 1, firstVertex = 0): void {
    const pipeline = this.prepare(false);
    if (!pipeline) return;
    if (instanceCount === 1) this.ctx.gl.drawArrays(pipeline.mode, firstVertex, vertexCount);
    else this.ctx.gl.drawArraysInstanced(pipeline.mode, firstVertex, vertexCount, instanceCount);
    this.ctx.stats.drawCalls++;
  }

  drawIndexed(indexCount: number, instanceCount = 1, firstIndex = 0): void {
    const pipeline = this.prepare(true);
    if (!pipeline) return;
    const byteOffset = firstIndex * 4;
    if (instanceCount === 1) this.ctx.gl.drawElements(pipeline.mode, indexCount, GL.UNSIGNED_INT, byteOffset);
    else this.ctx.gl.drawElementsInstanced(pipeline.mode, indexCount, GL.UNSIGNED_INT, byteOffset, instanceCount);
    this.ctx.stats.drawCalls++;
  }

  end(): void {
    if (this.ended) return;
    this.ended = true;
    this.target.resolve();
    this.timing?.end();
  }

  /** Brings program, state, vertex array and bindings up to date; null (and a reported error) when the draw cannot happen. */
  private prepare(indexed: boolean): WebGL2Pipeline | null {
    const pipeline = this.pipeline;
    const where = `Pass '${this.descriptor.label}'`;
    if (this.ended) return this.fail(`${where}: drawing after end()`);
    if (!pipeline) return this.fail(`${where}: drawing without a pipeline`);
    const { gl, state } = this.ctx;
    // Resources made mid-pass may have bound other framebuffers or units; the cache makes this free otherwise.
    state.bindDrawFramebuffer(this.target.handle.framebuffer);
    state.viewport(this.target.width, this.target.height);
    state.useProgram(pipeline.handle);
    state.applyPipeline(pipeline.state);
    state.bindVertexArray(pipeline.vertexArray);
    const shadow = pipeline.shadow;
    const slots = pipeline.vertexSlots;
    for (let slot = 0; slot < slots.length; slot++) {
      const buffer = this.vertexBuffers[slot];
      if (!buffer) return this.fail(`${where}: pipeline '${pipeline.label}' needs a vertex buffer in slot ${slot}`);
      const offset = this.vertexOffsets[slot];
      if (shadow.buffers[slot] === buffer.handle && shadow.offsets[slot] === offset) continue;
      shadow.buffers[slot] = buffer.handle;
      shadow.offsets[slot] = offset;
      state.bindArrayBuffer(buffer.handle);
      const { stride, attributes } = slots[slot];
      for (const a of attributes) gl.vertexAttribPointer(a.location, a.components, GL.FLOAT, false, stride, offset + a.offset);
    }
    if (indexed) {
      const index = this.indexBuffer;
      if (!index) return this.fail(`${where}: drawIndexed without an index buffer`);
      if (shadow.index !== index.handle) {
        // The element binding is part of the bound vertex array, so this points the pipeline's own.
        shadow.index = index.handle;
        gl.bindBuffer(GL.ELEMENT_ARRAY_BUFFER, index.handle);
      }
    }
    return this.bindResources(pipeline, where);
  }

  private bindResources(pipeline: WebGL2Pipeline, where: string): WebGL2Pipeline | null {
    const state = this.ctx.state;
    const { uniforms, textures } = pipeline.program;
    for (let i = 0; i < uniforms.length; i++) {
      const u = uniforms[i];
      const group = this.groups[u.group];
      if (!group) return this.fail(`${where}: pipeline '${pipeline.label}' needs a bind group at index ${u.group}`);
      const buffer = group.resources[u.binding];
      if (!(buffer instanceof WebGL2Buffer)) return this.fail(`${where}: bind group '${group.label}' has no uniform buffer at binding ${u.binding}`);
      state.bindUniformBuffer(u.point, buffer.handle, group.offsets[u.binding], group.sizes[u.binding]);
    }
    for (let i = 0; i < textures.length; i++) {
      const t = textures[i];
      const group = this.groups[t.group];
      if (!group) return this.fail(`${where}: pipeline '${pipeline.label}' needs a bind group at index ${t.group}`);
      const texture = group.resources[t.binding];
      const sampler = group.resources[t.sampler];
      if (!(texture instanceof WebGL2Texture) || !(sampler instanceof WebGL2Sampler)) {
        return this.fail(`${where}: bind group '${group.label}' lacks the texture ${t.binding} or sampler ${t.sampler}`);
      }
      state.bindTexture(t.unit, texture.handle);
      state.bindSampler(t.unit, sampler.handle);
    }
    return pipeline;
  }

  /** As on WebGPU, a bad draw is an error event and draws nothing; it does not throw mid-frame. */
  private fail(message: string): null {
    this.ctx.report(message);
    return null;
  }
}
