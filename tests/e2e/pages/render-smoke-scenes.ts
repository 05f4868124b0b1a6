// Scenes built in code for the renderer smoke test: known materials at known places, so the spec can
// assert on exact colours. Every quad faces +z unless said otherwise; the specs look down -z.
import {
  createGeometry, createMaterial, createMesh, createNode, createSampler, createScene,
  type Geometry, type Material, type Node, type Scene, type Texture, type Vec3,
} from '../../../engine';

const nearest = createSampler({ magFilter: 'nearest', minFilter: 'nearest', mipmapFilter: 'none', wrapU: 'clamp-to-edge', wrapV: 'clamp-to-edge' });

/** A square in the XY plane at depth z; uv (0,0) at its top-left. `back` winds it to face -z. */
export function quad(cx: number, cy: number, size: number, z = 0, options: { back?: boolean; tangents?: boolean } = {}): Geometry {
  const h = size / 2;
  const positions = new Float32Array([cx - h, cy + h, z, cx + h, cy + h, z, cx + h, cy - h, z, cx - h, cy - h, z]);
  const nz = options.back ? -1 : 1;
  return createGeometry({
    positions,
    normals: new Float32Array([0, 0, nz, 0, 0, nz, 0, 0, nz, 0, 0, nz]),
    uvs: new Float32Array([0, 0, 1, 0, 1, 1, 0, 1]),
    tangents: options.tangents ? new Float32Array([1, 0, 0, 1, 1, 0, 0, 1, 1, 0, 0, 1, 1, 0, 0, 1]) : null,
    // Counter-clockwise seen from +z (the front), clockwise for a back-facing quad.
    indices: new Uint32Array(options.back ? [0, 1, 2, 0, 2, 3] : [0, 2, 1, 0, 3, 2]),
  });
}

export function sphere(centre: Vec3, radius: number, rings = 32, segments = 48): Geometry {
  const positions: number[] = [], normals: number[] = [], indices: number[] = [];
  for (let r = 0; r <= rings; r++) {
    const polar = (r / rings) * Math.PI;
    for (let s = 0; s <= segments; s++) {
      const azimuth = (s / segments) * 2 * Math.PI;
      const n = [Math.sin(polar) * Math.sin(azimuth), Math.cos(polar), Math.sin(polar) * Math.cos(azimuth)];
      normals.push(...n);
      positions.push(centre[0] + n[0] * radius, centre[1] + n[1] * radius, centre[2] + n[2] * radius);
    }
  }
  for (let r = 0; r < rings; r++) {
    for (let s = 0; s < segments; s++) {
      const a = r * (segments + 1) + s, b = a + segments + 1;
      indices.push(a, b, a + 1, a + 1, b, b + 1);
    }
  }
  return createGeometry({ positions: new Float32Array(positions), normals: new Float32Array(normals), indices: new Uint32Array(indices) });
}

function rawTexture(name: string, width: number, height: number, pixels: number[]): Texture {
  return { name, image: { kind: 'raw', width, height, data: new Uint8Array(pixels) }, sampler: nearest };
}

const ref = (texture: Texture) => ({ texture, texCoord: 0 as const, transform: null });

export const emissive = (r: number, g: number, b: number, extra: Partial<Material> = {}) =>
  createMaterial({ name: 'emissive', baseColorFactor: [0, 0, 0, 1], metallicFactor: 0, roughnessFactor: 1, emissiveFactor: [r, g, b], ...extra });

export const unlit = (r: number, g: number, b: number, a = 1, extra: Partial<Material> = {}) =>
  createMaterial({ name: 'unlit', unlit: true, baseColorFactor: [r, g, b, a], ...extra });

function node(geometry: Geometry, material: Material, extra: Partial<Node> = {}): Node {
  return createNode({ name: material.name, mesh: createMesh(material.name, [{ geometry, material }]), ...extra });
}

/** Red emissive square on the left, white lit sphere in the middle, 2×2 checker (red, green / blue, grey 128) on the right. */
function main(): Scene {
  const checker = rawTexture('checker', 2, 2, [255, 0, 0, 255, 0, 255, 0, 255, 0, 0, 255, 255, 128, 128, 128, 255]);
  return createScene('main', [
    node(quad(-1.3, 0, 0.8), emissive(1, 0, 0)),
    node(sphere([0, 0, 0], 0.8), createMaterial({ name: 'white', metallicFactor: 0, roughnessFactor: 0.5 })),
    node(quad(1.3, 0, 0.8), unlit(1, 1, 1, 1, { baseColorTexture: ref(checker) })),
  ]);
}

/**
 * Transparency: an opaque red square at x∈[-1.5,-0.5]; half-transparent blue over x∈[-1,0]; then at
 * x∈[0.5,1.5] a near green (listed first) in front of a far blue, both half transparent, to test the order.
 */
