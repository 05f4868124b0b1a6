// Test-only page: creates a device through createDevice (?backend=webgpu|webgl2), runs the contract
// checks on it and leaves their JSON results on window.contractResults for device-contract.spec.ts.
import { backendFromUrl, createDevice } from '../../../engine/gpu/create-device';
import type {
  BlendMode, Device, DeviceEvent, DeviceStats, GpuBindGroup, GpuBuffer, GpuPipeline, RenderPassEncoder,
  PixelData, RenderPipelineDescriptor, RenderTarget, TextureFormat,
} from '../../../engine/gpu/types';
import { flatLayout, flatShader, texturedLayout, texturedShader } from './device-contract-shaders';

type Rgba = [number, number, number, number];
export interface CheckImage { width: number; height: number; length: number; pixels: number[] }

let device: Device;

function flatPipeline(label: string, overrides: Partial<RenderPipelineDescriptor> = {}): GpuPipeline {
  return device.createPipeline({
    label,
    shader: flatShader,
    bindGroups: [flatLayout()],
    vertexBuffers: [{ arrayStride: 12, attributes: [{ location: 0, format: 'float32x3', offset: 0 }] }],
    topology: 'triangle-list',
    cullMode: 'none',
    frontFace: 'ccw',
    depth: { write: false, compare: 'always' },
    blend: 'none',
    sampleCount: 1,
    ...overrides,
  });
}

function texturedPipeline(label: string): GpuPipeline {
  return device.createPipeline({
    label,
    shader: texturedShader,
    bindGroups: [texturedLayout],
    vertexBuffers: [{ arrayStride: 8, attributes: [{ location: 0, format: 'float32x2', offset: 0 }] }],
    topology: 'triangle-list',
    cullMode: 'none',
    frontFace: 'ccw',
    depth: { write: false, compare: 'always' },
    blend: 'none',
    sampleCount: 1,
  });
}

function colourGroup(label: string, colour: Rgba): GpuBindGroup {
  const buffer = device.createBuffer({ label: `${label}/uniform`, usage: 'uniform', data: new Float32Array(colour) });
  return device.createBindGroup({ label, layout: flatLayout(), entries: [{ binding: 0, resource: buffer }] });
}

/** Two triangles covering [x0,x1]×[y0,y1] in clip space at depth z, counter-clockwise. */
function quad(x0: number, y0: number, x1: number, y1: number, z = 0): Float32Array {
  return new Float32Array([x0, y0, z, x1, y0, z, x1, y1, z, x0, y0, z, x1, y1, z, x0, y1, z]);
}

function vertices(label: string, data: Float32Array): GpuBuffer {
  return device.createBuffer({ label, usage: 'vertex', data });
}

const fullScreen2d = new Float32Array([-1, -1, 1, -1, 1, 1, -1, -1, 1, 1, -1, 1]);

async function render(target: RenderTarget, clearColor: Rgba, draw: (pass: RenderPassEncoder) => void): Promise<CheckImage> {
  const pass = device.beginRenderPass({ label: 'contract/pass', target, clearColor });
  draw(pass);
  pass.end();
  const pixels = await target.readPixels();
  return { width: target.width, height: target.height, length: pixels.length, pixels: Array.from(pixels) };
}

function offscreen(label: string, width: number, height: number, sampleCount: 1 | 4 = 1): RenderTarget {
  return device.createRenderTarget({ label, width, height, sampleCount });
}

async function drawTexture(format: TextureFormat, source: { width: number; height: number; data: Uint8Array } | ImageBitmap, size: number, mipmaps = false, filter: 'nearest' | 'linear' = 'nearest', rewrite?: PixelData) {
  const texture = device.createTexture({ label: `contract/texture-${format}`, format, source, mipmaps });
  if (rewrite) texture.write(rewrite);
  const sampler = device.createSampler({ label: 'contract/sampler', magFilter: filter, minFilter: filter, mipmapFilter: filter, addressModeU: 'clamp-to-edge', addressModeV: 'clamp-to-edge' });
  const group = device.createBindGroup({ label: 'contract/texture-group', layout: texturedLayout, entries: [{ binding: 0, resource: texture }, { binding: 1, resource: sampler }] });
  const pipeline = texturedPipeline('contract/textured');
  const target = offscreen('contract/texture-target', size, size);
  const image = await render(target, [0, 0, 0, 1], (pass) => {
    pass.setPipeline(pipeline);
    pass.setBindGroup(0, group);
    pass.setVertexBuffer(0, vertices('contract/full-screen', fullScreen2d));
    pass.draw(6);
  });
  target.destroy();
  texture.destroy();
  return { image, mipLevelCount: texture.mipLevelCount };
}

// Red, green / blue, white: the first row is the top row.
const quadrants = new Uint8Array([255, 0, 0, 255, 0, 255, 0, 255, 0, 0, 255, 255, 255, 255, 255, 255]);

