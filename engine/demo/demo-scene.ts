// The scene the app opens on: built in code, so it needs no file and shows the PBR range at a glance.
import type { Geometry, Material, Node, Scene, Vec3, Vec4 } from '../scene/types';
import { createMaterial, createMesh, createNode, createScene } from '../scene/factory';
import { createCheckerTexture } from './checker';
import { createPlinth } from './plinth';
import { createRoundedBox } from './rounded-box';
import { createSphere } from './sphere';
import { createTorus, createTorusKnot } from './tube';

const GOLD: Vec4 = [1.0, 0.766, 0.336, 1];
const CHROME: Vec4 = [0.95, 0.93, 0.88, 1];
const GLAZE: Vec4 = [0.06, 0.28, 0.75, 1];
const SPHERE_RADIUS = 0.3;
/** Roughness steps shown left to right in both sphere rows. */
const ROUGHNESS = [0.05, 0.25, 0.45, 0.65, 0.85];

function yRotation(degrees: number): Vec4 {
  const half = (degrees * Math.PI) / 360;
  return [0, Math.sin(half), 0, Math.cos(half)];
}

function meshNode(name: string, geometry: Geometry, material: Material, translation: Vec3, rotation: Vec4 = [0, 0, 0, 1]): Node {
  return createNode({ name, translation, rotation, mesh: createMesh(name, [{ geometry, material }]) });
}

/** Two staggered rows: polished-to-rough metal in front, glazed ceramic behind. */
function sphereRows(): Node[] {
  const sphere = createSphere(SPHERE_RADIUS);
  return ROUGHNESS.flatMap((roughness, i) => [
    meshNode(
      `metal sphere, roughness ${roughness}`,
      sphere,
      createMaterial({ name: `metal ${roughness}`, baseColorFactor: CHROME, metallicFactor: 1, roughnessFactor: roughness }),
      [(i - 2) * 0.72, SPHERE_RADIUS, 2.05],
    ),
    meshNode(
      `ceramic sphere, roughness ${roughness}`,
      sphere,
      createMaterial({ name: `ceramic ${roughness}`, baseColorFactor: GLAZE, metallicFactor: 0, roughnessFactor: roughness }),
      [(i - 1.5) * 0.72, SPHERE_RADIUS, 1.35],
    ),
  ]);
}

export function createDemoScene(): Scene {
  const floor = createCheckerTexture('demo/floor checker', 64, 4, [170, 172, 178], [138, 141, 149]);
  const tiles = createCheckerTexture('demo/box checker', 128, 4, [246, 236, 220], [232, 106, 44]);
  const nodes: Node[] = [
    meshNode(
      'plinth',
      createPlinth(3.1, 0.12, 1),
      createMaterial({ name: 'floor', baseColorTexture: { texture: floor, texCoord: 0, transform: null }, metallicFactor: 0, roughnessFactor: 0.8 }),
      [0, 0, 0],
    ),
    meshNode(
      'torus knot',
      createTorusKnot(1.25, 0.28),
      createMaterial({ name: 'gold', baseColorFactor: GOLD, metallicFactor: 1, roughnessFactor: 0.3 }),
      [0, 1.62, -0.35],
    ),
    meshNode(
      'rounded box',
      createRoundedBox(0.95, 0.12),
      createMaterial({ name: 'tiles', baseColorTexture: { texture: tiles, texCoord: 0, transform: null }, metallicFactor: 0, roughnessFactor: 0.45 }),
      [-2.1, 0.475, -0.6],
      yRotation(28),
    ),
    meshNode(
      'glow ring',
      createTorus(1.3, 0.035),
      createMaterial({ name: 'glow', baseColorFactor: [0.05, 0.05, 0.05, 1], emissiveFactor: [0.1, 0.65, 1.0], emissiveStrength: 1.2, metallicFactor: 0, roughnessFactor: 0.5 }),
      [0, 0.035, -0.35],
    ),
    meshNode(
      'glow orb',
      createSphere(0.2, 32, 16),
      createMaterial({ name: 'ember', baseColorFactor: [0.1, 0.05, 0.02, 1], emissiveFactor: [1.0, 0.36, 0.08], emissiveStrength: 1.2, metallicFactor: 0, roughnessFactor: 0.6 }),
      [2.05, 0.2, -0.7],
    ),
    ...sphereRows(),
  ];
  return createScene('Modelshot demo', [createNode({ name: 'demo', children: nodes })]);
}
