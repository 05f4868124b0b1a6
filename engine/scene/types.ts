// The engine's scene: plain, structured-cloneable data (typed arrays, numbers, strings, ImageBitmaps).
// It holds no GPU handles; the renderer keeps those beside it in a WeakMap.
import type { AddressMode, FilterMode, PrimitiveTopology } from '../gpu/types';

export type Vec2 = [number, number];
export type Vec3 = [number, number, number];
export type Vec4 = [number, number, number, number];
/** Column-major 4×4, as glTF and gl-matrix store it. */
export type Mat4 = Float32Array | number[];

export interface Bounds {
  min: Vec3;
  max: Vec3;
}

export interface Geometry {
  /** Lists only: loaders turn strips, fans and loops into lists. */
  topology: PrimitiveTopology;
  /** xyz per vertex. */
  positions: Float32Array;
  /** xyz per vertex; loaders generate flat normals where the file has none (triangles only). */
  normals: Float32Array | null;
  /** uv per vertex, glTF convention: (0,0) is the image's top-left. */
  uvs: Float32Array | null;
  uvs1: Float32Array | null;
  /** xyzw per vertex (w = handedness); generated when a normal map needs them. */
  tangents: Float32Array | null;
  /** Linear RGBA per vertex. */
  colors: Float32Array | null;
  /** Null for non-indexed geometry. */
  indices: Uint32Array | null;
  /** Object-space bounds of the positions actually referenced. */
  bounds: Bounds;
}

export interface Sampler {
  magFilter: FilterMode;
  minFilter: FilterMode;
  /** 'none': no mipmaps. */
  mipmapFilter: FilterMode | 'none';
  wrapU: AddressMode;
  wrapV: AddressMode;
}

/** Raw RGBA8 pixels, rows top to bottom. */
export interface RawImage {
  kind: 'raw';
  width: number;
  height: number;
  data: Uint8Array;
}

/** Still-encoded image bytes as found in the file (PNG, JPEG, WebP). */
export interface EncodedImage {
  kind: 'encoded';
  mimeType: string;
  bytes: Uint8Array;
}

/** A decoded browser image (after decodeImages in the worker). */
export interface BitmapImage {
  kind: 'bitmap';
  width: number;
  height: number;
  bitmap: ImageBitmap;
}

export type ImageSource = RawImage | EncodedImage | BitmapImage;

export interface Texture {
  name: string;
  image: ImageSource;
  sampler: Sampler;
}

/** KHR_texture_transform. */
export interface TextureTransform {
  offset: Vec2;
  rotation: number;
  scale: Vec2;
}

export interface TextureRef {
  texture: Texture;
  texCoord: 0 | 1;
  transform: TextureTransform | null;
}

export type AlphaMode = 'OPAQUE' | 'MASK' | 'BLEND';

/** glTF 2.0 metallic-roughness material; other formats map onto it. */
export interface Material {
  name: string;
  baseColorFactor: Vec4;
  baseColorTexture: TextureRef | null;
  metallicFactor: number;
  roughnessFactor: number;
  metallicRoughnessTexture: TextureRef | null;
  normalTexture: TextureRef | null;
  normalScale: number;
  occlusionTexture: TextureRef | null;
  occlusionStrength: number;
  emissiveFactor: Vec3;
  emissiveTexture: TextureRef | null;
  /** KHR_materials_emissive_strength. */
  emissiveStrength: number;
  alphaMode: AlphaMode;
  alphaCutoff: number;
  doubleSided: boolean;
  /** KHR_materials_unlit. */
  unlit: boolean;
}

export interface Primitive {
  geometry: Geometry;
  material: Material;
}

export interface Mesh {
  name: string;
  primitives: Primitive[];
}

export interface PerspectiveCamera {
  type: 'perspective';
  name: string;
  /** Vertical field of view in radians. */
  yfov: number;
  aspectRatio: number | null;
  znear: number;
  zfar: number | null;
}

export interface OrthographicCamera {
  type: 'orthographic';
  name: string;
  xmag: number;
  ymag: number;
  znear: number;
  zfar: number;
}

export type SceneCamera = PerspectiveCamera | OrthographicCamera;

export interface Light {
  type: 'directional' | 'point' | 'spot';
  name: string;
  color: Vec3;
  intensity: number;
  range: number | null;
  innerConeAngle: number;
  outerConeAngle: number;
}

export interface Node {
  name: string;
  translation: Vec3;
  rotation: Vec4;
  scale: Vec3;
  /** When set, used instead of translation/rotation/scale. */
  matrix: Mat4 | null;
  children: Node[];
  mesh: Mesh | null;
  camera: SceneCamera | null;
  light: Light | null;
}

export interface Scene {
  name: string;
  roots: Node[];
  /** Recoverable problems found while loading (a missing optional texture, an unsupported optional extension). */
  warnings: string[];
}
