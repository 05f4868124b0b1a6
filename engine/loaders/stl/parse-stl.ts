// STL, ASCII and binary: a triangle soup with flat normals and a grey material.
import type { LoadContext } from '../context';
import { ModelLoadError } from '../errors';
import type { InputFile } from '../files';
import { greyMaterial } from '../default-material';
import { flatNormals } from '../geometry/normals';
import { createGeometry, createMesh, createNode, createScene } from '../../scene/factory';
import type { Scene } from '../../scene/types';

function invalid(message: string): ModelLoadError {
  return new ModelLoadError('INVALID_STL', `This STL file cannot be read: ${message}`);
}

export async function parseStl(file: InputFile, binary: boolean, ctx: LoadContext, name: string): Promise<Scene> {
  const positions = binary ? readBinary(file.bytes, ctx) : readAscii(file.bytes, ctx);
  await ctx.yieldStep(0.8);
  if (positions.length === 0) throw new ModelLoadError('EMPTY_MODEL', 'This STL file holds no triangles.');
  // File normals are often missing or wrong; flat normals from the vertices are always consistent.
  const geometry = createGeometry({ positions, normals: flatNormals(positions) });
  const mesh = createMesh(name, [{ geometry, material: greyMaterial() }]);
  return createScene(name, [createNode({ name, mesh })], ctx.warnings);
}

function readBinary(bytes: Uint8Array, ctx: LoadContext): Float32Array {
  if (bytes.length < 84) throw invalid('it is too short to be a binary STL file.');
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const count = view.getUint32(80, true);
  const fits = Math.floor((bytes.length - 84) / 50);
  if (count > fits) throw invalid(`it says it holds ${count} triangles, but it is only big enough for ${fits}.`);
  ctx.budget.chargeTriangles(count);
  ctx.budget.chargeGeometryBytes(count * 9 * 4 * 2);
  if (count < fits) ctx.warn(`The STL file has ${bytes.length - 84 - 50 * count} bytes after its ${count} triangles; they are ignored.`);
  const positions = new Float32Array(count * 9);
  for (let t = 0; t < count; t++) {
    // 12 bytes of file normal, then three vertices, then a 2-byte attribute.
    const base = 84 + t * 50 + 12;
    for (let k = 0; k < 9; k++) {
      const v = view.getFloat32(base + k * 4, true);
      if (!Number.isFinite(v)) throw invalid(`triangle ${t} has a corner whose coordinates are not numbers (NaN or infinite).`);
      positions[t * 9 + k] = v;
    }
  }
  return positions;
}

function readAscii(bytes: Uint8Array, ctx: LoadContext): Float32Array {
  const text = new TextDecoder('utf-8').decode(bytes);
  const out: number[] = [];
  let loop: number[] = [];
  const flush = (): void => {
    // A loop of more than three vertices (non-standard, but seen) is fanned.
    if (loop.length >= 9) ctx.budget.chargeTriangles(loop.length / 3 - 2);
    for (let i = 1; i + 1 < loop.length / 3; i++) {
      out.push(loop[0], loop[1], loop[2]);
      for (let k = 0; k < 3; k++) out.push(loop[i * 3 + k]);
      for (let k = 0; k < 3; k++) out.push(loop[(i + 1) * 3 + k]);
    }
    loop = [];
  };
  let sawSolid = false;
  const lines = text.split(/\r\n|\r|\n/);
  for (let n = 0; n < lines.length; n++) {
    const hash = lines[n].indexOf('#');
    const line = (hash >= 0 ? lines[n].slice(0, hash) : lines[n]).trim();
    if (!line) continue;
    const tokens = line.split(/\s+/);
    const keyword = tokens[0].toLowerCase();
    if (keyword === 'vertex') {
      const x = Number(tokens[1]), y = Number(tokens[2]), z = Number(tokens[3]);
      if (tokens.length < 4 || !Number.isFinite(x) || !Number.isFinite(y) || !Number.isFinite(z)) {
        throw invalid(`line ${n + 1} has a vertex whose coordinates are not numbers.`);
      }
      loop.push(x, y, z);
    } else if (keyword === 'endloop' || keyword === 'endfacet' || keyword === 'facet' || keyword === 'outer') {
      flush();
    } else if (keyword === 'solid') {
      sawSolid = true;
    }
  }
  flush();
  if (!sawSolid && out.length === 0) throw invalid('it is neither a text STL (starting with "solid") nor a binary one of the right size.');
  return new Float32Array(out);
}
