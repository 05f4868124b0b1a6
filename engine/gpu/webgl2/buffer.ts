// GpuBuffer on a WebGLBuffer: vertex, index or uniform data.
import type { BufferDescriptor, BufferUsage, GpuBuffer } from '../types';
import { bufferTarget, bufferUsageHint, GL } from './conv';
import type { WebGL2Context } from './device';

const roundUp4 = (n: number) => Math.ceil(n / 4) * 4;

function bytesOf(data: ArrayBufferView): Uint8Array {
  return new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
}

export class WebGL2Buffer implements GpuBuffer {
  readonly label: string;
  readonly size: number;
  readonly usage: BufferUsage;
  readonly handle: WebGLBuffer;
  private destroyed = false;

  constructor(private readonly ctx: WebGL2Context, descriptor: BufferDescriptor) {
    const { label, usage, data } = descriptor;
    const requested = data ? data.byteLength : descriptor.size ?? 0;
    if (!(requested >= 0)) throw new Error(`Buffer '${label}': size must be a non-negative number`);
    this.label = label;
    this.usage = usage;
    // Sizes as on WebGPU (whole words, at least one), so both backends report the same bytes.
    this.size = Math.max(4, roundUp4(requested));
    const handle = ctx.gl.createBuffer();
    if (!handle) throw new Error(`Buffer '${label}': WebGL2 gave no buffer (is the context lost?)`);
    this.handle = handle;
    const target = this.bind();
    ctx.gl.bufferData(target, this.size, bufferUsageHint(usage));
    if (data) ctx.gl.bufferSubData(target, 0, bytesOf(data));
    const stats = ctx.stats;
    stats.buffersCreated++;
    stats.liveBuffers++;
    stats.liveBytes += this.size;
  }

  write(data: ArrayBufferView, byteOffset = 0): void {
    if (this.destroyed) throw new Error(`Buffer '${this.label}' was destroyed`);
    if (byteOffset % 4 !== 0) throw new Error(`Buffer '${this.label}': byteOffset ${byteOffset} is not a multiple of 4`);
    if (byteOffset + data.byteLength > this.size) {
      throw new Error(`Buffer '${this.label}': writing ${data.byteLength} bytes at ${byteOffset} overruns its ${this.size} bytes`);
    }
    this.ctx.gl.bufferSubData(this.bind(), byteOffset, bytesOf(data));
  }

  destroy(): void {
    if (this.destroyed) return;
    this.destroyed = true;
    this.ctx.state.forget(this.handle);
    this.ctx.gl.deleteBuffer(this.handle);
    this.ctx.stats.liveBuffers--;
    this.ctx.stats.liveBytes -= this.size;
  }

  /** Binds the buffer where it can be filled without disturbing a draw's bindings; returns that target. */
  private bind(): number {
    const target = bufferTarget(this.usage);
    if (target === GL.ELEMENT_ARRAY_BUFFER) {
      // The index binding belongs to the bound vertex array; the default one is nobody's.
      this.ctx.state.bindVertexArray(null);
      this.ctx.gl.bindBuffer(target, this.handle);
    } else {
      this.ctx.state.bindCopyWriteBuffer(this.handle);
    }
    return target;
  }
}
