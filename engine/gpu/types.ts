// The device contract: everything above engine/gpu speaks these types, never GPUDevice or
// WebGL2RenderingContext. WebGPU's vocabulary (enum strings, groups and bindings) is the contract's;
// the WebGL2 backend translates it in webgl2/conv.ts.

export type BackendName = 'webgpu' | 'webgl2';
export type BackendChoice = BackendName | 'auto';

/** Clip-space depth range of the backend; projection matrices are chosen from it in one place. */
export type ClipDepth = 'zero-to-one' | 'negative-one-to-one';

export type BufferUsage = 'vertex' | 'index' | 'uniform';
/** Sampled-texture formats. '-srgb' decodes to linear on sampling (base colour, emissive). */
export type TextureFormat = 'rgba8unorm' | 'rgba8unorm-srgb';
/** Every colour attachment the engine renders to is rgba8unorm; shaders write display-ready (sRGB-encoded) values. */
export const COLOR_FORMAT = 'rgba8unorm' as const;
export type PrimitiveTopology = 'point-list' | 'line-list' | 'triangle-list';
export type CullMode = 'none' | 'back' | 'front';
export type FrontFace = 'ccw' | 'cw';
export type CompareFunction = 'less' | 'less-equal' | 'always';
/** 'alpha': src*a + dst*(1-a) for colour, src + dst*(1-a) for alpha (straight-alpha source). */
export type BlendMode = 'none' | 'alpha' | 'premultiplied' | 'additive';
export type AddressMode = 'repeat' | 'clamp-to-edge' | 'mirror-repeat';
export type FilterMode = 'nearest' | 'linear';
export type VertexFormat = 'float32' | 'float32x2' | 'float32x3' | 'float32x4';

export interface DeviceStats {
  /** Creations since the device was made; the benchmark asserts no growth after warm-up. */
  pipelinesCreated: number;
  bindGroupsCreated: number;
  buffersCreated: number;
  texturesCreated: number;
  /** Live GPU resources and their bytes (falls when resources are destroyed). */
  liveBuffers: number;
  liveTextures: number;
  liveBytes: number;
  /** Bind groups not yet destroyed (they own no memory of their own, but hold their resources alive). */
  liveBindGroups: number;
  drawCalls: number;
}

export interface DeviceLimits {
  maxTextureSize: number;
  maxSamples: number;
  /** A uniform buffer range bound in a bind group starts at a multiple of this many bytes. */
  uniformOffsetAlignment: number;
}

export interface GpuResource {
  readonly label: string;
  /** Idempotent: frees what the object owns, a second call does nothing. */
  destroy(): void;
}

export interface BufferDescriptor {
  label: string;
  usage: BufferUsage;
  /** Either initial data (size taken from it, rounded up to 4 bytes) or a size in bytes. */
  data?: ArrayBufferView;
  size?: number;
}

export interface GpuBuffer extends GpuResource {
  readonly size: number;
  readonly usage: BufferUsage;
  write(data: ArrayBufferView, byteOffset?: number): void;
}

/** Raw RGBA8 pixels, rows top to bottom. */
export interface PixelData {
  width: number;
  height: number;
  data: Uint8Array | Uint8ClampedArray;
}

export interface TextureDescriptor {
  label: string;
  format: TextureFormat;
  /** Image rows are top to bottom: uv (0,0) samples the first row's first pixel on both backends. */
  source: PixelData | ImageBitmap;
  /** Generate a full mip chain (the sampler's mipmapFilter then applies). */
  mipmaps?: boolean;
}

export interface GpuTexture extends GpuResource {
  readonly width: number;
  readonly height: number;
  readonly format: TextureFormat;
  readonly mipLevelCount: number;
  /**
   * Replaces the pixels of a texture without mip levels, at its own size: data that changes now and then (the
   * studio's pre-filtered light) keeps one texture, so the bind groups that hold it stay valid.
   */
  write(pixels: PixelData): void;
}

export interface SamplerDescriptor {
  label: string;
  addressModeU?: AddressMode;
  addressModeV?: AddressMode;
  magFilter?: FilterMode;
  minFilter?: FilterMode;
  mipmapFilter?: FilterMode;
  maxAnisotropy?: number;
}

