// The benchmark scenes, generated in code from a seed: nothing is downloaded. `quick` shrinks the big ones for CI.
import { bumpySphere } from './bumpy-sphere';
import { seededRandom, type Random } from './prng';
import type { MaterialData, SceneData, TextureData } from './scene-data';

export const SCENE_NAMES = ['tiny', 'small', 'many-objects', 'many-objects-merged', 'heavy', 'textured', 'large'] as const;
export type SceneName = (typeof SCENE_NAMES)[number];

function randomMaterial(random: Random, texture: number | null = null): MaterialData {
  return { color: [0.2 + 0.8 * random(), 0.2 + 0.8 * random(), 0.2 + 0.8 * random()], metallic: random() < 0.3 ? 1 : 0, roughness: 0.2 + 0.7 * random(), texture };
}

function single(name: string, rings: number, segments: number, random: Random): SceneData {
  return { name, meshes: [bumpySphere(rings, segments, random)], materials: [randomMaterial(random)], textures: [], instances: [{ mesh: 0, material: 0, translation: [0, 0, 0], scale: 1 }], radius: 1.2 };
}

/** count small spheres on a jittered grid, sharing one geometry and materialCount materials. */
function manyObjects(count: number, materialCount: number, random: Random): SceneData {
  const side = Math.ceil(Math.cbrt(count));
  const materials = Array.from({ length: materialCount }, () => randomMaterial(random));
  const instances = Array.from({ length: count }, (_, k) => {
    const x = k % side, y = Math.floor(k / side) % side, z = Math.floor(k / (side * side));
    const at = (c: number): number => ((c + 0.5) / side) * 2 - 1 + (random() - 0.5) * 0.3 / side;
    return { mesh: 0, material: k % materialCount, translation: [at(x), at(y), at(z)] as [number, number, number], scale: 0.35 / side };
  });
  return { name: 'many-objects', meshes: [bumpySphere(8, 12, random)], materials, textures: [], instances, radius: 1.8 };
}

/** A checker with seeded noise: unique texels, so the texture costs what a real one does. */
function noisyChecker(size: number, random: Random): TextureData {
  const data = new Uint8Array(size * size * 4);
  const tint = [random(), random(), random()];
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const on = ((x >> 6) + (y >> 6)) & 1;
      const o = (y * size + x) * 4;
      for (let c = 0; c < 3; c++) data[o + c] = Math.min(255, (on ? 200 : 60) * tint[c] + random() * 40);
      data[o + 3] = 255;
    }
  }
  return { width: size, height: size, data };
}

function textured(meshCount: number, rings: number, textureSize: number, random: Random): SceneData {
  const meshes = Array.from({ length: meshCount }, () => bumpySphere(rings, rings * 2, random));
  const textures = Array.from({ length: meshCount }, () => noisyChecker(textureSize, random));
  const materials = textures.map((_, k) => randomMaterial(random, k));
  const instances = meshes.map((_, k) => {
    const angle = (k / meshCount) * Math.PI * 2;
    return { mesh: k, material: k, translation: [Math.cos(angle) * 1.5, 0, Math.sin(angle) * 1.5] as [number, number, number], scale: 0.45 };
  });
  return { name: 'textured', meshes, materials, textures, instances, radius: 2.2 };
}

/** A big file: several dense meshes and 2048² textures, about 80 MB as GLB (about 9 MB with quick). */
function large(quick: boolean, random: Random): SceneData {
  const [rings, segments, textureSize] = quick ? [150, 200, 1024] : [500, 600, 2048];
  const meshes = Array.from({ length: 4 }, () => bumpySphere(rings, segments, random));
  const textures = Array.from({ length: 2 }, () => noisyChecker(textureSize, random));
  const materials = meshes.map((_, k) => randomMaterial(random, k < textures.length ? k : null));
  const instances = meshes.map((_, k) => ({ mesh: k, material: k, translation: [(k % 2) * 2.2 - 1.1, 0, Math.floor(k / 2) * 2.2 - 1.1] as [number, number, number], scale: 1 }));
  return { name: 'large', meshes, materials, textures, instances, radius: 2.9 };
}

/**
 * The same spheres, pixels and materials with each material's spheres baked into one mesh in world space: 50 draws
 * instead of 2,000. Set beside many-objects, it shows what draw calls themselves cost on the machine measured.
 */
function mergedByMaterial(scene: SceneData): SceneData {
  const sphere = scene.meshes[0];
  const vertexCount = sphere.positions.length / 3;
  const meshes = scene.materials.map((_, material) => {
    const parts = scene.instances.filter((i) => i.material === material);
    const positions = new Float32Array(parts.length * vertexCount * 3);
    const normals = new Float32Array(parts.length * vertexCount * 3);
    const uvs = new Float32Array(parts.length * vertexCount * 2);
    const indices = new Uint32Array(parts.length * sphere.indices.length);
    parts.forEach((part, k) => {
      for (let v = 0; v < vertexCount * 3; v++) positions[k * vertexCount * 3 + v] = sphere.positions[v] * part.scale + part.translation[v % 3];
      normals.set(sphere.normals, k * vertexCount * 3);
      uvs.set(sphere.uvs, k * vertexCount * 2);
      for (let i = 0; i < sphere.indices.length; i++) indices[k * sphere.indices.length + i] = sphere.indices[i] + k * vertexCount;
    });
    return { positions, normals, uvs, indices };
  });
  const instances = meshes.map((_, k) => ({ mesh: k, material: k, translation: [0, 0, 0] as [number, number, number], scale: 1 }));
  return { ...scene, name: 'many-objects-merged', meshes, instances };
}

/** The same name and quick flag always give the same arrays. */
export function buildSceneData(name: SceneName, quick: boolean): SceneData {
  const random = seededRandom(1234);
  switch (name) {
    case 'tiny': return single('tiny', 16, 32, random); // 1k triangles: the smoke test
    case 'small': return single('small', 50, 50, random); // 5k triangles, one material
    case 'many-objects': return manyObjects(quick ? 500 : 2000, 50, random); // draw-call overhead
    case 'many-objects-merged': return mergedByMaterial(manyObjects(quick ? 500 : 2000, 50, random)); // the same in 50 draws
    case 'heavy': return quick ? single('heavy', 300, 400, random) : single('heavy', 1000, 1000, random); // 240k / 2M triangles
    case 'textured': return textured(10, quick ? 50 : 112, quick ? 512 : 2048, random); // 10 meshes, 50k / 250k triangles
    case 'large': return large(quick, random); // 2.4M triangles, ~80 MB file / 240k triangles, ~9 MB
  }
}
