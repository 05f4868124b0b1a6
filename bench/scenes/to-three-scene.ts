// A GLB's bytes → a three.js Scene through three's own GLTFLoader (MeshStandardMaterial, three's PBR), and the light
// it is seen under: three's counterpart of our Realistic studio, or the cheapest light that still shades.
import { GLTFLoader } from 'three/addons/loaders/GLTFLoader.js';
import { RoomEnvironment } from 'three/addons/environments/RoomEnvironment.js';
import { TEXTURE_ANISOTROPY } from '../../engine/render/texture-cache';

/** The module namespace of 'three' or 'three/webgpu': WebGPURenderer needs the classes of its own build. */
export type ThreeModule = any;

/**
 * 'studio': the environment a three.js product viewer uses (RoomEnvironment pre-filtered by PMREMGenerator, so
 * surfaces reflect soft boxes as ours do) plus a directional key light, like our studio's dome, boxes and key.
 * 'simple': a hemisphere and a directional light, no reflections: less work per pixel than our Realistic look.
 */
export type ThreeLighting = 'studio' | 'simple';

export interface ThreeLights {
  /** Adds the lights to a loaded scene. */
  apply(scene: any): void;
  dispose(): void;
}

/**
 * Made once per renderer, before any timing starts, as our engine computes its studio when it is created.
 * `readOnePixel` waits for the GPU through a one-pixel read, so the pre-filtering is finished, not left to the first image.
 */
export async function createThreeLights(THREE: ThreeModule, renderer: unknown, lighting: ThreeLighting, readOnePixel: (target: unknown) => Promise<void>): Promise<ThreeLights> {
  if (lighting === 'simple') {
    return {
      apply(scene) {
        scene.add(new THREE.HemisphereLight(0xffffff, 0x444444, 1.5));
        const sun = new THREE.DirectionalLight(0xffffff, 2);
        sun.position.set(3, 5, 4);
        scene.add(sun);
      },
      dispose() {},
    };
  }
  const pmrem = new THREE.PMREMGenerator(renderer);
  const room = new RoomEnvironment();
  const target = pmrem.fromScene(room, 0.04);
  await readOnePixel(target);
  const environment = target.texture;
  room.dispose?.();
  pmrem.dispose();
  return {
    apply(scene) {
      scene.environment = environment;
      const key = new THREE.DirectionalLight(0xffffff, 2.4);
      key.position.set(-0.55, 0.65, 0.55);
      scene.add(key);
    },
    dispose: () => environment.dispose(),
  };
}

/**
 * Trilinear textures get the anisotropic filtering ours gives them (engine/render/texture-cache.ts): three.js
 * defaults to none, which reads fewer texels and looks blurrier at grazing angles, so the two would not be doing
 * the same work for the same picture.
 */
function filterLikeOurs(THREE: ThreeModule, scene: any): void {
  scene.traverse((object: any) => {
    const materials = object.material ? [object.material].flat() : [];
    for (const material of materials) {
      for (const value of Object.values(material)) {
        const texture = value as any;
        if (texture?.isTexture && texture.minFilter === THREE.LinearMipmapLinearFilter && texture.magFilter === THREE.LinearFilter) {
          texture.anisotropy = TEXTURE_ANISOTROPY;
        }
      }
    }
  });
}

export async function loadThreeScene(THREE: ThreeModule, glb: Uint8Array, lights: ThreeLights): Promise<unknown> {
  const bytes = glb.buffer.slice(glb.byteOffset, glb.byteOffset + glb.byteLength);
  const gltf = await new GLTFLoader().parseAsync(bytes, '');
  // gltf.scene is a Group, and three.js reads `environment` from a Scene only: without one the studio is unlit
  const scene = new THREE.Scene();
  scene.add(gltf.scene);
  filterLikeOurs(THREE, scene);
  lights.apply(scene);
  return scene;
}