export type GpuSampler = GpuResource;

/**
 * A shader program in both languages.
 * WGSL: entry points `vs_main` and `fs_main`; resources at `@group(g) @binding(b)`.
 * GLSL ES 3.00: `layout(location = N) in` attributes; each uniform binding is a
 * `layout(std140) uniform <name> { ... }` block; each texture binding a `uniform sampler2D <name>`.
 * Uniform structs hold only vec4 and mat4 members so WGSL and std140 layouts are identical.
 */
export interface ShaderSource {
  label: string;
  wgsl: string;
  glslVertex: string;
  glslFragment: string;
}

export type BindingKind = 'uniform' | 'texture' | 'sampler';

export interface BindingLayout {
  binding: number;
  kind: BindingKind;
  /** GLSL name: the uniform block name, or the sampler2D name for a texture. */
  name: string;
  /** For a texture: the binding (same group) of the sampler used with it. */
  sampler?: number;
}

/** Layout of one bind group; group 0 is per frame, 1 per style/material, 2 per object. */
export interface BindGroupLayout {
  group: 0 | 1 | 2;
  bindings: BindingLayout[];
}

export interface VertexAttribute {
  location: number;
  format: VertexFormat;
  offset: number;
}

export interface VertexBufferLayout {
  arrayStride: number;
  attributes: VertexAttribute[];
  /** 'instance': the buffer advances once per instance, not per vertex (one quad per edge, say); default 'vertex'. */
  stepMode?: 'vertex' | 'instance';
}

export interface DepthState {
  write: boolean;
  compare: CompareFunction;
}

export interface RenderPipelineDescriptor {
  label: string;
  shader: ShaderSource;
  /** Every group the shader uses, in group order. */
  bindGroups: BindGroupLayout[];
  vertexBuffers: VertexBufferLayout[];
  topology: PrimitiveTopology;
  cullMode: CullMode;
  frontFace: FrontFace;
  depth: DepthState;
  blend: BlendMode;
  /** Must match the render target it draws into. */
  sampleCount: 1 | 4;
  /** False masks colour writes (depth-only pre-passes). */
  writeColor?: boolean;
}

export interface GpuPipeline extends GpuResource {
  readonly descriptor: RenderPipelineDescriptor;
}

export interface BindGroupEntry {
  binding: number;
  resource: GpuBuffer | GpuTexture | GpuSampler;
  /**
   * A uniform buffer only: the range bound, so many blocks can share one buffer. offset is a multiple of
   * limits.uniformOffsetAlignment (default 0); size defaults to the rest of the buffer.
   */
  offset?: number;
  size?: number;
}

export interface BindGroupDescriptor {
  label: string;
  layout: BindGroupLayout;
  entries: BindGroupEntry[];
}

export type GpuBindGroup = GpuResource;

export interface RenderTargetDescriptor {
  label: string;
  width: number;
  height: number;
  sampleCount: 1 | 4;
  /**
   * True: the resolved image goes to the device's canvas (its size follows the target's size).
   * False: it goes to an off-screen rgba8unorm texture that readPixels reads back.
   */
  presentToCanvas?: boolean;
}

/** Colour (rgba8unorm) + depth (depth24plus), multisampled when sampleCount is 4, with a resolve. */
export interface RenderTarget extends GpuResource {
  readonly width: number;
  readonly height: number;
  readonly sampleCount: 1 | 4;
  resize(width: number, height: number): void;
  /**
   * The last resolved image as RGBA8, rows top to bottom, exactly width*height*4 bytes, in a new array the caller
   * owns. Off-screen targets only.
   */
  readPixels(): Promise<Uint8Array<ArrayBuffer>>;
}

export interface RenderPassDescriptor {
  label: string;
  target: RenderTarget;
  /** Straight (not premultiplied) RGBA in 0..1, written as is. */
  clearColor: [number, number, number, number];
}

