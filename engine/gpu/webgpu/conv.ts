// Translation of the contract's vocabulary into WebGPU descriptors. Most enum strings are WebGPU's own;
// what needs translating is usage flags and blend modes.
import type { BindingKind, BlendMode, BufferUsage } from '../types';

export const DEPTH_FORMAT: GPUTextureFormat = 'depth24plus';

export function bufferUsageFlags(usage: BufferUsage): GPUBufferUsageFlags {
  switch (usage) {
    case 'vertex':
      return GPUBufferUsage.VERTEX | GPUBufferUsage.COPY_DST;
    case 'index':
      return GPUBufferUsage.INDEX | GPUBufferUsage.COPY_DST;
    case 'uniform':
      return GPUBufferUsage.UNIFORM | GPUBufferUsage.COPY_DST;
  }
}

/** Undefined means blending off. */
export function blendState(mode: BlendMode): GPUBlendState | undefined {
  switch (mode) {
    case 'none':
      return undefined;
    case 'alpha':
      // Straight-alpha source: colour is weighted by its alpha, alpha accumulates "over".
      return {
        color: { srcFactor: 'src-alpha', dstFactor: 'one-minus-src-alpha', operation: 'add' },
        alpha: { srcFactor: 'one', dstFactor: 'one-minus-src-alpha', operation: 'add' },
      };
    case 'premultiplied':
      return {
        color: { srcFactor: 'one', dstFactor: 'one-minus-src-alpha', operation: 'add' },
        alpha: { srcFactor: 'one', dstFactor: 'one-minus-src-alpha', operation: 'add' },
      };
    case 'additive':
      return {
        color: { srcFactor: 'one', dstFactor: 'one', operation: 'add' },
        alpha: { srcFactor: 'one', dstFactor: 'one', operation: 'add' },
      };
  }
}

const VISIBILITY = GPUShaderStage.VERTEX | GPUShaderStage.FRAGMENT;

export function bindGroupLayoutEntry(binding: number, kind: BindingKind): GPUBindGroupLayoutEntry {
  switch (kind) {
    case 'uniform':
      return { binding, visibility: VISIBILITY, buffer: { type: 'uniform' } };
    case 'texture':
      return { binding, visibility: VISIBILITY, texture: { sampleType: 'float', viewDimension: '2d', multisampled: false } };
    case 'sampler':
      return { binding, visibility: VISIBILITY, sampler: { type: 'filtering' } };
  }
}

export function colorWriteMask(writeColor: boolean | undefined): GPUColorWriteFlags {
  return writeColor === false ? 0 : GPUColorWrite.ALL;
}