function blend(): Scene {
  const half = (r: number, g: number, b: number) => unlit(r, g, b, 0.5, { alphaMode: 'BLEND' });
  return createScene('blend', [
    node(quad(-1, 0, 1, 0), emissive(1, 0, 0)),
    node(quad(-0.5, 0, 1, 0.5), half(0, 0, 1)),
    node(quad(1, 0, 1, 0.6), half(0, 1, 0)),
    node(quad(1, 0, 1, 0.3), half(0, 0, 1)),
  ]);
}

/** Alpha mask (left texel kept, right cut), a mirrored node, a culled back face and a double-sided one. */
function faces(): Scene {
  const cutout = rawTexture('cutout', 2, 1, [255, 255, 255, 255, 255, 255, 255, 0]);
  return createScene('faces', [
    node(quad(-1.4, 0, 0.8), unlit(1, 0, 0, 1, { alphaMode: 'MASK', alphaCutoff: 0.5, baseColorTexture: ref(cutout) })),
    // Drawn at x = +0.5 through a scale of -1, so its winding flips: it must still show.
    node(quad(-0.5, 0, 0.6), emissive(0, 1, 0), { scale: [-1, 1, 1] }),
    node(quad(-0.5, 0, 0.6, 0, { back: true }), emissive(1, 0, 1)),
    node(quad(1.4, 0, 0.6, 0, { back: true }), emissive(1, 1, 0, { doubleSided: true })),
  ]);
}

/**
 * Lit grey squares with normal maps tilted 45°: toward +u (right, away from the key light) in the top row,
 * toward image-up (green, toward the key) in the bottom row; tangents given on the left, derived from the
 * screen in the middle; a flat one on the right of each row.
 */
function normalMap(): Scene {
  const grey = { baseColorFactor: [0.6, 0.6, 0.6, 1] as [number, number, number, number], metallicFactor: 0, roughnessFactor: 0.6 };
  const right = createMaterial({ name: 'right', ...grey, normalTexture: ref(rawTexture('right', 1, 1, [218, 128, 218, 255])) });
  const up = createMaterial({ name: 'up', ...grey, normalTexture: ref(rawTexture('up', 1, 1, [128, 218, 218, 255])) });
  const flat = createMaterial({ name: 'flat', ...grey });
  return createScene('normal-map', [
    node(quad(-1.2, 0.5, 0.8, 0, { tangents: true }), right),
    node(quad(0, 0.5, 0.8, 0, { tangents: false }), right),
    node(quad(1.2, 0.5, 0.8), flat),
    node(quad(-1.2, -0.5, 0.8, 0, { tangents: true }), up),
    node(quad(0, -0.5, 0.8, 0, { tangents: false }), up),
    node(quad(1.2, -0.5, 0.8), flat),
  ]);
}

/** Not asserted on: spheres to judge the look by eye (dielectric roughness 0.05 → 1, gold, coloured plastic). */
function gallery(): Scene {
  const spheres: Node[] = [];
  const dielectric = [0.05, 0.3, 0.6, 1];
  dielectric.forEach((r, i) =>
    spheres.push(node(sphere([-1.5 + i, 0.5, 0], 0.42), createMaterial({ name: `white-${r}`, baseColorFactor: [0.8, 0.8, 0.8, 1], metallicFactor: 0, roughnessFactor: r }))));
  const others = [
    createMaterial({ name: 'gold-0.15', baseColorFactor: [1, 0.77, 0.34, 1], metallicFactor: 1, roughnessFactor: 0.15 }),
    createMaterial({ name: 'gold-0.5', baseColorFactor: [1, 0.77, 0.34, 1], metallicFactor: 1, roughnessFactor: 0.5 }),
    createMaterial({ name: 'red-plastic', baseColorFactor: [0.7, 0.05, 0.04, 1], metallicFactor: 0, roughnessFactor: 0.25 }),
    createMaterial({ name: 'blue-matte', baseColorFactor: [0.1, 0.2, 0.6, 1], metallicFactor: 0, roughnessFactor: 0.9 }),
  ];
  others.forEach((m, i) => spheres.push(node(sphere([-1.5 + i, -0.5, 0], 0.42), m)));
  return createScene('gallery', spheres);
}

/** A line-list square outline and a grid of points, green and unlit. */
function linesAndPoints(): Scene {
  const outline = createGeometry({
    topology: 'line-list',
    positions: new Float32Array([-1.5, -0.5, 0, -0.5, -0.5, 0, -0.5, 0.5, 0, -1.5, 0.5, 0]),
    indices: new Uint32Array([0, 1, 1, 2, 2, 3, 3, 0]),
  });
  const points: number[] = [];
  for (let i = 0; i < 10; i++) for (let j = 0; j < 10; j++) points.push(0.5 + i * 0.1, -0.45 + j * 0.1, 0);
  const cloud = createGeometry({ topology: 'point-list', positions: new Float32Array(points) });
  return createScene('lines', [node(outline, unlit(0, 1, 0)), node(cloud, unlit(0, 1, 0))]);
}

export const SCENES: Record<string, () => Scene> = { main, blend, faces, 'normal-map': normalMap, lines: linesAndPoints, gallery };
