// MTL material libraries mapped onto metallic-roughness materials; texture files come from the dropped files.
import type { LoadContext } from '../context';
import { DroppedFiles, classifyUri, externalReferenceWarning } from '../files';
import { checkedImage } from '../checked-image';
import { roughnessFromShininess } from '../default-material';
import { srgbToLinear } from '../geometry/colors';
import { createMaterial, createSampler } from '../../scene/factory';
import type { EncodedImage, Material, Texture, TextureRef, Vec3 } from '../../scene/types';

/** Texture statement options and how many values each takes ([min, max]). */
const OPTION_ARITY: Record<string, [number, number]> = {
  '-blendu': [1, 1], '-blendv': [1, 1], '-boost': [1, 1], '-mm': [2, 2], '-o': [1, 3], '-s': [1, 3], '-t': [1, 3],
  '-texres': [1, 1], '-clamp': [1, 1], '-bm': [1, 1], '-imfchan': [1, 1], '-type': [1, 1], '-cc': [1, 1],
};

interface TextureStatement {
  file: string;
  options: Map<string, string[]>;
}

/** "-o 0.1 0.2 -bm 0.5 my texture.png": options first, then a file name that may contain spaces. */
export function parseTextureStatement(args: string[]): TextureStatement | null {
  const options = new Map<string, string[]>();
  let i = 0;
  while (i < args.length && OPTION_ARITY[args[i].toLowerCase()]) {
    const option = args[i].toLowerCase();
    const [min, max] = OPTION_ARITY[option];
    const values: string[] = [];
    i++;
    while (i < args.length && values.length < max && (values.length < min || Number.isFinite(Number(args[i])))) values.push(args[i++]);
    options.set(option, values);
  }
  const file = args.slice(i).join(' ').trim();
  return file ? { file, options } : null;
}

/** Shares images and textures across materials that name the same file, so each is decoded once. */
export class MtlTextures {
  private readonly images = new Map<string, EncodedImage | null>();
  private readonly textures = new Map<string, Texture>();

  constructor(private readonly files: DroppedFiles, private readonly ctx: LoadContext) {}

  ref(statement: TextureStatement, mtlName: string): TextureRef | null {
    if (classifyUri(statement.file) === 'external') {
      this.ctx.warn(externalReferenceWarning('a texture', statement.file));
      return null;
    }
    const file = this.files.find(statement.file, mtlName, 'path');
    const name = DroppedFiles.missingName(statement.file, 'path');
    if (!file) {
      this.ctx.warn(`The texture "${name}" was not dropped, so the model is shown without it. Add "${name}" to see it.`);
      return null;
    }
    let image = this.images.get(file.name);
    if (image === undefined) {
      image = checkedImage(file.bytes, undefined, name, this.ctx);
      this.images.set(file.name, image);
    }
    if (!image) return null;
    const clamp = statement.options.get('-clamp')?.[0]?.toLowerCase() === 'on';
    const key = `${file.name}\u0000${clamp}`;
    let texture = this.textures.get(key);
    if (!texture) {
      const wrap = clamp ? 'clamp-to-edge' : 'repeat';
      texture = { name, image, sampler: createSampler({ wrapU: wrap, wrapV: wrap }) };
      this.textures.set(key, texture);
    }
    return { texture, texCoord: 0, transform: transformOf(statement.options) };
  }
}

/**
 * MTL -o/-s act on OBJ uvs (v up); with v flipped to glTF's v' = 1 - v, sampling at v*s + o becomes
 * v'*s + (1 - s - o) in image coordinates.
 */
function transformOf(options: Map<string, string[]>): TextureRef['transform'] {
  const o = options.get('-o');
  const s = options.get('-s');
  if (!o && !s) return null;
  const num = (list: string[] | undefined, i: number, fallback: number): number => {
    const v = Number(list?.[i]);
    return Number.isFinite(v) ? v : fallback;
  };
  const su = num(s, 0, 1), sv = num(s, 1, su);
  const ou = num(o, 0, 0), ov = num(o, 1, 0);
  return { offset: [ou, 1 - sv - ov], rotation: 0, scale: [su, sv] };
}

