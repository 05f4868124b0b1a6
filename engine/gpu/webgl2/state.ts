// The GL state cache: every state change the backend makes goes through here, and a change to the value GL
// already holds never reaches the driver (each call through WebGL is validated and serialised to the GPU process).
import { GL, NO_MASK } from './conv';

/** A pipeline's fixed-function state, in GL's terms (built once per pipeline by conv.ts). */
export interface PipelineState {
  /** 0: culling off; otherwise GL.BACK or GL.FRONT. */
  cullFace: number;
  frontFace: number;
  depthWrite: boolean;
  depthFunc: number;
  /** blendFuncSeparate's four factors, or null for blending off. */
  blend: readonly [number, number, number, number] | null;
  colorWrite: boolean;
}

export class GLState {
  /** GL calls actually made, for tests that show redundant ones are skipped. */
  calls = 0;
  private program: WebGLProgram | null = null;
  private vertexArray: WebGLVertexArrayObject | null = null;
  private arrayBuffer: WebGLBuffer | null = null;
  private copyWriteBuffer: WebGLBuffer | null = null;
  private readFramebuffer: WebGLFramebuffer | null = null;
  private drawFramebuffer: WebGLFramebuffer | null = null;
  private viewportWidth = -1;
  private viewportHeight = -1;
  private cullEnabled = false;
  private cullFaceMode: number = GL.BACK;
  private frontFaceMode: number = GL.CCW;
  private depthMask = true;
  private depthFunction: number = GL.LESS;
  private blendEnabled = false;
  private blendSrcRgb: number = GL.ONE;
  private blendDstRgb: number = GL.ZERO;
  private blendSrcAlpha: number = GL.ONE;
  private blendDstAlpha: number = GL.ZERO;
  private colorMask = true;
  private activeUnit = 0;
  private readonly textures: (WebGLTexture | null)[] = [];
  private readonly samplers: (WebGLSampler | null)[] = [];
  private readonly uniformBuffers: (WebGLBuffer | null)[] = [];
  /** The bound range per binding point; size 0 for a whole buffer (bindBufferBase). */
  private readonly uniformOffsets: number[] = [];
  private readonly uniformSizes: number[] = [];

  constructor(private readonly gl: WebGL2RenderingContext) {
    this.reset();
  }

  /** Puts GL into the state the cache assumes, whatever an earlier user of the context left behind. */
  reset(): void {
    const gl = this.gl;
    gl.useProgram(null);
    gl.bindVertexArray(null);
    gl.bindBuffer(GL.ARRAY_BUFFER, null);
    gl.bindBuffer(GL.COPY_WRITE_BUFFER, null);
    gl.bindFramebuffer(GL.FRAMEBUFFER, null);
    gl.viewport(0, 0, 0, 0);
    this.viewportWidth = 0;
    this.viewportHeight = 0;
    // WebGPU neither dithers nor scissors nor stencils; GL enables dithering by default.
    gl.disable(GL.DITHER);
    gl.disable(GL.SCISSOR_TEST);
    gl.disable(GL.STENCIL_TEST);
    gl.disable(GL.CULL_FACE);
    gl.cullFace(GL.BACK);
    gl.frontFace(GL.CCW);
    // Every target has depth; WebGPU's 'always' still writes it, which GL only does with the test on.
    gl.enable(GL.DEPTH_TEST);
    gl.depthMask(true);
    gl.depthFunc(GL.LESS);
    gl.disable(GL.BLEND);
    gl.blendEquation(GL.FUNC_ADD);
    gl.blendFuncSeparate(GL.ONE, GL.ZERO, GL.ONE, GL.ZERO);
    gl.colorMask(...NO_MASK);
    gl.activeTexture(GL.TEXTURE0);
    // Uploads keep rows and alpha as given: uv (0,0) is the first row, as on WebGPU.
    gl.pixelStorei(GL.UNPACK_FLIP_Y_WEBGL, false);
    gl.pixelStorei(GL.UNPACK_PREMULTIPLY_ALPHA_WEBGL, false);
    gl.pixelStorei(GL.UNPACK_COLORSPACE_CONVERSION_WEBGL, GL.NONE);
    gl.pixelStorei(GL.UNPACK_ALIGNMENT, 4);
    gl.pixelStorei(GL.PACK_ALIGNMENT, 4);
    this.program = null;
    this.vertexArray = null;
    this.arrayBuffer = null;
    this.copyWriteBuffer = null;
    this.readFramebuffer = null;
    this.drawFramebuffer = null;
    this.cullEnabled = false;
    this.cullFaceMode = GL.BACK;
    this.frontFaceMode = GL.CCW;
    this.depthMask = true;
    this.depthFunction = GL.LESS;
    this.blendEnabled = false;
    this.blendSrcRgb = GL.ONE;
    this.blendDstRgb = GL.ZERO;
    this.blendSrcAlpha = GL.ONE;
    this.blendDstAlpha = GL.ZERO;
    this.colorMask = true;
    this.activeUnit = 0;
    this.textures.length = 0;
    this.samplers.length = 0;
    this.uniformBuffers.length = 0;
    this.uniformOffsets.length = 0;
    this.uniformSizes.length = 0;
  }

