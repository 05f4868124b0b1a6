// The programs that draw a scene's surfaces: the PBR look and the data passes (mask, depth, normals). All share
// the vertex stage, the bind group layouts and the per-object GPU data, so switching program re-uploads nothing.
import type { ShaderSource } from '../gpu/types';
import depthFragmentGlsl from '../../shaders/depth/depth.frag.glsl?raw';
import depthVertexGlsl from '../../shaders/depth/depth.vert.glsl?raw';
import depthWgsl from '../../shaders/depth/depth.wgsl?raw';
import maskFragmentGlsl from '../../shaders/mask/mask.frag.glsl?raw';
import maskVertexGlsl from '../../shaders/mask/mask.vert.glsl?raw';
import maskWgsl from '../../shaders/mask/mask.wgsl?raw';
import normalsFragmentGlsl from '../../shaders/normals/normals.frag.glsl?raw';
import normalsVertexGlsl from '../../shaders/normals/normals.vert.glsl?raw';
import normalsWgsl from '../../shaders/normals/normals.wgsl?raw';
import { PBR_SHADER } from './pbr-program';
import { resolveIncludes } from './shader-library';

export type ProgramId = 'pbr' | 'mask' | 'depth' | 'normals';
export const PROGRAM_IDS: readonly ProgramId[] = ['pbr', 'mask', 'depth', 'normals'];

export interface SurfaceProgram {
  id: ProgramId;
  shader: ShaderSource;
  /**
   * Data passes write exact per-pixel values: every surface is drawn opaque with depth written, and they render
   * without multisampling, since averaging encoded depths or normals would give values that mean nothing.
   */
  data: boolean;
}

function shader(label: string, wgsl: string, vertex: string, fragment: string): ShaderSource {
  return { label, wgsl: resolveIncludes(wgsl, 'wgsl'), glslVertex: resolveIncludes(vertex, 'glsl'), glslFragment: resolveIncludes(fragment, 'glsl') };
}

export const PROGRAMS: Readonly<Record<ProgramId, SurfaceProgram>> = {
  pbr: { id: 'pbr', shader: PBR_SHADER, data: false },
  mask: { id: 'mask', shader: shader('mask', maskWgsl, maskVertexGlsl, maskFragmentGlsl), data: true },
  depth: { id: 'depth', shader: shader('depth', depthWgsl, depthVertexGlsl, depthFragmentGlsl), data: true },
  normals: { id: 'normals', shader: shader('normals', normalsWgsl, normalsVertexGlsl, normalsFragmentGlsl), data: true },
};
