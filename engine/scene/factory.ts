// Constructors with glTF's defaults, so loaders and fixtures state only what differs.
import type { Geometry, Material, Mesh, Node, Sampler, Scene, Vec3 } from './types';
import { computeBounds } from './bounds';

export function createMaterial(overrides: Partial<Material> = {}): Material {
  return {
    name: 'material',
    baseColorFactor: [1, 1, 1, 1],
    baseColorTexture: null,
    metallicFactor: 1,
    roughnessFactor: 1,
    metallicRoughnessTexture: null,
    normalTexture: null,
    normalScale: 1,
    occlusionTexture: null,
    occlusionStrength: 1,
    emissiveFactor: [0, 0, 0],
    emissiveTexture: null,
    emissiveStrength: 1,
    alphaMode: 'OPAQUE',
    alphaCutoff: 0.5,
    doubleSided: false,
    unlit: false,
    ...overrides,
  };
}

export function createSampler(overrides: Partial<Sampler> = {}): Sampler {
  return { magFilter: 'linear', minFilter: 'linear', mipmapFilter: 'linear', wrapU: 'repeat', wrapV: 'repeat', ...overrides };
}

export function createNode(overrides: Partial<Node> = {}): Node {
  return {
    name: 'node',
    translation: [0, 0, 0],
    rotation: [0, 0, 0, 1],
    scale: [1, 1, 1],
    matrix: null,
    children: [],
    mesh: null,
    camera: null,
    light: null,
    ...overrides,
  };
}

/** Geometry with bounds computed from the positions the indices reference. */
export function createGeometry(parts: Partial<Geometry> & { positions: Float32Array }): Geometry {
  const geometry: Geometry = {
    topology: 'triangle-list',
    normals: null,
    uvs: null,
    uvs1: null,
    tangents: null,
    colors: null,
    indices: null,
    bounds: { min: [0, 0, 0], max: [0, 0, 0] },
    ...parts,
  };
  geometry.bounds = computeBounds(geometry.positions, geometry.indices);
  return geometry;
}

export function createMesh(name: string, primitives: Mesh['primitives']): Mesh {
  return { name, primitives };
}

export function createScene(name: string, roots: Node[], warnings: string[] = []): Scene {
  return { name, roots, warnings };
}

export const ORIGIN: Vec3 = [0, 0, 0];
