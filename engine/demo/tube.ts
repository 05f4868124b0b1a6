// A tube swept along a closed curve that winds around the origin (torus knots, rings).
import type { Geometry, Vec3 } from '../scene/types';
import { cross, normalizeOrNull, scale, sub } from '../views/basis';
import { emptyMeshData, pushGridIndices, pushVertex, toGeometry } from './mesh-data';

export type ClosedCurve = (t: number) => Vec3;

/**
 * The frame's normal is the curve point's direction from the origin made perpendicular to the
 * tangent: it closes seamlessly at t = 1, which a parallel-transported frame would not.
 */
export function sweepTube(curve: ClosedCurve, tubeRadius: number, tubularSegments: number, radialSegments: number): Geometry {
  const data = emptyMeshData();
  const step = 1e-4;
  for (let ring = 0; ring <= tubularSegments; ring++) {
    const t = (ring % tubularSegments) / tubularSegments;
    const center = curve(t);
    const tangent = normalizeOrNull(sub(curve(t + step), curve(t - step))) ?? [1, 0, 0];
    const radial = normalizeOrNull(sub(center, scale(tangent, center[0] * tangent[0] + center[1] * tangent[1] + center[2] * tangent[2]))) ?? [0, 1, 0];
    const binormal = cross(tangent, radial);
    for (let side = 0; side <= radialSegments; side++) {
      const angle = ((side % radialSegments) / radialSegments) * 2 * Math.PI;
      const normal: Vec3 = [
        radial[0] * Math.cos(angle) + binormal[0] * Math.sin(angle),
        radial[1] * Math.cos(angle) + binormal[1] * Math.sin(angle),
        radial[2] * Math.cos(angle) + binormal[2] * Math.sin(angle),
      ];
      const position: Vec3 = [center[0] + normal[0] * tubeRadius, center[1] + normal[1] * tubeRadius, center[2] + normal[2] * tubeRadius];
      pushVertex(data, position, normal, ring / tubularSegments, side / radialSegments);
    }
  }
  // the vertex grid stores rings as rows: columns are the radial sides
  pushGridIndices(data, 0, radialSegments, tubularSegments);
  return toGeometry(data);
}

/** The (p, q) torus knot standing in the XY plane, facing +Z, about 2 * radius across. */
export function createTorusKnot(radius: number, tubeRadius: number, p = 2, q = 3, tubularSegments = 256, radialSegments = 20): Geometry {
  const curve: ClosedCurve = (t) => {
    const u = t * 2 * Math.PI * p;
    const r = radius * (2 + Math.cos((q / p) * u)) / 3;
    return [r * Math.cos(u), r * Math.sin(u), (radius / 3) * Math.sin((q / p) * u)];
  };
  return sweepTube(curve, tubeRadius, tubularSegments, radialSegments);
}

/** A ring lying in the XZ plane around the Y axis. */
export function createTorus(radius: number, tubeRadius: number, tubularSegments = 128, radialSegments = 16): Geometry {
  return sweepTube((t) => [radius * Math.cos(t * 2 * Math.PI), 0, radius * Math.sin(t * 2 * Math.PI)], tubeRadius, tubularSegments, radialSegments);
}
