// One scene's GPU data: geometry, materials, textures and per-node uniforms, kept beside the scene in
// WeakMaps (never on the scene's objects), every resource recorded so destroy() returns all of it.
import type { Device, GpuBindGroup, GpuPipeline, GpuResource, TextureFormat } from '../gpu/types';
import { boundsCenter, emptyBounds, extendByTransformedBounds, isEmptyBounds } from '../scene/bounds';
import type { Geometry, Material, Scene } from '../scene/types';
import { collectWorldItems, type WorldItem } from '../scene/world';
import type { DefaultResources } from './default-resources';
import { uploadGeometry, type GeometryGpu } from './geometry-upload';
import { buildLineDraws, type LineDraw } from './line-draws';
import { materialFeatures, packMaterial, TEXTURE_SLOTS, textureRefOf, type TextureSlot } from './material-uniforms';
import { OBJECT_LAYOUT, objectStride, packObjects } from './object-uniforms';
import { MATERIAL_GROUP, OBJECT_GROUP } from './pbr-program';
import type { PipelineCache, PipelineKey } from './pipelines';
import { drawsBlended, PROGRAMS, type ProgramId } from './programs';
import { buildRenderList, type DrawItem, type RenderList } from './render-list';
import { TextureCache, type BoundTexture } from './texture-cache';
import { vertexCountOf } from './vertex-attributes';

export interface SceneGpuContext {
  device: Device;
  defaults: DefaultResources;
  pipelines: PipelineCache;
  sampleCount: 1 | 4;
  /** The look's program, whose pipelines are made with the upload. */
  program: ProgramId;
  warn: (message: string) => void;
}

interface MaterialGpu {
  bindGroup: GpuBindGroup;
  order: number;
  /** Which texture slots it samples, as shader features (materialFeatures). */
  features: ReadonlySet<string>;
}

/** Base colour and emissive are authored in sRGB; the other maps hold linear data. */
const SRGB_SLOTS: ReadonlySet<TextureSlot> = new Set<TextureSlot>(['baseColor', 'emissive']);

/** A pipeline's features: the material's texture slots and the geometry's attributes. */
function unionOf(a: ReadonlySet<string>, b: ReadonlySet<string>): ReadonlySet<string> {
  return new Set([...a, ...b]);
}

function drawable(item: WorldItem): boolean {
  const g = item.primitive.geometry;
  return vertexCountOf(g) > 0 && (g.indices ? g.indices.length > 0 : true);
}

function worldCentre(item: WorldItem): [number, number, number] {
  const b = emptyBounds();
  extendByTransformedBounds(b, item.primitive.geometry.bounds, item.world);
  return isEmptyBounds(b) ? [item.world[12], item.world[13], item.world[14]] : boundsCenter(b);
}

/** One drawable primitive with its GPU data, before a program is chosen. */
interface SurfaceDraw {
  key: Omit<PipelineKey, 'program' | 'sampleCount'>;
  materialGroup: GpuBindGroup;
  materialOrder: number;
  objectGroup: GpuBindGroup;
  geometry: GeometryGpu;
  /** The scene's geometry, whose edges the line looks extract. */
  source: Geometry;
  centre: [number, number, number];
}

export class SceneGpu {
  private readonly surfaces: SurfaceDraw[];
  private readonly lists = new Map<string, RenderList>();
  private readonly owned: GpuResource[] = [];
  private readonly geometries = new WeakMap<Geometry, GeometryGpu>();
  private readonly materials = new WeakMap<Material, MaterialGpu>();
  private readonly textures: TextureCache;
  private materialCount = 0;
  private lineDraws: LineDraw[] | null = null;
  private destroyed = false;

  constructor(private readonly ctx: SceneGpuContext, scene: Scene) {
    const own = (r: GpuResource) => this.owned.push(r);
    this.textures = new TextureCache(ctx.device, own, ctx.warn);
    const items = collectWorldItems(scene).filter(drawable);
    try {
      const objectGroups = this.objectGroups(items, scene.name);
      this.surfaces = items.map((item, index) => {
        const { geometry, material } = item.primitive;
        let geometryGpu = this.geometries.get(geometry);
        if (!geometryGpu) {
          geometryGpu = uploadGeometry(ctx.device, geometry, `${scene.name}/geometry${index}`, own);
          this.geometries.set(geometry, geometryGpu);
        }
        const objectGroup = objectGroups.get(item.world)!;
        const materialGpu = this.material(material);
        return {
          key: { topology: geometry.topology, alphaMode: material.alphaMode, doubleSided: material.doubleSided, mirrored: item.mirrored, features: unionOf(materialGpu.features, geometryGpu.features) },
          materialGroup: materialGpu.bindGroup,
          materialOrder: materialGpu.order,
          objectGroup,
          geometry: geometryGpu,
          source: geometry,
          centre: worldCentre(item),
        };
      });
      // The look's pipelines are made with the upload, so the first frame creates nothing.
      this.list(ctx.program, ctx.sampleCount);
    } catch (error) {
      // A failed upload must not leak what was made before it.
      this.destroy();
      throw error;
    }
  }

