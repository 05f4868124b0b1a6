// SceneData → a three.js Scene from the same arrays, MeshStandardMaterial (three's PBR) lit by a hemisphere and a sun.
import type { SceneData } from './scene-data';

/** The module namespace of 'three' or 'three/webgpu': WebGPURenderer needs the classes of its own build. */
export type ThreeModule = any;

export function toThreeScene(THREE: ThreeModule, data: SceneData): unknown {
  const scene = new THREE.Scene();
  scene.add(new THREE.HemisphereLight(0xffffff, 0x444444, 1.5));
  const sun = new THREE.DirectionalLight(0xffffff, 2);
  sun.position.set(3, 5, 4);
  scene.add(sun);
  const textures = data.textures.map((t) => {
    const texture = new THREE.DataTexture(t.data, t.width, t.height, THREE.RGBAFormat);
    texture.colorSpace = THREE.SRGBColorSpace;
    texture.wrapS = texture.wrapT = THREE.RepeatWrapping;
    texture.minFilter = THREE.LinearMipmapLinearFilter;
    texture.generateMipmaps = true;
    texture.needsUpdate = true;
    return texture;
  });
  const materials = data.materials.map(
    (m) => new THREE.MeshStandardMaterial({ color: new THREE.Color(...m.color), metalness: m.metallic, roughness: m.roughness, map: m.texture === null ? null : textures[m.texture] }),
  );
  const geometries = data.meshes.map((m) => {
    const geometry = new THREE.BufferGeometry();
    geometry.setAttribute('position', new THREE.BufferAttribute(m.positions, 3));
    geometry.setAttribute('normal', new THREE.BufferAttribute(m.normals, 3));
    geometry.setAttribute('uv', new THREE.BufferAttribute(m.uvs, 2));
    geometry.setIndex(new THREE.BufferAttribute(m.indices, 1));
    return geometry;
  });
  for (const instance of data.instances) {
    const mesh = new THREE.Mesh(geometries[instance.mesh], materials[instance.material]);
    mesh.position.set(...instance.translation);
    mesh.scale.setScalar(instance.scale);
    scene.add(mesh);
  }
  return scene;
}