export interface RenderPassEncoder {
  setPipeline(pipeline: GpuPipeline): void;
  setBindGroup(index: 0 | 1 | 2, group: GpuBindGroup): void;
  setVertexBuffer(slot: number, buffer: GpuBuffer, byteOffset?: number): void;
  setIndexBuffer(buffer: GpuBuffer, format: 'uint32'): void;
  draw(vertexCount: number, instanceCount?: number, firstVertex?: number): void;
  drawIndexed(indexCount: number, instanceCount?: number, firstIndex?: number): void;
  /** Ends the pass, resolves multisampling and submits the work. */
  end(): void;
}

export type DeviceEvent =
  | { type: 'lost'; reason: string }
  | { type: 'error'; kind: 'validation' | 'out-of-memory' | 'internal'; message: string };

export interface Device {
  readonly backend: BackendName;
  readonly clipDepth: ClipDepth;
  readonly limits: DeviceLimits;
  readonly stats: DeviceStats;
  readonly canvas: HTMLCanvasElement | OffscreenCanvas;
  /** Adapter / renderer description, for reports. */
  readonly adapterInfo: string;

  createBuffer(descriptor: BufferDescriptor): GpuBuffer;
  createTexture(descriptor: TextureDescriptor): GpuTexture;
  createSampler(descriptor: SamplerDescriptor): GpuSampler;
  createPipeline(descriptor: RenderPipelineDescriptor): GpuPipeline;
  createBindGroup(descriptor: BindGroupDescriptor): GpuBindGroup;
  createRenderTarget(descriptor: RenderTargetDescriptor): RenderTarget;
  beginRenderPass(descriptor: RenderPassDescriptor): RenderPassEncoder;
  /** Resolves when all submitted work has finished on the GPU. */
  finish(): Promise<void>;
  /**
   * The GPU time in ms of the next render pass begun (WebGPU timestamp queries, WebGL2's timer query); null when the
   * browser offers neither, and a promise of null when a measurement fails. For benchmarks, not the product's path.
   */
  timeNextPass(): Promise<number | null> | null;
  /** Device loss and uncaptured GPU errors; returns an unsubscribe function. */
  on(listener: (event: DeviceEvent) => void): () => void;
  /** True once the device is known lost (WebGL2 knows at once; WebGPU when device.lost settles or a loss was forced). */
  readonly isLost: boolean;
  /** Reports errors the backend only learns by asking (WebGL's getError); called after uploads and images, never per draw. */
  reportPendingErrors(): void;
  /**
   * TEST-ONLY: loses the device through the browser's own mechanism (WebGPU: GPUDevice.destroy(); WebGL2:
   * WEBGL_lose_context, restored a moment later as a browser would). The loss is reported like any other.
   */
  simulateLossForTesting(): void;
  destroy(): void;
}

export interface CreateDeviceOptions {
  canvas: HTMLCanvasElement | OffscreenCanvas;
  backend?: BackendChoice;
}

export function emptyStats(): DeviceStats {
  return {
    pipelinesCreated: 0,
    bindGroupsCreated: 0,
    buffersCreated: 0,
    texturesCreated: 0,
    liveBuffers: 0,
    liveTextures: 0,
    liveBytes: 0,
    liveBindGroups: 0,
    drawCalls: 0,
  };
}

/** What both backends refuse in GpuTexture.write: a destroyed or mip-mapped texture, another size, too few bytes. */
export function checkWrite(texture: GpuTexture, pixels: PixelData, destroyed: boolean): void {
  const where = `Texture '${texture.label}'`;
  if (destroyed) throw new Error(`${where} was destroyed`);
  if (texture.mipLevelCount > 1) throw new Error(`${where} has mip levels; only a texture without them can be rewritten`);
  if (pixels.width !== texture.width || pixels.height !== texture.height) {
    throw new Error(`${where} is ${texture.width}×${texture.height}; ${pixels.width}×${pixels.height} pixels cannot replace its own`);
  }
  if (pixels.data.byteLength < texture.width * texture.height * 4) throw new Error(`${where}: ${pixels.data.byteLength} bytes of pixels, ${texture.width * texture.height * 4} needed`);
}
