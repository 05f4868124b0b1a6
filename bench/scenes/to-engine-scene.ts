// SceneData → our engine's Scene: geometries and materials shared between instances, as a loader would share them.
import { createGeometry, createMaterial, createMesh, createNode, createSampler, createScene, type Material, type Mesh, type Scene } from '../../engine';
import type { SceneData } from './scene-data';

export function toEngineScene(data: SceneData): Scene {
  const textures = data.textures.map((t, k) => ({ name: `texture-${k}`, image: { kind: 'raw' as const, width: t.width, height: t.height, data: t.data }, sampler: createSampler() }));
  const materials: Material[] = data.materials.map((m, k) =>
    createMaterial({
      name: `material-${k}`,
      baseColorFactor: [...m.color, 1],
      metallicFactor: m.metallic,
      roughnessFactor: m.roughness,
      baseColorTexture: m.texture === null ? null : { texture: textures[m.texture], texCoord: 0, transform: null },
    }),
  );
  const geometries = data.meshes.map((m) => createGeometry({ positions: m.positions, normals: m.normals, uvs: m.uvs, indices: m.indices }));
  const meshes = new Map<string, Mesh>(); // one Mesh per geometry × material pair, like a glTF file
  const roots = data.instances.map((instance, k) => {
    const key = `${instance.mesh}/${instance.material}`;
    let mesh = meshes.get(key);
    if (!mesh) meshes.set(key, (mesh = createMesh(key, [{ geometry: geometries[instance.mesh], material: materials[instance.material] }])));
    const s = instance.scale;
    return createNode({ name: `instance-${k}`, translation: instance.translation, scale: [s, s, s], mesh });
  });
  return createScene(data.name, roots);
}
