// Translation of the contract's vocabulary (WebGPU's enum strings) into GL enums: the only file that names them.
import type {
  AddressMode, BlendMode, BufferUsage, CompareFunction, CullMode, FilterMode, FrontFace, PrimitiveTopology, TextureFormat,
  VertexFormat,
} from '../types';

// WebGL2RenderingContext's constants, spelled out so this file also works where the global is missing (workers, Node).
export const GL = {
  // errors
  NO_ERROR: 0,
  OUT_OF_MEMORY: 0x0505,
  CONTEXT_LOST_WEBGL: 0x9242,
  // buffers
  ARRAY_BUFFER: 0x8892,
  ELEMENT_ARRAY_BUFFER: 0x8893,
  UNIFORM_BUFFER: 0x8a11,
  COPY_WRITE_BUFFER: 0x8f37,
  PIXEL_PACK_BUFFER: 0x88eb,
  STATIC_DRAW: 0x88e4,
  DYNAMIC_DRAW: 0x88e8,
  STREAM_READ: 0x88e1,
  // types
  FLOAT: 0x1406,
  UNSIGNED_BYTE: 0x1401,
  UNSIGNED_INT: 0x1405,
  // primitives
  POINTS: 0x0000,
  LINES: 0x0001,
  TRIANGLES: 0x0004,
  // capabilities
  CULL_FACE: 0x0b44,
  DEPTH_TEST: 0x0b71,
  BLEND: 0x0be2,
  DITHER: 0x0bd0,
  SCISSOR_TEST: 0x0c11,
  STENCIL_TEST: 0x0b90,
  // faces and winding
  FRONT: 0x0404,
  BACK: 0x0405,
  CW: 0x0900,
  CCW: 0x0901,
  // depth functions
  LESS: 0x0201,
  LEQUAL: 0x0203,
  ALWAYS: 0x0207,
  // blending
  ZERO: 0,
  NONE: 0,
  ONE: 1,
  SRC_ALPHA: 0x0302,
  ONE_MINUS_SRC_ALPHA: 0x0303,
  FUNC_ADD: 0x8006,
  // textures and samplers
  TEXTURE_2D: 0x0de1,
  TEXTURE0: 0x84c0,
  RGBA: 0x1908,
  RGBA8: 0x8058,
  SRGB8_ALPHA8: 0x8c43,
  DEPTH_COMPONENT24: 0x81a6,
  TEXTURE_MAG_FILTER: 0x2800,
  TEXTURE_MIN_FILTER: 0x2801,
  TEXTURE_WRAP_S: 0x2802,
  TEXTURE_WRAP_T: 0x2803,
  TEXTURE_MAX_ANISOTROPY_EXT: 0x84fe,
  MAX_TEXTURE_MAX_ANISOTROPY_EXT: 0x84ff,
  NEAREST: 0x2600,
  LINEAR: 0x2601,
  NEAREST_MIPMAP_NEAREST: 0x2700,
  LINEAR_MIPMAP_NEAREST: 0x2701,
  NEAREST_MIPMAP_LINEAR: 0x2702,
  LINEAR_MIPMAP_LINEAR: 0x2703,
  REPEAT: 0x2901,
  CLAMP_TO_EDGE: 0x812f,
  MIRRORED_REPEAT: 0x8370,
  // pixel store
  UNPACK_ALIGNMENT: 0x0cf5,
  PACK_ALIGNMENT: 0x0d05,
  UNPACK_FLIP_Y_WEBGL: 0x9240,
  UNPACK_PREMULTIPLY_ALPHA_WEBGL: 0x9241,
  UNPACK_COLORSPACE_CONVERSION_WEBGL: 0x9243,
  // framebuffers
  FRAMEBUFFER: 0x8d40,
  READ_FRAMEBUFFER: 0x8ca8,
  DRAW_FRAMEBUFFER: 0x8ca9,
  RENDERBUFFER: 0x8d41,
  COLOR_ATTACHMENT0: 0x8ce0,
  DEPTH_ATTACHMENT: 0x8d00,
  FRAMEBUFFER_COMPLETE: 0x8cd5,
  COLOR_BUFFER_BIT: 0x4000,
  DEPTH_BUFFER_BIT: 0x0100,
  COLOR: 0x1800,
  DEPTH: 0x1801,
  // shaders and programs
  VERTEX_SHADER: 0x8b31,
  FRAGMENT_SHADER: 0x8b30,
  COMPILE_STATUS: 0x8b81,
  LINK_STATUS: 0x8b82,
  INVALID_INDEX: 0xffffffff,
  // queries
  MAX_TEXTURE_SIZE: 0x0d33,
  MAX_SAMPLES: 0x8d57,
  SAMPLES: 0x80a9,
  MAX_RENDERBUFFER_SIZE: 0x84e8,
  MAX_VIEWPORT_DIMS: 0x0d3a,
  MAX_UNIFORM_BUFFER_BINDINGS: 0x8a2f,
  UNIFORM_BUFFER_OFFSET_ALIGNMENT: 0x8a34,
  MAX_COMBINED_TEXTURE_IMAGE_UNITS: 0x8b4d,
  RENDERER: 0x1f01,
  VENDOR: 0x1f00,
  UNMASKED_VENDOR_WEBGL: 0x9245,
  UNMASKED_RENDERER_WEBGL: 0x9246,
  // sync objects
  SYNC_GPU_COMMANDS_COMPLETE: 0x9117,
  ALREADY_SIGNALED: 0x911a,
  TIMEOUT_EXPIRED: 0x911b,
  CONDITION_SATISFIED: 0x911c,
  WAIT_FAILED: 0x911d,
} as const;

