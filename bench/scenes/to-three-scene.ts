// A GLB's bytes → a three.js Scene through three's own GLTFLoader (MeshStandardMaterial, three's PBR), lit by a
// hemisphere and a sun: three's counterpart of our studio light.
import { GLTFLoader } from 'three/addons/loaders/GLTFLoader.js';

/** The module namespace of 'three' or 'three/webgpu': WebGPURenderer needs the classes of its own build. */
export type ThreeModule = any;

export async function loadThreeScene(THREE: ThreeModule, glb: Uint8Array): Promise<unknown> {
  const bytes = glb.buffer.slice(glb.byteOffset, glb.byteOffset + glb.byteLength);
  const gltf = await new GLTFLoader().parseAsync(bytes, '');
  const scene = gltf.scene;
  scene.add(new THREE.HemisphereLight(0xffffff, 0x444444, 1.5));
  const sun = new THREE.DirectionalLight(0xffffff, 2);
  sun.position.set(3, 5, 4);
  scene.add(sun);
  return scene;
}