  useProgram(program: WebGLProgram | null): void {
    if (this.program === program) return;
    this.program = program;
    this.gl.useProgram(program);
    this.calls++;
  }

  bindVertexArray(vertexArray: WebGLVertexArrayObject | null): void {
    if (this.vertexArray === vertexArray) return;
    this.vertexArray = vertexArray;
    this.gl.bindVertexArray(vertexArray);
    this.calls++;
  }

  bindArrayBuffer(buffer: WebGLBuffer | null): void {
    if (this.arrayBuffer === buffer) return;
    this.arrayBuffer = buffer;
    this.gl.bindBuffer(GL.ARRAY_BUFFER, buffer);
    this.calls++;
  }

  bindCopyWriteBuffer(buffer: WebGLBuffer | null): void {
    if (this.copyWriteBuffer === buffer) return;
    this.copyWriteBuffer = buffer;
    this.gl.bindBuffer(GL.COPY_WRITE_BUFFER, buffer);
    this.calls++;
  }

  bindReadFramebuffer(framebuffer: WebGLFramebuffer | null): void {
    if (this.readFramebuffer === framebuffer) return;
    this.readFramebuffer = framebuffer;
    this.gl.bindFramebuffer(GL.READ_FRAMEBUFFER, framebuffer);
    this.calls++;
  }

  bindDrawFramebuffer(framebuffer: WebGLFramebuffer | null): void {
    if (this.drawFramebuffer === framebuffer) return;
    this.drawFramebuffer = framebuffer;
    this.gl.bindFramebuffer(GL.DRAW_FRAMEBUFFER, framebuffer);
    this.calls++;
  }

  viewport(width: number, height: number): void {
    if (this.viewportWidth === width && this.viewportHeight === height) return;
    this.viewportWidth = width;
    this.viewportHeight = height;
    this.gl.viewport(0, 0, width, height);
    this.calls++;
  }

  setColorWrite(enabled: boolean): void {
    if (this.colorMask === enabled) return;
    this.colorMask = enabled;
    this.gl.colorMask(enabled, enabled, enabled, enabled);
    this.calls++;
  }

  setDepthWrite(enabled: boolean): void {
    if (this.depthMask === enabled) return;
    this.depthMask = enabled;
    this.gl.depthMask(enabled);
    this.calls++;
  }

