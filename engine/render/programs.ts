// The programs that draw a scene's surfaces: the looks (one per style) and the data passes (mask, depth,
// normals). All share the vertex stage, the bind group layouts and the per-object GPU data, so switching program
// re-uploads nothing.
import type { ShaderSource } from '../gpu/types';
import type { AlphaMode } from '../scene/types';
import clayFragmentGlsl from '../../shaders/clay/clay.frag.glsl?raw';
import clayVertexGlsl from '../../shaders/clay/clay.vert.glsl?raw';
import clayWgsl from '../../shaders/clay/clay.wgsl?raw';
import depthRampFragmentGlsl from '../../shaders/depth-ramp/depth-ramp.frag.glsl?raw';
import depthRampVertexGlsl from '../../shaders/depth-ramp/depth-ramp.vert.glsl?raw';
import depthRampWgsl from '../../shaders/depth-ramp/depth-ramp.wgsl?raw';
import depthFragmentGlsl from '../../shaders/depth/depth.frag.glsl?raw';
import depthVertexGlsl from '../../shaders/depth/depth.vert.glsl?raw';
import depthWgsl from '../../shaders/depth/depth.wgsl?raw';
import fillFragmentGlsl from '../../shaders/fill/fill.frag.glsl?raw';
import fillVertexGlsl from '../../shaders/fill/fill.vert.glsl?raw';
import fillWgsl from '../../shaders/fill/fill.wgsl?raw';
import maskFragmentGlsl from '../../shaders/mask/mask.frag.glsl?raw';
import maskVertexGlsl from '../../shaders/mask/mask.vert.glsl?raw';
import maskWgsl from '../../shaders/mask/mask.wgsl?raw';
import matcapFragmentGlsl from '../../shaders/matcap/matcap.frag.glsl?raw';
import matcapVertexGlsl from '../../shaders/matcap/matcap.vert.glsl?raw';
import matcapWgsl from '../../shaders/matcap/matcap.wgsl?raw';
import normalsFragmentGlsl from '../../shaders/normals/normals.frag.glsl?raw';
import normalsVertexGlsl from '../../shaders/normals/normals.vert.glsl?raw';
import normalsWgsl from '../../shaders/normals/normals.wgsl?raw';
import pencilFragmentGlsl from '../../shaders/pencil/pencil.frag.glsl?raw';
import pencilVertexGlsl from '../../shaders/pencil/pencil.vert.glsl?raw';
import pencilWgsl from '../../shaders/pencil/pencil.wgsl?raw';
import silhouetteFragmentGlsl from '../../shaders/silhouette/silhouette.frag.glsl?raw';
import silhouetteVertexGlsl from '../../shaders/silhouette/silhouette.vert.glsl?raw';
import silhouetteWgsl from '../../shaders/silhouette/silhouette.wgsl?raw';
import toonFragmentGlsl from '../../shaders/toon/toon.frag.glsl?raw';
import toonVertexGlsl from '../../shaders/toon/toon.vert.glsl?raw';
import toonWgsl from '../../shaders/toon/toon.wgsl?raw';
import unlitFragmentGlsl from '../../shaders/unlit/unlit.frag.glsl?raw';
import unlitVertexGlsl from '../../shaders/unlit/unlit.vert.glsl?raw';
import unlitWgsl from '../../shaders/unlit/unlit.wgsl?raw';
import xrayFragmentGlsl from '../../shaders/xray/xray.frag.glsl?raw';
import xrayVertexGlsl from '../../shaders/xray/xray.vert.glsl?raw';
import xrayWgsl from '../../shaders/xray/xray.wgsl?raw';
import { PBR_SHADER } from './pbr-program';
import { resolveIncludes } from './shader-library';

export type ProgramId = 'pbr' | 'mask' | 'depth' | 'normals' | 'clay' | 'matcap' | 'toon' | 'unlit' | 'depth-ramp' | 'silhouette' | 'xray' | 'pencil' | 'fill';

export interface SurfaceProgram {
  id: ProgramId;
  shader: ShaderSource;
  /**
   * Data passes write exact per-pixel values: every surface is drawn opaque with depth written, and they render
   * without multisampling, since averaging encoded depths or normals would give values that mean nothing.
   */
  data: boolean;
  /**
   * See-through looks: every surface, front and back, blends with this mode and writes no depth. Absent: only
   * BLEND materials blend (premultiplied, back to front), unless the program is a data pass.
   */
  seeThrough?: 'additive' | 'premultiplied';
  /** Opaque surfaces still write depth but blend (premultiplied), so a fill of alpha 0 hides lines without painting. */
  blendsOpaque?: boolean;
}

function shader(label: string, wgsl: string, vertex: string, fragment: string): ShaderSource {
  return { label, wgsl: resolveIncludes(wgsl, 'wgsl'), glslVertex: resolveIncludes(vertex, 'glsl'), glslFragment: resolveIncludes(fragment, 'glsl') };
}

export const PROGRAMS: Readonly<Record<ProgramId, SurfaceProgram>> = {
  pbr: { id: 'pbr', shader: PBR_SHADER, data: false },
  mask: { id: 'mask', shader: shader('mask', maskWgsl, maskVertexGlsl, maskFragmentGlsl), data: true },
  depth: { id: 'depth', shader: shader('depth', depthWgsl, depthVertexGlsl, depthFragmentGlsl), data: true },
  normals: { id: 'normals', shader: shader('normals', normalsWgsl, normalsVertexGlsl, normalsFragmentGlsl), data: true },
  clay: { id: 'clay', shader: shader('clay', clayWgsl, clayVertexGlsl, clayFragmentGlsl), data: false },
  matcap: { id: 'matcap', shader: shader('matcap', matcapWgsl, matcapVertexGlsl, matcapFragmentGlsl), data: false },
  toon: { id: 'toon', shader: shader('toon', toonWgsl, toonVertexGlsl, toonFragmentGlsl), data: false },
  unlit: { id: 'unlit', shader: shader('unlit', unlitWgsl, unlitVertexGlsl, unlitFragmentGlsl), data: false },
  'depth-ramp': { id: 'depth-ramp', shader: shader('depth-ramp', depthRampWgsl, depthRampVertexGlsl, depthRampFragmentGlsl), data: false },
  // a silhouette is about where the surface is, like the mask: transparent surfaces count as covered
  silhouette: { id: 'silhouette', shader: shader('silhouette', silhouetteWgsl, silhouetteVertexGlsl, silhouetteFragmentGlsl), data: true },
  xray: { id: 'xray', shader: shader('xray', xrayWgsl, xrayVertexGlsl, xrayFragmentGlsl), data: false, seeThrough: 'additive' },
  fill: { id: 'fill', shader: shader('fill', fillWgsl, fillVertexGlsl, fillFragmentGlsl), data: false, blendsOpaque: true },
  pencil: { id: 'pencil', shader: shader('pencil', pencilWgsl, pencilVertexGlsl, pencilFragmentGlsl), data: false },
};

export const PROGRAM_IDS = Object.keys(PROGRAMS) as readonly ProgramId[];

/** Whether a surface of this alpha mode blends (and so writes no depth and is drawn back to front) in a program. */
export function drawsBlended(program: SurfaceProgram, alphaMode: AlphaMode): boolean {
  return program.seeThrough !== undefined || (alphaMode === 'BLEND' && !program.data);
}
