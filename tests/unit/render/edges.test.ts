import { describe, expect, it } from 'vitest';
import { createSphere } from '../../../engine/demo/sphere';
import { EDGE_BOUNDARY, EDGE_FLOATS, EDGE_NON_MANIFOLD, extractEdges, weldByPosition } from '../../../engine/render/edges';

/** A unit cube as files store it: 24 vertices (4 per face, split by normal), 12 triangles, outward winding. */
function splitCube(): { topology: 'triangle-list'; positions: Float32Array; indices: Uint32Array } {
  const faces = [
    [[0, 0, 1], [1, 0, 0], [0, 1, 0]], [[0, 0, -1], [-1, 0, 0], [0, 1, 0]],
    [[1, 0, 0], [0, 0, -1], [0, 1, 0]], [[-1, 0, 0], [0, 0, 1], [0, 1, 0]],
    [[0, 1, 0], [1, 0, 0], [0, 0, -1]], [[0, -1, 0], [1, 0, 0], [0, 0, 1]],
  ];
  const positions: number[] = [];
  const indices: number[] = [];
  for (const [n, u, v] of faces) {
    const base = positions.length / 3;
    for (const [su, sv] of [[-1, -1], [1, -1], [1, 1], [-1, 1]]) {
      for (let i = 0; i < 3; i++) positions.push(0.5 * (n[i] + su * u[i] + sv * v[i]));
    }
    indices.push(base, base + 1, base + 2, base, base + 2, base + 3);
  }
  return { topology: 'triangle-list', positions: new Float32Array(positions), indices: new Uint32Array(indices) };
}

const field = (data: Float32Array, e: number, i: number) => data[e * EDGE_FLOATS + i];

describe('edge extraction', () => {
  it('welds vertices split by normals: a cube has 8 corners', () => {
    const cube = splitCube();
    expect(weldByPosition(cube.positions, 24).count).toBe(8);
    // -0 and 0 are one position
    expect(weldByPosition(new Float32Array([0, -0, 0, -0, 0, 0]), 2).count).toBe(1);
  });

  it('a cube: 12 edges at 90° and 6 flat diagonals, no boundary, each with two face normals', () => {
    const edges = extractEdges(splitCube());
    expect(edges.count).toBe(18);
    expect(edges.boundaryCount).toBe(0);
    const angles = Array.from({ length: edges.count }, (_, e) => Math.round(field(edges.data, e, 7)));
    expect(angles.filter((a) => a === 90).length).toBe(12);
    expect(angles.filter((a) => a === 0).length).toBe(6);
    for (let e = 0; e < edges.count; e++) {
      expect(field(edges.data, e, 3)).toBe(0);
      const a = [8, 9, 10].map((i) => field(edges.data, e, i));
      const b = [12, 13, 14].map((i) => field(edges.data, e, i));
      expect(Math.hypot(...a)).toBeCloseTo(1, 5);
      expect(Math.hypot(...b)).toBeCloseTo(1, 5);
      // a 90° edge joins two faces of the cube along the axis-aligned edge between them
      const cos = a[0] * b[0] + a[1] * b[1] + a[2] * b[2];
      expect(Math.acos(Math.min(1, cos)) * 180 / Math.PI).toBeCloseTo(field(edges.data, e, 7), 3);
      // end points are cube corners
      for (const i of [0, 1, 2, 4, 5, 6]) expect(Math.abs(field(edges.data, e, i))).toBeCloseTo(0.5, 6);
    }
  });

  it('an open quad: 4 boundary edges (one face each) and the diagonal', () => {
    const quad = { topology: 'triangle-list' as const, positions: new Float32Array([0, 0, 0, 1, 0, 0, 1, 1, 0, 0, 1, 0]), indices: new Uint32Array([0, 1, 2, 0, 2, 3]) };
    const edges = extractEdges(quad);
    expect(edges.count).toBe(5);
    expect(edges.boundaryCount).toBe(4);
    const flags = Array.from({ length: 5 }, (_, e) => field(edges.data, e, 3));
    expect(flags.filter((f) => f === EDGE_BOUNDARY).length).toBe(4);
    // a boundary edge repeats its one normal, so it can never be a silhouette
    for (let e = 0; e < 5; e++) expect([8, 9, 10].map((i) => field(edges.data, e, i))).toEqual([12, 13, 14].map((i) => field(edges.data, e, i)));
  });

  it('a smooth sphere has no edge over 30°, seam welded, no boundary', () => {
    const sphere = createSphere(1, 48, 24);
    const edges = extractEdges(sphere);
    expect(edges.boundaryCount).toBe(0);
    let largest = 0;
    for (let e = 0; e < edges.count; e++) largest = Math.max(largest, field(edges.data, e, 7));
    expect(largest).toBeGreaterThan(1);
    expect(largest).toBeLessThan(30);
  });

  it('non-indexed and degenerate input; three faces on one edge; other topologies give none', () => {
    // two triangles without indices sharing an edge, plus one with a repeated vertex
    const positions = new Float32Array([0, 0, 0, 1, 0, 0, 0, 1, 0, 1, 0, 0, 1, 1, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1]);
    const edges = extractEdges({ topology: 'triangle-list', positions, indices: null });
    expect(edges.count).toBe(5);
    expect(edges.boundaryCount).toBe(4);
    const fan = extractEdges({
      topology: 'triangle-list',
      positions: new Float32Array([0, 0, 0, 1, 0, 0, 0, 1, 0, 0, -1, 0, 0, 0, 1]),
      indices: new Uint32Array([0, 1, 2, 1, 0, 3, 0, 1, 4, 0, 1, 99]),
    });
    const shared = Array.from({ length: fan.count }, (_, e) => e).filter((e) => field(fan.data, e, 3) === EDGE_NON_MANIFOLD);
    expect(shared.length).toBe(1);
    expect(field(fan.data, shared[0], 7)).toBe(180);
    expect(extractEdges({ topology: 'line-list', positions, indices: null }).count).toBe(0);
    expect(extractEdges({ topology: 'triangle-list', positions: new Float32Array(0), indices: null }).count).toBe(0);
  });

  it('a million triangles in reasonable time', () => {
    const n = 708; // 708² quads ≈ 1.0M triangles
    const positions = new Float32Array((n + 1) * (n + 1) * 3);
    for (let y = 0; y <= n; y++) for (let x = 0; x <= n; x++) positions.set([x, y, Math.sin(x * 0.3) * Math.cos(y * 0.2)], (y * (n + 1) + x) * 3);
    const indices = new Uint32Array(n * n * 6);
    for (let y = 0, i = 0; y < n; y++) {
      for (let x = 0; x < n; x++, i += 6) {
        const a = y * (n + 1) + x;
        indices.set([a, a + 1, a + n + 2, a, a + n + 2, a + n + 1], i);
      }
    }
    const start = performance.now();
    const edges = extractEdges({ topology: 'triangle-list', positions, indices });
    const ms = performance.now() - start;
    console.log(`edges of ${indices.length / 3} triangles: ${edges.count} in ${ms.toFixed(0)} ms`);
    expect(edges.count).toBe(3 * n * n + 2 * n);
    expect(edges.boundaryCount).toBe(4 * n);
    // a loose bound, for a shared machine: what it catches is work that grows faster than the mesh
    expect(ms).toBeLessThan(30000);
  }, 60000);
});