  applyPipeline(p: PipelineState): void {
    const gl = this.gl;
    const cull = p.cullFace !== 0;
    if (this.cullEnabled !== cull) {
      this.cullEnabled = cull;
      if (cull) gl.enable(GL.CULL_FACE);
      else gl.disable(GL.CULL_FACE);
      this.calls++;
    }
    if (cull && this.cullFaceMode !== p.cullFace) {
      this.cullFaceMode = p.cullFace;
      gl.cullFace(p.cullFace);
      this.calls++;
    }
    if (this.frontFaceMode !== p.frontFace) {
      this.frontFaceMode = p.frontFace;
      gl.frontFace(p.frontFace);
      this.calls++;
    }
    this.setDepthWrite(p.depthWrite);
    if (this.depthFunction !== p.depthFunc) {
      this.depthFunction = p.depthFunc;
      gl.depthFunc(p.depthFunc);
      this.calls++;
    }
    const blend = p.blend !== null;
    if (this.blendEnabled !== blend) {
      this.blendEnabled = blend;
      if (blend) gl.enable(GL.BLEND);
      else gl.disable(GL.BLEND);
      this.calls++;
    }
    if (p.blend) {
      const [srcRgb, dstRgb, srcAlpha, dstAlpha] = p.blend;
      if (this.blendSrcRgb !== srcRgb || this.blendDstRgb !== dstRgb || this.blendSrcAlpha !== srcAlpha || this.blendDstAlpha !== dstAlpha) {
        this.blendSrcRgb = srcRgb;
        this.blendDstRgb = dstRgb;
        this.blendSrcAlpha = srcAlpha;
        this.blendDstAlpha = dstAlpha;
        gl.blendFuncSeparate(srcRgb, dstRgb, srcAlpha, dstAlpha);
        this.calls++;
      }
    }
    this.setColorWrite(p.colorWrite);
  }

  bindTexture(unit: number, texture: WebGLTexture | null): void {
    if ((this.textures[unit] ?? null) === texture) return;
    this.textures[unit] = texture;
    if (this.activeUnit !== unit) {
      this.activeUnit = unit;
      this.gl.activeTexture(GL.TEXTURE0 + unit);
      this.calls++;
    }
    this.gl.bindTexture(GL.TEXTURE_2D, texture);
    this.calls++;
  }

  /**
   * Binds a texture to be filled: its unit is made active even when the texture is bound there already, since
   * texImage and texSubImage calls act on the active unit's texture.
   */
  bindTextureForUpload(unit: number, texture: WebGLTexture): void {
    this.bindTexture(unit, texture);
    if (this.activeUnit === unit) return;
    this.activeUnit = unit;
    this.gl.activeTexture(GL.TEXTURE0 + unit);
    this.calls++;
  }

  bindSampler(unit: number, sampler: WebGLSampler | null): void {
    if ((this.samplers[unit] ?? null) === sampler) return;
    this.samplers[unit] = sampler;
    this.gl.bindSampler(unit, sampler);
    this.calls++;
  }

  /** A whole buffer (size 0), or `size` bytes of it from `offset`. */
  bindUniformBuffer(index: number, buffer: WebGLBuffer | null, offset = 0, size = 0): void {
    if ((this.uniformBuffers[index] ?? null) === buffer && this.uniformOffsets[index] === offset && this.uniformSizes[index] === size) return;
    this.uniformBuffers[index] = buffer;
    this.uniformOffsets[index] = offset;
    this.uniformSizes[index] = size;
    if (size > 0) this.gl.bindBufferRange(GL.UNIFORM_BUFFER, index, buffer, offset, size);
    else this.gl.bindBufferBase(GL.UNIFORM_BUFFER, index, buffer);
    this.calls++;
  }

  /** Deleting a GL object unbinds it in GL; the cache must not believe it is still bound. */
  forget(object: object): void {
    if (this.program === object) this.program = null;
    if (this.vertexArray === object) this.vertexArray = null;
    if (this.arrayBuffer === object) this.arrayBuffer = null;
    if (this.copyWriteBuffer === object) this.copyWriteBuffer = null;
    if (this.readFramebuffer === object) this.readFramebuffer = null;
    if (this.drawFramebuffer === object) this.drawFramebuffer = null;
    forgetIn(this.textures, object);
    forgetIn(this.samplers, object);
    forgetIn(this.uniformBuffers, object);
  }
}

function forgetIn(list: (object | null)[], object: object): void {
  for (let i = 0; i < list.length; i++) if (list[i] === object) list[i] = null;
}