async function blended(blend: BlendMode, clear: Rgba, colour: Rgba, writeColor = true): Promise<number[]> {
  const target = offscreen(`contract/blend-${blend}`, 4, 4);
  const pipeline = flatPipeline(`contract/blend-${blend}`, { blend, writeColor });
  const image = await render(target, clear, (pass) => {
    pass.setPipeline(pipeline);
    pass.setBindGroup(0, colourGroup('contract/blend-colour', colour));
    pass.setVertexBuffer(0, vertices('contract/blend-quad', quad(-1, -1, 1, 1)));
    pass.draw(6);
  });
  target.destroy();
  return image.pixels.slice(20, 24); // pixel (1,1)
}

const checks: Record<string, () => Promise<unknown>> = {
  async info() {
    return { backend: device.backend, clipDepth: device.clipDepth, limits: device.limits, adapterInfo: device.adapterInfo,
      urlChoices: ['?backend=webgpu', '?backend=webgl2', '?backend=vulkan', ''].map(backendFromUrl) };
  },

  async clear() {
    const target = offscreen('contract/clear', 10, 6); // 40-byte rows: read-back must strip row padding
    const opaque = await render(target, [0.2, 0.4, 0.6, 1], () => {});
    const transparent = await render(target, [1, 0.6, 0, 0], () => {});
    target.destroy();
    return { opaque, transparent };
  },

  async halves() {
    const target = offscreen('contract/halves', 16, 16);
    // A second pipeline with an equal (not identical) layout uses the same bind groups.
    const first = flatPipeline('contract/halves-a');
    const second = flatPipeline('contract/halves-b');
    const green = colourGroup('contract/green', [0, 1, 0, 1]);
    const red = colourGroup('contract/red', [1, 0, 0, 1]);
    const indices = device.createBuffer({ label: 'contract/indices', usage: 'index', data: new Uint32Array([0, 1, 2, 0, 2, 3]) });
    const corners = vertices('contract/top-right', new Float32Array([0, 0, 0, 1, 0, 0, 1, 1, 0, 0, 1, 0]));
    const image = await render(target, [0, 0, 0, 1], (pass) => {
      pass.setPipeline(first);
      pass.setBindGroup(0, green);
      pass.setVertexBuffer(0, vertices('contract/left', quad(-1, -1, 0, 1)));
      pass.draw(6);
      pass.setPipeline(second);
      pass.setBindGroup(0, red);
      pass.setVertexBuffer(0, corners);
      pass.setIndexBuffer(indices, 'uint32');
      pass.drawIndexed(6);
    });
    target.destroy();
    return image;
  },

  async uniformRanges() {
    // Three colours in one buffer, one per aligned block; three bind groups each bind one block's range.
    const stride = device.limits.uniformOffsetAlignment;
    const data = new Float32Array((3 * stride) / 4);
    const colours: Rgba[] = [[1, 0, 0, 1], [0, 1, 0, 1], [0, 0, 1, 1]];
    colours.forEach((c, k) => data.set(c, (k * stride) / 4));
    const buffer = device.createBuffer({ label: 'contract/blocks', usage: 'uniform', data });
    const groups = colours.map((_, k) => device.createBindGroup({ label: `contract/block${k}`, layout: flatLayout(), entries: [{ binding: 0, resource: buffer, offset: k * stride, size: 16 }] }));
    const target = offscreen('contract/ranges', 12, 4);
    const pipeline = flatPipeline('contract/ranges');
    const image = await render(target, [0, 0, 0, 1], (pass) => {
      pass.setPipeline(pipeline);
      // the last block first, then back to the first: a cached binding must follow the range, not only the buffer
      [2, 0, 1].forEach((k) => {
        pass.setBindGroup(0, groups[k]);
        pass.setVertexBuffer(0, vertices(`contract/third${k}`, quad(-1 + (2 / 3) * k, -1, -1 + (2 / 3) * (k + 1), 1)));
        pass.draw(6);
      });
    });
    target.destroy();
    buffer.destroy();
    return { image, stride };
  },

  async culling() {
    const target = offscreen('contract/culling', 16, 16);
    const pipeline = flatPipeline('contract/cull-back', { cullMode: 'back', frontFace: 'ccw' });
    const ccwLeft = new Float32Array([-1, -1, 0, 0, -1, 0, -1, 1, 0]);
    const cwRight = new Float32Array([0, -1, 0, 0, 1, 0, 1, -1, 0]);
    const image = await render(target, [0, 0, 0, 1], (pass) => {
      pass.setPipeline(pipeline);
      pass.setBindGroup(0, colourGroup('contract/white', [1, 1, 1, 1]));
      pass.setVertexBuffer(0, vertices('contract/ccw-cw', new Float32Array([...ccwLeft, ...cwRight])));
      pass.draw(6);
    });
    target.destroy();
    return image;
  },

  async textureNearest() {
    return drawTexture('rgba8unorm', { width: 2, height: 2, data: quadrants }, 8);
  },

  async textureWrite() {
    // drawn once, so the texture is bound when it is rewritten; then the new pixels must be what is sampled
    await drawTexture('rgba8unorm', { width: 2, height: 2, data: quadrants }, 8);
    const reversed = new Uint8Array(16);
    for (let i = 0; i < 4; i++) reversed.set(quadrants.subarray((3 - i) * 4, (4 - i) * 4), i * 4);
    const rewritten = await drawTexture('rgba8unorm', { width: 2, height: 2, data: quadrants }, 8, false, 'nearest', { width: 2, height: 2, data: reversed });
    const texture = device.createTexture({ label: 'contract/texture-sized', format: 'rgba8unorm', source: { width: 2, height: 2, data: quadrants } });
    let wrongSize = '';
    try {
      texture.write({ width: 1, height: 1, data: new Uint8Array(4) });
    } catch (error) {
      wrongSize = String(error);
    }
    texture.destroy();
    return { image: rewritten.image, wrongSize };
  },

  async textureBitmap() {
    const data = new Uint8ClampedArray(quadrants);
    data[15] = 128; // a half-transparent white: uploads keep straight alpha
    const bitmap = await createImageBitmap(new ImageData(data, 2, 2), { premultiplyAlpha: 'none', colorSpaceConversion: 'none' });
    return drawTexture('rgba8unorm', bitmap, 8);
  },

  async textureSrgb() {
    return drawTexture('rgba8unorm-srgb', { width: 1, height: 1, data: new Uint8Array([188, 188, 188, 255]) }, 2);
  },

  async mipmaps() {
    // One white texel in black: the 1×1 level averages to 255/16 (in linear space for '-srgb').
    const data = new Uint8Array(4 * 4 * 4);
    for (let i = 0; i < 16; i++) data[i * 4 + 3] = 255;
    data.fill(255, (2 * 4 + 2) * 4, (2 * 4 + 2) * 4 + 3);
    const source = { width: 4, height: 4, data };
    const linear = await drawTexture('rgba8unorm', source, 1, true, 'linear');
    const srgb = await drawTexture('rgba8unorm-srgb', source, 1, true, 'linear');
    return { linear, srgb };
  },

  async depth() {
    const target = offscreen('contract/depth', 16, 16);
    const pipeline = flatPipeline('contract/depth', { depth: { write: true, compare: 'less' } });
    const image = await render(target, [0, 0, 0, 1], (pass) => {
      pass.setPipeline(pipeline);
      pass.setBindGroup(0, colourGroup('contract/near', [0, 1, 0, 1]));
      pass.setVertexBuffer(0, vertices('contract/near', quad(-1, -1, 0.5, 1, 0.2)));
      pass.draw(6);
      pass.setBindGroup(0, colourGroup('contract/far', [1, 0, 0, 1]));
      pass.setVertexBuffer(0, vertices('contract/far', quad(-0.5, -1, 1, 1, 0.6)));
      pass.draw(6);
    });
    target.destroy();
    return image;
  },

  async blend() {
    return {
      alphaOverBlue: await blended('alpha', [0, 0, 1, 1], [1, 0, 0, 0.5]),
      alphaOverTransparent: await blended('alpha', [0, 0, 0, 0], [1, 0, 0, 0.5]),
      premultiplied: await blended('premultiplied', [0, 0, 1, 1], [0.5, 0, 0, 0.5]),
      additive: await blended('additive', [0.2, 0.4, 0, 1], [0.2, 0.2, 0.6, 0]),
      none: await blended('none', [0, 0, 1, 1], [1, 0, 0, 0.5]),
      colorMasked: await blended('none', [0, 0, 1, 1], [1, 0, 0, 1], false),
    };
  },

  async msaa() {
    const triangle = new Float32Array([-1, -1, 0.5, 1, -1, 0.5, -1, 0.8, 0.5]);
    const draw = async (sampleCount: 1 | 4) => {
      const target = offscreen(`contract/msaa-${sampleCount}`, 16, 16, sampleCount);
      const pipeline = flatPipeline(`contract/msaa-${sampleCount}`, { sampleCount, depth: { write: true, compare: 'less' } });
      const image = await render(target, [0, 0, 0, 1], (pass) => {
        pass.setPipeline(pipeline);
        pass.setBindGroup(0, colourGroup('contract/white', [1, 1, 1, 1]));
        pass.setVertexBuffer(0, vertices('contract/diagonal', triangle));
        pass.draw(3);
      });
      target.destroy();
      return image;
    };
    return { single: await draw(1), multi: await draw(4) };
  },

  async stats() {
    const snap = (): DeviceStats => ({ ...device.stats });
    const s0 = snap();
    const odd = device.createBuffer({ label: 'contract/odd', usage: 'vertex', data: new Uint8Array(6) });
    const s1 = snap();
    odd.destroy();
    odd.destroy();
    const s2 = snap();
    const sized = device.createBuffer({ label: 'contract/sized', usage: 'uniform', size: 64 });
    const s3 = snap();
    sized.destroy();
    const texture = device.createTexture({ label: 'contract/stats-texture', format: 'rgba8unorm', source: { width: 2, height: 2, data: quadrants } });
    const s4 = snap();
    texture.destroy();
    texture.destroy();
    const s5 = snap();
    const mipmapped = device.createTexture({ label: 'contract/stats-mips', format: 'rgba8unorm', source: { width: 4, height: 4, data: new Uint8Array(64) }, mipmaps: true });
    const s6 = snap();
    mipmapped.destroy();
    const pipeline = flatPipeline('contract/stats');
    const s7 = snap();
    const group = colourGroup('contract/stats', [1, 1, 1, 1]);
    const s8 = snap();
    const target = offscreen('contract/stats', 4, 4);
    const indices = device.createBuffer({ label: 'contract/stats-indices', usage: 'index', data: new Uint32Array([0, 1, 2]) });
    const s9 = snap();
    const pass = device.beginRenderPass({ label: 'contract/stats', target, clearColor: [0, 0, 0, 1] });
    pass.setPipeline(pipeline);
    pass.setBindGroup(0, group);
    pass.setVertexBuffer(0, vertices('contract/stats-quad', quad(-1, -1, 1, 1)));
    pass.draw(3);
    pass.draw(3, 1, 3);
    pass.setIndexBuffer(indices, 'uint32');
    pass.drawIndexed(3);
    pass.end();
    const s10 = snap();
    await device.finish();
    target.destroy();
    target.destroy();
    const sampler = device.createSampler({ label: 'contract/stats' });
    sampler.destroy();
    sampler.destroy();
    return { s0, s1, s2, s3, s4, s5, s6, s7, s8, s9, s10, oddSize: odd.size, sizedSize: sized.size, mipLevelCount: mipmapped.mipLevelCount };
  },

  async resize() {
    const target = offscreen('contract/resize', 4, 4);
    target.resize(7, 3);
    const image = await render(target, [1, 0, 0, 1], () => {});
    target.destroy();
    return image;
  },

  async canvas() {
    const canvas = device.canvas as HTMLCanvasElement;
    const target = device.createRenderTarget({ label: 'contract/canvas', width: 24, height: 20, sampleCount: 4, presentToCanvas: true });
    const size = [canvas.width, canvas.height];
    const pipeline = flatPipeline('contract/canvas', { sampleCount: 4 });
    const pass = device.beginRenderPass({ label: 'contract/canvas', target, clearColor: [0, 0, 1, 1] });
    pass.setPipeline(pipeline);
    pass.setBindGroup(0, colourGroup('contract/canvas', [1, 0, 0, 1]));
    pass.setVertexBuffer(0, vertices('contract/canvas-left', quad(-1, -1, 0, 1)));
    pass.draw(6);
    pass.end();
    // In the same task as the pass, the canvas still shows this frame's drawing buffer.
    const copy = document.createElement('canvas');
    copy.width = 24;
    copy.height = 20;
    const context = copy.getContext('2d', { willReadFrequently: true })!;
    context.drawImage(canvas, 0, 0);
    const left = Array.from(context.getImageData(4, 10, 1, 1).data);
    const right = Array.from(context.getImageData(20, 10, 1, 1).data);
    await device.finish();
    target.destroy();
    return { size, left, right };
  },
};

declare global {
  interface Window { contractResults?: unknown }
}

async function main(): Promise<void> {
  const canvas = document.getElementById('canvas') as HTMLCanvasElement;
  const events: DeviceEvent[] = [];
  try {
    device = await createDevice({ canvas, backend: backendFromUrl(location.search) });
  } catch (error) {
    window.contractResults = { fatal: String(error) };
    return;
  }
  const unsubscribe = device.on((event) => events.push(event));
  const results: Record<string, { data?: unknown; error?: string }> = {};
  for (const [name, check] of Object.entries(checks)) {
    try {
      results[name] = { data: await check() };
    } catch (error) {
      results[name] = { error: error instanceof Error ? `${error.message}\n${error.stack}` : String(error) };
    }
  }
  await device.finish();
  // Uncaptured errors are delivered as tasks of their own; give them a moment to arrive.
  await new Promise((resolve) => setTimeout(resolve, 200));
  unsubscribe();
  window.contractResults = { backend: device.backend, results, events };
}

void main();
