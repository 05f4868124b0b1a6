// PLY (ASCII, binary little/big endian): vertices with normals, uvs and colours; faces fanned; no faces = points.
import type { LoadContext } from '../context';
import type { DroppedFiles, InputFile } from '../files';
import { greyMaterial, vertexColorMaterial } from '../default-material';
import { srgbByteToLinear, srgbToLinear } from '../geometry/colors';
import { GrowableFloat32, GrowableUint32 } from '../geometry/growable';
import { withFlatNormals } from '../geometry/normals';
import { unindex, type VertexStreams } from '../geometry/streams';
import { createGeometry, createMesh, createNode, createScene } from '../../scene/factory';
import type { PrimitiveTopology } from '../../gpu/types';
import type { Scene } from '../../scene/types';
import { AsciiPlyReader, BinaryPlyReader, type PlyValueReader } from './body';
import { invalidPly, readPlyHeader, type PlyElement, type PlyProperty, type PlyScalar } from './header';
import { plyTexture } from './texture';

const POSITION = ['x', 'y', 'z'];
const NORMAL = [['nx', 'ny', 'nz'], ['normal_x', 'normal_y', 'normal_z']];
const UV = [['u', 'v'], ['s', 't'], ['texture_u', 'texture_v'], ['texture_s', 'texture_t']];
const COLOR = [['red', 'green', 'blue', 'alpha'], ['r', 'g', 'b', 'a'], ['diffuse_red', 'diffuse_green', 'diffuse_blue', 'diffuse_alpha']];

/** Colour channels are display (sRGB) values; alpha is not. */
function colorChannel(value: number, type: PlyScalar, isAlpha: boolean): number {
  const unit = type === 'float32' || type === 'float64' ? value : type === 'uint16' ? value / 65535 : value / 255;
  if (isAlpha) return Math.min(1, Math.max(0, unit));
  return type === 'uint8' ? srgbByteToLinear(value) : srgbToLinear(unit);
}

/** Where each scalar of a row goes: target array, its width, the component, and an optional conversion. */
type Sink = ((row: number, value: number) => void) | null;

function column(element: PlyElement, names: string[][]): number[] | null {
  for (const set of names) {
    const idx = set.map((n) => element.properties.findIndex((p) => p.name === n && !p.countType));
    // Alpha is optional: the first three names decide.
    if (idx.slice(0, Math.min(3, set.length)).every((i) => i >= 0)) return idx;
  }
  return null;
}

interface PlyData {
  vertexCount: number;
  streams: VertexStreams;
  /** Triangle corners (polygons fanned), or null when there are no faces. */
  corners: GrowableUint32 | null;
  cornerUvs: GrowableFloat32 | null;
  cornerColors: GrowableFloat32 | null;
  edges: GrowableUint32 | null;
}

export async function parsePly(file: InputFile, files: DroppedFiles, ctx: LoadContext, name: string): Promise<Scene> {
  const header = readPlyHeader(file.bytes);
  const headerLines = (new TextDecoder('latin1').decode(file.bytes.subarray(0, header.bodyOffset)).match(/\n/g) ?? []).length;
  const reader: PlyValueReader =
    header.format === 'ascii'
      ? new AsciiPlyReader(file.bytes, header.bodyOffset, headerLines)
      : new BinaryPlyReader(file.bytes, header.bodyOffset, header.format === 'binary_little_endian');
  const data: PlyData = {
    vertexCount: 0,
    streams: { positions: new Float32Array(0), normals: null, uvs: null, uvs1: null, tangents: null, colors: null },
    corners: null, cornerUvs: null, cornerColors: null, edges: null,
  };
  let sawVertices = false;
  for (const element of header.elements) {
    reader.checkRoom(element);
    if (element.name === 'vertex' && !sawVertices) {
      sawVertices = true;
      await readVertices(element, reader, data, ctx);
    } else if (element.name === 'face' && !data.corners) {
      await readFaces(element, reader, data, ctx);
    } else if (element.name === 'edge' && !data.edges) {
      readEdges(element, reader, data);
    } else {
      skipRows(element, reader);
    }
  }
  if (!sawVertices || data.vertexCount === 0) throw invalidPly('it has no vertices.');
  checkIndices(data);
  await ctx.yieldStep(0.85);
  const texture = plyTexture(header.comments, file.name, files, ctx);
  const { topology, streams, indices } = assemble(data, texture !== null);
  const textured = texture !== null && streams.uvs !== null;
  const material = textured || streams.colors ? vertexColorMaterial(textured ? 'textured' : undefined) : greyMaterial();
  if (textured) material.baseColorTexture = { texture, texCoord: 0, transform: null };
  const geometry = createGeometry({ topology, ...streams, indices });
  return createScene(name, [createNode({ name, mesh: createMesh(name, [{ geometry, material }]) })], ctx.warnings);
}

