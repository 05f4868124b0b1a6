// GpuBuffer on a GPUBuffer: vertex, index or uniform data, written through the queue.
import type { BufferDescriptor, BufferUsage, GpuBuffer } from '../types';
import { bufferUsageFlags } from './conv';
import type { WebGPUContext } from './device';

const roundUp4 = (n: number) => Math.ceil(n / 4) * 4;

function bytesOf(data: ArrayBufferView): Uint8Array {
  return new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
}

export class WebGPUBuffer implements GpuBuffer {
  readonly label: string;
  readonly size: number;
  readonly usage: BufferUsage;
  readonly handle: GPUBuffer;
  private destroyed = false;

  constructor(private readonly ctx: WebGPUContext, descriptor: BufferDescriptor) {
    const { label, usage, data } = descriptor;
    const requested = data ? data.byteLength : descriptor.size ?? 0;
    if (!(requested >= 0)) throw new Error(`Buffer '${label}': size must be a non-negative number`);
    this.label = label;
    this.usage = usage;
    // WebGPU copies in 4-byte units; an empty buffer still gets one word so it can be bound.
    this.size = Math.max(4, roundUp4(requested));
    this.handle = ctx.device.createBuffer({ label, size: this.size, usage: bufferUsageFlags(usage), mappedAtCreation: !!data });
    if (data) {
      new Uint8Array(this.handle.getMappedRange()).set(bytesOf(data));
      this.handle.unmap();
    }
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
    let bytes = bytesOf(data);
    if (bytes.byteLength % 4 !== 0) {
      // writeBuffer takes whole words; the padding stays inside the rounded-up size.
      const padded = new Uint8Array(roundUp4(bytes.byteLength));
      padded.set(bytes);
      bytes = padded;
    }
    this.ctx.device.queue.writeBuffer(this.handle, byteOffset, bytes.buffer, bytes.byteOffset, bytes.byteLength);
  }

  destroy(): void {
    if (this.destroyed) return;
    this.destroyed = true;
    this.handle.destroy();
    this.ctx.stats.liveBuffers--;
    this.ctx.stats.liveBytes -= this.size;
  }
}