  /** The draws for one program at one sample count; pipelines are made on first use, then the list is kept. */
  list(program: ProgramId, sampleCount: 1 | 4): RenderList {
    const id = `${program}|${sampleCount}`;
    let list = this.lists.get(id);
    if (list) return list;
    const surfaceProgram = PROGRAMS[program];
    const pipelineOrder = new Map<GpuPipeline, number>();
    const draws: DrawItem[] = this.surfaces.map((surface) => {
      const pipeline = this.ctx.pipelines.get({ ...surface.key, program, sampleCount });
      if (!pipelineOrder.has(pipeline)) pipelineOrder.set(pipeline, pipelineOrder.size);
      return {
        pipeline,
        materialGroup: surface.materialGroup,
        objectGroup: surface.objectGroup,
        geometry: surface.geometry,
        blend: drawsBlended(surfaceProgram, surface.key.alphaMode),
        pipelineOrder: pipelineOrder.get(pipeline)!,
        materialOrder: surface.materialOrder,
        centre: surface.centre,
        depth: 0,
      };
    });
    list = buildRenderList(draws);
    this.lists.set(id, list);
    return list;
  }

  /** The edge draws of the line looks: edges are extracted the first time a line look draws the scene, then kept. */
  lines(): readonly LineDraw[] {
    this.lineDraws ??= buildLineDraws(this.ctx.device, this.surfaces.map((s) => ({ ...s, geometry: s.source })), 'scene', (r) => this.owned.push(r));
    return this.lineDraws;
  }

  destroy(): void {
    if (this.destroyed) return;
    this.destroyed = true;
    for (const r of this.owned) r.destroy();
    this.owned.length = 0;
  }

  /**
   * Each node's bind group, by its world matrix (primitives of one node share it): every node's block lives in one
   * buffer, uploaded at once, where a buffer per node cost thousands of uploads on scenes of many small parts.
   */
  private objectGroups(items: readonly WorldItem[], label: string): Map<Float32Array, GpuBindGroup> {
    const { device } = this.ctx;
    const nodes = [...new Map(items.map((item) => [item.world, item])).values()];
    const groups = new Map<Float32Array, GpuBindGroup>();
    if (nodes.length === 0) return groups;
    const stride = objectStride(device.limits.uniformOffsetAlignment);
    const buffer = device.createBuffer({ label: `${label}/objects`, usage: 'uniform', data: packObjects(nodes, stride) });
    this.owned.push(buffer);
    nodes.forEach((node, k) => {
      const entry = { binding: 0, resource: buffer, offset: k * stride, size: OBJECT_LAYOUT.bytes };
      const group = device.createBindGroup({ label: `${label}/${node.node.name || 'node'}/object`, layout: OBJECT_GROUP, entries: [entry] });
      this.owned.push(group);
      groups.set(node.world, group);
    });
    return groups;
  }

  private material(material: Material): MaterialGpu {
    const known = this.materials.get(material);
    if (known) return known;
    const { device, defaults } = this.ctx;
    const label = `material/${material.name || 'material'}`;
    const bound = new Map<TextureSlot, BoundTexture>();
    for (const slot of TEXTURE_SLOTS) {
      const ref = textureRefOf(material, slot);
      const format: TextureFormat = SRGB_SLOTS.has(slot) ? 'rgba8unorm-srgb' : 'rgba8unorm';
      const texture = ref ? this.textures.get(ref.texture, format) : null;
      if (texture) bound.set(slot, texture);
    }
    const data = packMaterial(material, (slot) => bound.has(slot));
    const buffer = device.createBuffer({ label: `${label}/uniforms`, usage: 'uniform', data });
    this.owned.push(buffer);
    const entries = [{ binding: 0, resource: buffer }, ...TEXTURE_SLOTS.flatMap((slot, i) => {
      const b = bound.get(slot);
      const fallback = slot === 'normal' ? defaults.flatNormal : defaults.white;
      return [
        { binding: 1 + i * 2, resource: b?.texture ?? fallback },
        { binding: 2 + i * 2, resource: b?.sampler ?? defaults.sampler },
      ];
    })];
    const bindGroup = device.createBindGroup({ label, layout: MATERIAL_GROUP, entries });
    this.owned.push(bindGroup);
    const gpu = { bindGroup, order: this.materialCount++, features: materialFeatures(bound.keys()) };
    this.materials.set(material, gpu);
    return gpu;
  }
}