export const NO_MASK = [true, true, true, true] as const;

export function bufferTarget(usage: BufferUsage): number {
  // Index buffers must be bound as such first (WebGL fixes a buffer's kind on its first binding);
  // the rest are filled through COPY_WRITE_BUFFER, which disturbs no vertex array or uniform binding.
  return usage === 'index' ? GL.ELEMENT_ARRAY_BUFFER : GL.COPY_WRITE_BUFFER;
}

export function bufferUsageHint(usage: BufferUsage): number {
  return usage === 'uniform' ? GL.DYNAMIC_DRAW : GL.STATIC_DRAW;
}

export function textureInternalFormat(format: TextureFormat): number {
  return format === 'rgba8unorm-srgb' ? GL.SRGB8_ALPHA8 : GL.RGBA8;
}

export function primitiveMode(topology: PrimitiveTopology): number {
  switch (topology) {
    case 'point-list':
      return GL.POINTS;
    case 'line-list':
      return GL.LINES;
    case 'triangle-list':
      return GL.TRIANGLES;
  }
}

/** 0 means face culling off. */
export function cullFace(mode: CullMode): number {
  switch (mode) {
    case 'none':
      return 0;
    case 'back':
      return GL.BACK;
    case 'front':
      return GL.FRONT;
  }
}

// GL and WebGPU both decide the winding in NDC with y up, so 'ccw' is GL_CCW unchanged.
export function frontFace(face: FrontFace): number {
  return face === 'ccw' ? GL.CCW : GL.CW;
}

export function depthFunc(compare: CompareFunction): number {
  switch (compare) {
    case 'less':
      return GL.LESS;
    case 'less-equal':
      return GL.LEQUAL;
    case 'always':
      return GL.ALWAYS;
  }
}

/** blendFuncSeparate's arguments (srcRGB, dstRGB, srcAlpha, dstAlpha), or null for blending off. */
export function blendFactors(mode: BlendMode): readonly [number, number, number, number] | null {
  switch (mode) {
    case 'none':
      return null;
    case 'alpha':
      return [GL.SRC_ALPHA, GL.ONE_MINUS_SRC_ALPHA, GL.ONE, GL.ONE_MINUS_SRC_ALPHA];
    case 'premultiplied':
      return [GL.ONE, GL.ONE_MINUS_SRC_ALPHA, GL.ONE, GL.ONE_MINUS_SRC_ALPHA];
    case 'additive':
      return [GL.ONE, GL.ONE, GL.ONE, GL.ONE];
  }
}

export function vertexComponents(format: VertexFormat): number {
  switch (format) {
    case 'float32':
      return 1;
    case 'float32x2':
      return 2;
    case 'float32x3':
      return 3;
    case 'float32x4':
      return 4;
  }
}

export function addressMode(mode: AddressMode): number {
  switch (mode) {
    case 'repeat':
      return GL.REPEAT;
    case 'clamp-to-edge':
      return GL.CLAMP_TO_EDGE;
    case 'mirror-repeat':
      return GL.MIRRORED_REPEAT;
  }
}

export function magFilter(filter: FilterMode): number {
  return filter === 'linear' ? GL.LINEAR : GL.NEAREST;
}

/** GL folds the mip filter into the min filter; a one-level texture ignores the mip part. */
export function minFilter(filter: FilterMode, mipmapFilter: FilterMode): number {
  if (filter === 'linear') return mipmapFilter === 'linear' ? GL.LINEAR_MIPMAP_LINEAR : GL.LINEAR_MIPMAP_NEAREST;
  return mipmapFilter === 'linear' ? GL.NEAREST_MIPMAP_LINEAR : GL.NEAREST_MIPMAP_NEAREST;
}