function readValues(p: PlyProperty, reader: PlyValueReader, sink: Sink, row: number): void {
  if (p.countType) {
    const n = reader.read(p.countType);
    for (let i = 0; i < n; i++) reader.read(p.type);
  } else {
    const value = reader.read(p.type);
    if (sink) sink(row, value);
  }
}

async function readVertices(element: PlyElement, reader: PlyValueReader, data: PlyData, ctx: LoadContext): Promise<void> {
  const n = element.count;
  const pos = column(element, [POSITION]);
  if (!pos) throw invalidPly('its vertices have no x, y, z coordinates.');
  const nrm = column(element, NORMAL);
  const uv = column(element, UV);
  const col = column(element, COLOR);
  const s = data.streams;
  ctx.budget.chargeVertices(n);
  ctx.budget.chargeGeometryBytes(n * 4 * (3 + (nrm ? 3 : 0) + (uv ? 2 : 0) + (col ? 4 : 0)));
  s.positions = new Float32Array(n * 3);
  s.normals = nrm ? new Float32Array(n * 3) : null;
  s.uvs = uv ? new Float32Array(n * 2) : null;
  s.colors = col ? new Float32Array(n * 4).fill(1) : null;
  const sinks: Sink[] = element.properties.map(() => null);
  pos.forEach((p, k) => (sinks[p] = (row, v) => (s.positions[row * 3 + k] = v)));
  nrm?.forEach((p, k) => (sinks[p] = (row, v) => (s.normals![row * 3 + k] = v)));
  // PLY uvs put (0,0) at the image's bottom-left; glTF's convention is top-left.
  uv?.forEach((p, k) => (sinks[p] = (row, v) => (s.uvs![row * 2 + k] = k === 1 ? 1 - v : v)));
  col?.forEach((p, k) => {
    if (p < 0) return;
    const type = element.properties[p].type;
    sinks[p] = (row, v) => (s.colors![row * 4 + k] = colorChannel(v, type, k === 3));
  });
  for (let row = 0; row < n; row++) {
    for (let i = 0; i < element.properties.length; i++) readValues(element.properties[i], reader, sinks[i], row);
    if ((row & 0xffff) === 0xffff) await ctx.maybeYield(0.1 + (0.4 * row) / n);
  }
  for (let i = 0; i < s.positions.length; i++) {
    if (!Number.isFinite(s.positions[i])) throw invalidPly(`vertex ${Math.floor(i / 3)} has coordinates that are not numbers (NaN or infinite).`);
  }
  data.vertexCount = n;
}

