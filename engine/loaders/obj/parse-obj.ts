// Wavefront OBJ: v/vt/vn/f/l/p, o/g split into meshes, usemtl into primitives, mtllib from the dropped files.
// Hand-written: loaders.gl's OBJ loader returns one merged mesh and does not resolve MTL files from a file list.
import type { LoadContext } from '../context';
import { looksLikeText } from '../detect';
import { ModelLoadError } from '../errors';
import type { DroppedFiles, InputFile } from '../files';
import { srgbToLinear } from '../geometry/colors';
import { GrowableFloat32 } from '../geometry/growable';
import { generateTangents } from '../geometry/tangents';
import { createMesh, createNode, createScene } from '../../scene/factory';
import type { Node, Scene } from '../../scene/types';
import type { PrimitiveTopology } from '../../gpu/types';
import { NONE, ObjPrimitiveBuilder, buildObjGeometry, type ObjVertexData } from './build';
import { loadMaterials } from './mtl-libraries';
import { ABSENT, cornerRefs, countWords, isBlank, words } from './statements';

/**
 * Polygons are fanned into triangles; a face of millions of corners (a 10 MB line) is damage, not a shape,
 * and would cost gigabytes to fan.
 */
const MAX_FACE_CORNERS = 65536;

function invalid(message: string): ModelLoadError {
  return new ModelLoadError('INVALID_OBJ', `This OBJ file cannot be read: ${message}`);
}

interface ObjMesh {
  name: string;
  primitives: Map<string, ObjPrimitiveBuilder>;
}

class ObjReader {
  readonly data: ObjVertexData = { positions: new GrowableFloat32(), colors: null, uvs: new GrowableFloat32(), normals: new GrowableFloat32() };
  readonly meshes: ObjMesh[] = [];
  readonly libraries: string[] = [];
  private current: ObjMesh | null = null;
  private material = '';
  private line = 0;
  /** Corner triples of the statement being read, reused from line to line. */
  private readonly refs: number[] = [];

  constructor(private readonly defaultName: string, private readonly ctx: LoadContext) {}

  private mesh(): ObjMesh {
    if (!this.current) {
      this.current = { name: this.defaultName, primitives: new Map() };
      this.meshes.push(this.current);
    }
    return this.current;
  }

  private builder(topology: PrimitiveTopology): ObjPrimitiveBuilder {
    const mesh = this.mesh();
    const key = `${topology}\u0000${this.material}`;
    let b = mesh.primitives.get(key);
    if (!b) {
      b = new ObjPrimitiveBuilder(topology, this.material);
      mesh.primitives.set(key, b);
    }
    return b;
  }

  private numbers(args: string[], min: number, what: string): number[] {
    const values = args.map(Number);
    if (values.length < min || values.some((v) => !Number.isFinite(v))) throw invalid(`line ${this.line} has a ${what} whose values are not numbers.`);
    return values;
  }

  /** A 1-based or negative (relative) index made 0-based; null when out of range. */
  private index(n: number, count: number): number | null {
    const index = n > 0 ? n - 1 : count + n;
    return Number.isInteger(n) && n !== 0 && index >= 0 && index < count ? index : null;
  }

  /** Raw corner triples made 0-based in place. A bad vertex is an error; a bad uv or normal is dropped. */
  private resolveCorners(raw: number[]): number {
    const count = this.data.positions.length / 3;
    const uvCount = this.data.uvs.length / 2;
    const normalCount = this.data.normals.length / 3;
    for (let j = 0; j < raw.length; j += 3) {
      const v = this.index(raw[j], count);
      if (v === null) {
        const n = raw[j];
        throw invalid(`line ${this.line} refers to vertex ${Number.isFinite(n) ? n : '"?"'}, but ${count} vertices are defined before it.`);
      }
      raw[j] = v;
      raw[j + 1] = this.optionalIndex(raw[j + 1], uvCount, 'texture coordinates');
      raw[j + 2] = this.optionalIndex(raw[j + 2], normalCount, 'normals');
    }
    return raw.length / 3;
  }

  private optionalIndex(raw: number, count: number, what: string): number {
    if (raw === ABSENT) return NONE;
    const index = this.index(raw, count);
    if (index !== null) return index;
    this.ctx.warn(`The OBJ file refers to ${what} it does not define (first on line ${this.line}); those are ignored.`);
    return NONE;
  }

