// The surface programs' vertex attributes: one float32 buffer each, at a fixed shader location. A geometry uploads
// only the attributes it has, packed into consecutive buffer slots, and its pipelines' shaders are built without the
// others (shaders/include/vertex.wgsl): an absent attribute then costs neither a fetch nor an interpolated varying,
// where a stand-in buffer cost both, on every vertex, on software rasterisers.
import type { VertexBufferLayout, VertexFormat } from '../gpu/types';
import type { Geometry } from '../scene/types';
import { TEXTURE_SLOT_FEATURES } from './material-uniforms';

/** In shader location order. */
export const VERTEX_ATTRIBUTES = ['position', 'normal', 'uv0', 'uv1', 'tangent', 'color'] as const;
export type VertexAttributeName = (typeof VERTEX_ATTRIBUTES)[number];

export const ATTRIBUTE_COMPONENTS: Readonly<Record<VertexAttributeName, number>> = { position: 3, normal: 3, uv0: 2, uv1: 2, tangent: 4, color: 4 };

/** The shader feature that compiles an attribute in, named as glTF names the attribute; every geometry has a position. */
export const ATTRIBUTE_FEATURES: Readonly<Record<Exclude<VertexAttributeName, 'position'>, string>> = {
  normal: 'NORMAL',
  uv0: 'TEXCOORD_0',
  uv1: 'TEXCOORD_1',
  tangent: 'TANGENT',
  color: 'COLOR_0',
};

/**
 * Whether a shader variant with these features reads the attribute `feature` names; true for a feature that names
 * no attribute. The uvs feed texture samples only (material.wgsl), and the tangent only the normal map's frame, so a
 * variant that samples nothing reads no uv: the geometry's buffer is still bound (slots follow the geometry), but
 * neither fetched nor interpolated.
 */
export function variantReads(feature: string, variantFeatures: readonly string[]): boolean {
  if (feature === ATTRIBUTE_FEATURES.uv0 || feature === ATTRIBUTE_FEATURES.uv1) return variantFeatures.some((f) => f.endsWith('_TEXTURE'));
  if (feature === ATTRIBUTE_FEATURES.tangent) return variantFeatures.includes(TEXTURE_SLOT_FEATURES.normal);
  return true;
}

/** The attributes these features name, as a key: pipelines for geometries with other buffers differ. */
export function vertexLayoutKey(features: ReadonlySet<string>): string {
  return VERTEX_ATTRIBUTES.filter((name) => name === 'position' || features.has(ATTRIBUTE_FEATURES[name])).join('+');
}

const FORMATS: Record<number, VertexFormat> = { 1: 'float32', 2: 'float32x2', 3: 'float32x3', 4: 'float32x4' };

export function vertexCountOf(geometry: Geometry): number {
  return Math.floor(geometry.positions.length / 3);
}

/** The attribute's data when it is present and long enough for every vertex; null otherwise. */
export function attributeData(geometry: Geometry, name: VertexAttributeName): Float32Array | null {
  const data = name === 'position' ? geometry.positions
    : name === 'normal' ? geometry.normals
    : name === 'uv0' ? geometry.uvs
    : name === 'uv1' ? geometry.uvs1
    : name === 'tangent' ? geometry.tangents
    : geometry.colors;
  if (!data) return null;
  return data.length >= vertexCountOf(geometry) * ATTRIBUTE_COMPONENTS[name] ? data : null;
}

/** The attributes a geometry has, in location order: its vertex buffers, slot by slot. */
export function presentAttributes(geometry: Geometry): VertexAttributeName[] {
  return VERTEX_ATTRIBUTES.filter((name) => attributeData(geometry, name) !== null);
}

/** The shader features of these attributes. */
export function attributeFeatures(names: Iterable<VertexAttributeName>): ReadonlySet<string> {
  const features = new Set<string>();
  for (const name of names) if (name !== 'position') features.add(ATTRIBUTE_FEATURES[name]);
  return features;
}

/**
 * The vertex buffers of a pipeline whose features include these attributes' features: the position, then each
 * attribute whose feature is on, in location order, one slot each, as uploadGeometry fills them.
 */
export function vertexBuffersFor(features: ReadonlySet<string>): VertexBufferLayout[] {
  return VERTEX_ATTRIBUTES.flatMap((name, location) =>
    name === 'position' || features.has(ATTRIBUTE_FEATURES[name])
      ? [{ arrayStride: ATTRIBUTE_COMPONENTS[name] * 4, attributes: [{ location, format: FORMATS[ATTRIBUTE_COMPONENTS[name]], offset: 0 }] }]
      : []);
}