async function readFaces(element: PlyElement, reader: PlyValueReader, data: PlyData, ctx: LoadContext): Promise<void> {
  const props = element.properties;
  const indexProp = props.findIndex((p) => p.countType && (p.name === 'vertex_indices' || p.name === 'vertex_index'));
  if (indexProp < 0) throw invalidPly('its faces have no vertex list.');
  const uvProp = props.findIndex((p) => p.countType && p.name === 'texcoord');
  const col = column(element, COLOR);
  const corners = new GrowableUint32();
  const cornerUvs = uvProp >= 0 ? new GrowableFloat32() : null;
  const cornerColors = col ? new GrowableFloat32() : null;
  const polygon: number[] = [];
  const polygonUvs: number[] = [];
  const faceColor = [1, 1, 1, 1];
  for (let row = 0; row < element.count; row++) {
    polygon.length = 0;
    polygonUvs.length = 0;
    for (let i = 0; i < props.length; i++) {
      const p = props[i];
      if (i === indexProp || i === uvProp) {
        const count = reader.read(p.countType!);
        const target = i === indexProp ? polygon : polygonUvs;
        for (let k = 0; k < count; k++) target.push(reader.read(p.type));
      } else if (col && col.includes(i)) {
        const k = col.indexOf(i);
        faceColor[k] = colorChannel(reader.read(p.type), p.type, k === 3);
      } else {
        readValues(p, reader, null, row);
      }
    }
    // Fan the polygon; each corner takes its own uv (when the face lists them) and the face's colour.
    const hasUvs = polygonUvs.length === polygon.length * 2;
    if (polygon.length >= 3) ctx.budget.chargeTriangles(polygon.length - 2);
    for (let t = 1; t + 1 < polygon.length; t++) {
      for (const c of [0, t, t + 1]) {
        corners.push(polygon[c]);
        if (cornerUvs) {
          cornerUvs.push(hasUvs ? polygonUvs[c * 2] : 0);
          cornerUvs.push(hasUvs ? 1 - polygonUvs[c * 2 + 1] : 0);
        }
        if (cornerColors) for (let k = 0; k < 4; k++) cornerColors.push(faceColor[k]);
      }
    }
    if ((row & 0xffff) === 0xffff) await ctx.maybeYield(0.5 + (0.3 * row) / element.count);
  }
  data.corners = corners;
  data.cornerUvs = cornerUvs;
  data.cornerColors = cornerColors;
}

function readEdges(element: PlyElement, reader: PlyValueReader, data: PlyData): void {
  const a = element.properties.findIndex((p) => p.name === 'vertex1' && !p.countType);
  const b = element.properties.findIndex((p) => p.name === 'vertex2' && !p.countType);
  if (a < 0 || b < 0) {
    skipRows(element, reader);
    return;
  }
  const edges = new GrowableUint32();
  const pair = [0, 0];
  const sinks: Sink[] = element.properties.map((_, i) => (i === a ? (_r, v) => (pair[0] = v) : i === b ? (_r, v) => (pair[1] = v) : null));
  for (let row = 0; row < element.count; row++) {
    for (let i = 0; i < element.properties.length; i++) readValues(element.properties[i], reader, sinks[i], row);
    if (a >= 0 && b >= 0) {
      edges.push(pair[0]);
      edges.push(pair[1]);
    }
  }
  data.edges = edges;
}

function skipRows(element: PlyElement, reader: PlyValueReader): void {
  // Rows without properties hold nothing: a count of billions of them must not spin.
  if (element.properties.length === 0) return;
  for (let row = 0; row < element.count; row++) for (const p of element.properties) readValues(p, reader, null, row);
}

function checkIndices(data: PlyData): void {
  for (const list of [data.corners, data.edges]) {
    if (!list) continue;
    for (let i = 0; i < list.length; i++) {
      const v = list.get(i);
      if (!(v >= 0 && v < data.vertexCount)) throw invalidPly(`a face or edge refers to vertex ${v}, but there are only ${data.vertexCount}.`);
    }
  }
}

function assemble(data: PlyData, wantUvs: boolean): { topology: PrimitiveTopology; streams: VertexStreams; indices: Uint32Array | null } {
  const s = data.streams;
  if (data.corners && data.corners.length > 0) {
    let indices: Uint32Array | null = data.corners.toArray();
    let streams = s;
    if (data.cornerUvs || data.cornerColors) {
      // Per-face data: every corner becomes its own vertex.
      streams = unindex(s, indices);
      if (data.cornerUvs && (wantUvs || !streams.uvs)) streams.uvs = data.cornerUvs.toArray();
      if (data.cornerColors) streams.colors = data.cornerColors.toArray();
      indices = null;
    }
    if (!streams.normals) ({ streams, indices } = withFlatNormals(streams, indices));
    return { topology: 'triangle-list', streams, indices };
  }
  if (data.edges && data.edges.length > 0) return { topology: 'line-list', streams: s, indices: data.edges.toArray() };
  return { topology: 'point-list', streams: s, indices: null };
}