  readLine(raw: string, lineNumber: number): void {
    this.line = lineNumber;
    const hash = raw.indexOf('#');
    const line = hash >= 0 ? raw.slice(0, hash) : raw;
    let start = 0;
    while (start < line.length && isBlank(line.charCodeAt(start))) start++;
    if (start >= line.length) return;
    let end = start;
    while (end < line.length && !isBlank(line.charCodeAt(end))) end++;
    const keyword = line.slice(start, end);
    const rest = (): string => line.slice(end).trim();
    const refs = this.refs;
    switch (keyword) {
      case 'v': {
        const v = this.numbers(words(line, end, 6), 3, 'vertex');
        this.ctx.budget.chargeVertices(1);
        this.data.positions.push3(v[0], v[1], v[2]);
        if (v.length >= 6) this.vertexColor(v[3], v[4], v[5]);
        else if (this.data.colors) this.vertexColor(1, 1, 1, true);
        break;
      }
      case 'vt': {
        const t = this.numbers(words(line, end, 2), 1, 'texture coordinate');
        this.data.uvs.push(t[0]);
        this.data.uvs.push(t.length > 1 ? t[1] : 0);
        break;
      }
      case 'vn': {
        const n = this.numbers(words(line, end, 3), 3, 'normal');
        this.data.normals.push3(n[0], n[1], n[2]);
        break;
      }
      case 'f': {
        const corners = countWords(line, end);
        if (corners > MAX_FACE_CORNERS) {
          throw invalid(`line ${this.line} has a face of ${corners} corners; one face may have at most ${MAX_FACE_CORNERS}.`);
        }
        const count = this.resolveCorners(cornerRefs(line, end, refs));
        if (count < 3) {
          this.ctx.warn('Some faces of the OBJ file have fewer than three corners and are skipped.');
          break;
        }
        this.ctx.budget.chargeTriangles(count - 2);
        const b = this.builder('triangle-list');
        // Polygons are fanned from their first corner.
        for (let i = 1; i + 1 < count; i++) {
          b.add(refs[0], refs[1], refs[2]);
          b.add(refs[i * 3], refs[i * 3 + 1], refs[i * 3 + 2]);
          b.add(refs[i * 3 + 3], refs[i * 3 + 4], refs[i * 3 + 5]);
        }
        break;
      }
      case 'l': {
        const count = this.resolveCorners(cornerRefs(line, end, refs));
        const b = this.builder('line-list');
        for (let i = 0; i + 1 < count; i++) {
          b.add(refs[i * 3], refs[i * 3 + 1], NONE);
          b.add(refs[i * 3 + 3], refs[i * 3 + 4], NONE);
        }
        break;
      }
      case 'p': {
        const count = this.resolveCorners(cornerRefs(line, end, refs));
        const b = this.builder('point-list');
        for (let i = 0; i < count; i++) b.add(refs[i * 3], NONE, NONE);
        break;
      }
      case 'o':
      case 'g':
        this.startMesh(rest() || this.defaultName);
        break;
      case 'usemtl':
        this.material = rest();
        break;
      case 'mtllib':
        if (rest()) this.libraries.push(rest());
        break;
      case 'curv':
      case 'curv2':
      case 'surf':
        this.ctx.warn('The OBJ file contains curves or surfaces, which are not shown.');
        break;
      default:
        // s (smoothing groups), vp, cstype and the like change nothing we draw.
        break;
    }
  }

  private startMesh(name: string): void {
    const current = this.current;
    if (current && current.primitives.size === 0) {
      // An empty group just renames the mesh ("g EmptyGroup" followed by "g Real").
      current.name = name;
      return;
    }
    this.current = { name, primitives: new Map() };
    this.meshes.push(this.current);
  }

  /** OBJ vertex colours (a common extension) are display values, converted to linear. */
  private vertexColor(r: number, g: number, b: number, filler = false): void {
    if (!this.data.colors) {
      if (filler) return;
      // Vertices before the first coloured one are white.
      this.data.colors = new GrowableFloat32();
      for (let i = 0; i < this.data.positions.length / 3 - 1; i++) for (let k = 0; k < 4; k++) this.data.colors.push(1);
    }
    this.data.colors.push(filler ? 1 : srgbToLinear(r));
    this.data.colors.push(filler ? 1 : srgbToLinear(g));
    this.data.colors.push(filler ? 1 : srgbToLinear(b));
    this.data.colors.push(1);
  }
}

function continues(line: string): boolean {
  return line.endsWith('\\') || line.endsWith('\\\r');
}

export async function parseObj(file: InputFile, files: DroppedFiles, ctx: LoadContext, name: string): Promise<Scene> {
  if (!looksLikeText(file.bytes)) throw invalid('it is not a text file.');
  const reader = new ObjReader(name, ctx);
  const lines = new TextDecoder('utf-8').decode(file.bytes).split('\n');
  for (let i = 0; i < lines.length; i++) {
    const number = i + 1;
    let line = lines[i];
    // A trailing backslash continues the line; old Mac files end lines with \r alone. Parts are joined once,
    // so a long run of continued lines costs linear time.
    if (continues(line)) {
      const parts: string[] = [];
      while (continues(line) && i + 1 < lines.length) {
        parts.push(line.replace(/\\\r?$/, ' '));
        line = lines[++i];
      }
      parts.push(continues(line) ? line.replace(/\\\r?$/, ' ') : line);
      line = parts.join('');
    }
    if (line.endsWith('\r')) line = line.slice(0, -1);
    if (line.includes('\r')) {
      const parts = line.split('\r');
      for (const part of parts) reader.readLine(part, number);
    } else {
      reader.readLine(line, number);
    }
    if ((i & 0xffff) === 0xffff) await ctx.maybeYield(0.05 + (0.6 * i) / lines.length);
  }
  await ctx.yieldStep(0.7);
  const materials = loadMaterials(reader.libraries, file, files, ctx);
  const roots: Node[] = [];
  for (const objMesh of reader.meshes) {
    const primitives = [];
    for (const builder of objMesh.primitives.values()) {
      if (builder.cornerCount === 0) continue;
      const geometry = buildObjGeometry(builder, reader.data);
      const material = materials(builder.materialName, reader.data.colors !== null);
      const normalMap = material.normalTexture;
      if (normalMap && geometry.topology === 'triangle-list' && geometry.normals && geometry.uvs) {
        geometry.tangents = generateTangents(geometry.positions, geometry.normals, geometry.uvs, geometry.indices);
      }
      primitives.push({ geometry, material });
    }
    if (primitives.length > 0) roots.push(createNode({ name: objMesh.name, mesh: createMesh(objMesh.name, primitives) }));
    await ctx.maybeYield(0.9);
  }
  return createScene(name, roots, ctx.warnings);
}
