// Engine-neutral scene data: the plain arrays both our engine and three.js are built from, so they draw the same thing.
export interface MeshData {
  positions: Float32Array<ArrayBuffer>;
  normals: Float32Array<ArrayBuffer>;
  uvs: Float32Array<ArrayBuffer>;
  indices: Uint32Array<ArrayBuffer>;
}

export interface MaterialData {
  color: [number, number, number];
  metallic: number;
  roughness: number;
  /** Index into SceneData.textures, or null for a plain colour. */
  texture: number | null;
}

/** Straight RGBA8, rows top to bottom. */
export interface TextureData {
  width: number;
  height: number;
  data: Uint8Array;
}

export interface InstanceData {
  mesh: number;
  material: number;
  translation: [number, number, number];
  scale: number;
}

export interface SceneData {
  name: string;
  meshes: MeshData[];
  materials: MaterialData[];
  textures: TextureData[];
  instances: InstanceData[];
  /** Radius of a sphere at the origin that holds everything: cameras orbit outside it. */
  radius: number;
}

export function triangleCount(scene: SceneData): number {
  return scene.instances.reduce((sum, i) => sum + scene.meshes[i.mesh].indices.length / 3, 0);
}
