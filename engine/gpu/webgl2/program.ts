// GLSL programs: compiled and linked once per source pair and layout, with uniform blocks tied to binding points
// (group*stride + binding) and sampler2Ds to texture units, both fixed at link time.
import type { BindGroupLayout, ShaderSource } from '../types';
import { GL } from './conv';
import type { WebGL2Limits } from './device';
import type { GLState } from './state';

/** A uniform block the program uses: which group and binding feed it, at which binding point. */
export interface UniformSlot {
  group: number;
  binding: number;
  point: number;
}

/** A sampler2D the program uses: the texture and sampler bindings that feed it, and its unit. */
export interface TextureSlot {
  group: number;
  binding: number;
  sampler: number;
  unit: number;
}

export interface LinkedProgram {
  readonly handle: WebGLProgram;
  readonly uniforms: readonly UniformSlot[];
  readonly textures: readonly TextureSlot[];
}

function layoutKey(groups: BindGroupLayout[]): string {
  return groups
    .map((g) => `${g.group}{${g.bindings.map((b) => `${b.binding}:${b.kind}:${b.name}:${b.sampler ?? ''}`).join(',')}}`)
    .join('');
}

export class ProgramCache {
  private readonly programs = new Map<string, LinkedProgram>();

  constructor(
    private readonly gl: WebGL2RenderingContext,
    private readonly state: GLState,
    private readonly limits: WebGL2Limits,
    /** Reports a validation error and returns it to throw. */
    private readonly fail: (message: string) => Error,
  ) {}

  /** The same sources with the same layout share one program (block bindings and units are program state). */
  get(shader: ShaderSource, groups: BindGroupLayout[]): LinkedProgram {
    const key = `${shader.glslVertex}\u0000${shader.glslFragment}\u0000${layoutKey(groups)}`;
    let program = this.programs.get(key);
    if (!program) {
      program = this.link(shader, groups);
      this.programs.set(key, program);
    }
    return program;
  }

  destroy(): void {
    for (const program of this.programs.values()) {
      this.state.forget(program.handle);
      this.gl.deleteProgram(program.handle);
    }
    this.programs.clear();
  }

  private link(shader: ShaderSource, groups: BindGroupLayout[]): LinkedProgram {
    const { gl, state, limits } = this;
    this.checkLayout(shader.label, groups);
    const handle = gl.createProgram();
    if (!handle) throw new Error(`Shader '${shader.label}': WebGL2 gave no program (is the context lost?)`);
    const vertex = this.compile(shader.label, GL.VERTEX_SHADER, shader.glslVertex);
    const fragment = this.compile(shader.label, GL.FRAGMENT_SHADER, shader.glslFragment);
    gl.attachShader(handle, vertex);
    gl.attachShader(handle, fragment);
    gl.linkProgram(handle);
    // One status query for the pair; the per-shader logs are only read when something failed.
    if (!gl.getProgramParameter(handle, GL.LINK_STATUS)) {
      const message = this.failureMessage(shader.label, handle, vertex, fragment);
      for (const s of [vertex, fragment]) gl.deleteShader(s);
      gl.deleteProgram(handle);
      throw gl.isContextLost() ? new Error(message) : this.fail(message);
    }
    for (const s of [vertex, fragment]) {
      gl.detachShader(handle, s);
      gl.deleteShader(s);
    }
    const uniforms: UniformSlot[] = [];
    const textures: TextureSlot[] = [];
    state.useProgram(handle);
    for (const group of groups) {
      for (const b of group.bindings) {
        if (b.kind === 'uniform') {
          const index = gl.getUniformBlockIndex(handle, b.name);
          // A block the compiler removed as unused needs no buffer.
          if (index === GL.INVALID_INDEX) continue;
          const point = group.group * limits.uniformBindingStride + b.binding;
          gl.uniformBlockBinding(handle, index, point);
          uniforms.push({ group: group.group, binding: b.binding, point });
        } else if (b.kind === 'texture') {
          const location = gl.getUniformLocation(handle, b.name);
          if (location === null) continue;
          const unit = textures.length;
          gl.uniform1i(location, unit);
          textures.push({ group: group.group, binding: b.binding, sampler: b.sampler!, unit });
        }
      }
    }
    return { handle, uniforms, textures };
  }

  /** What WebGL2's limits or the layout make impossible, found before anything is compiled. */
  private checkLayout(label: string, groups: BindGroupLayout[]): void {
    const { limits } = this;
    let textures = 0;
    for (const group of groups) {
      for (const b of group.bindings) {
        if (b.kind === 'uniform' && b.binding >= limits.uniformBindingStride) {
          throw this.fail(`Shader '${label}': uniform binding ${b.binding} of group ${group.group} is over WebGL2's limit of ${limits.uniformBindingStride - 1}`);
        }
        if (b.kind === 'texture') {
          textures++;
          const sampler = group.bindings.find((s) => s.binding === b.sampler);
          if (sampler?.kind !== 'sampler') throw this.fail(`Shader '${label}': texture '${b.name}' names no sampler binding of its group`);
        }
      }
    }
    if (textures > limits.maxTextureUnits) throw this.fail(`Shader '${label}': ${textures} textures, more than WebGL2's ${limits.maxTextureUnits} units`);
  }

  private compile(label: string, type: number, source: string): WebGLShader {
    const gl = this.gl;
    const shader = gl.createShader(type);
    if (!shader) throw new Error(`Shader '${label}': WebGL2 gave no shader object (is the context lost?)`);
    gl.shaderSource(shader, source);
    gl.compileShader(shader);
    return shader;
  }

  private failureMessage(label: string, program: WebGLProgram, vertex: WebGLShader, fragment: WebGLShader): string {
    const gl = this.gl;
    if (gl.isContextLost()) return `Shader '${label}': the WebGL2 context was lost while linking`;
    for (const [stage, shader] of [['vertex', vertex], ['fragment', fragment]] as const) {
      if (!gl.getShaderParameter(shader, GL.COMPILE_STATUS)) {
        return `Shader '${label}': the GLSL ${stage} shader does not compile:\n${gl.getShaderInfoLog(shader) ?? ''}`;
      }
    }
    return `Shader '${label}': the GLSL program does not link:\n${gl.getProgramInfoLog(program) ?? ''}`;
  }
}