function color(args: string[]): Vec3 | null {
  const r = Number(args[0]);
  const g = args.length > 1 ? Number(args[1]) : r;
  const b = args.length > 2 ? Number(args[2]) : r;
  if (![r, g, b].every(Number.isFinite)) return null;
  // MTL colours are display values; the engine's factors are linear.
  return [srgbToLinear(r), srgbToLinear(g), srgbToLinear(b)];
}

export function parseMtl(bytes: Uint8Array, mtlName: string, textures: MtlTextures, ctx: LoadContext): Map<string, Material> {
  const materials = new Map<string, Material>();
  const lines = new TextDecoder('utf-8').decode(bytes).split(/\r\n|\r|\n/);
  let current: Material | null = null;
  const baseColorFiles = new Map<Material, string>();
  const alphaFiles = new Map<Material, string>();
  for (const raw of lines) {
    const hash = raw.indexOf('#');
    const line = (hash >= 0 ? raw.slice(0, hash) : raw).trim();
    if (!line) continue;
    const tokens = line.split(/\s+/);
    const keyword = tokens[0].toLowerCase();
    const args = tokens.slice(1);
    if (keyword === 'newmtl') {
      const name = line.slice(tokens[0].length).trim();
      current = createMaterial({ name: name || 'material', metallicFactor: 0, roughnessFactor: 1 });
      materials.set(name, current);
      continue;
    }
    if (!current) continue;
    const m = current;
    switch (keyword) {
      case 'kd': {
        const c = color(args);
        if (c) m.baseColorFactor = [c[0], c[1], c[2], m.baseColorFactor[3]];
        break;
      }
      case 'ke': {
        const c = color(args);
        if (c) m.emissiveFactor = c;
        break;
      }
      case 'd':
      case 'tr': {
        // Tr is transparency, the complement of d; "-halo" forms are read as plain values.
        const value = Number(args[args.length - 1]);
        if (!Number.isFinite(value)) break;
        const alpha = Math.min(1, Math.max(0, keyword === 'd' ? value : 1 - value));
        m.baseColorFactor = [m.baseColorFactor[0], m.baseColorFactor[1], m.baseColorFactor[2], alpha];
        if (alpha < 1) m.alphaMode = 'BLEND';
        break;
      }
      case 'ns':
        m.roughnessFactor = roughnessFromShininess(Number(args[0]));
        break;
      case 'pr':
        if (Number.isFinite(Number(args[0]))) m.roughnessFactor = Math.min(1, Math.max(0, Number(args[0])));
        break;
      case 'pm':
        if (Number.isFinite(Number(args[0]))) m.metallicFactor = Math.min(1, Math.max(0, Number(args[0])));
        break;
      case 'map_kd': {
        const st = parseTextureStatement(args);
        if (st) {
          m.baseColorTexture = textures.ref(st, mtlName);
          baseColorFiles.set(m, st.file);
        }
        break;
      }
      case 'map_ke': {
        const st = parseTextureStatement(args);
        if (st) m.emissiveTexture = textures.ref(st, mtlName);
        break;
      }
      // Many exporters (Blender among them) write tangent-space normal maps as bump maps.
      case 'map_bump':
      case 'bump':
      case 'norm': {
        const st = parseTextureStatement(args);
        if (!st) break;
        m.normalTexture = textures.ref(st, mtlName);
        const bm = Number(st.options.get('-bm')?.[0]);
        if (Number.isFinite(bm)) m.normalScale = bm;
        break;
      }
      case 'map_d': {
        const st = parseTextureStatement(args);
        if (!st) break;
        // Cut-outs (leaves, fences) are the usual use; the alpha is read from the base colour image.
        m.alphaMode = 'MASK';
        alphaFiles.set(m, st.file);
        break;
      }
      default:
        // Ka (ambient), Ks (specular colour), illum and the rest have no metallic-roughness counterpart.
        break;
    }
  }
  for (const [m, file] of alphaFiles) {
    if (baseColorFiles.get(m) !== file) {
      ctx.warn(`The transparency image "${DroppedFiles.missingName(file, 'path')}" is not used: transparency is taken from the colour texture's alpha.`);
    }
  }
  return materials;
}
