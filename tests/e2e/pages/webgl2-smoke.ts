// Test-only page: checks the device contract does not cover. Shared checks (all three bind groups, two vertex
// buffers with offsets, read-back ordering) run on ?backend=webgpu|webgl2; the WebGL2 backend's own (state cache,
// GL errors, compile errors, context loss) only on webgl2. Results go to window.smokeResults for webgl2-smoke.spec.ts.
import { backendFromUrl, createDevice } from '../../../engine/gpu/create-device';
import type { Device, DeviceEvent, GpuBindGroup, GpuPipeline, RenderPassEncoder, RenderTarget } from '../../../engine/gpu/types';
import { allGroupsShader, brokenShader, groupLayouts, objectTextureShader, vertexColourShader } from './webgl2-smoke-shaders';

type Rgba = [number, number, number, number];
export interface SmokeImage { width: number; height: number; pixels: number[] }

let device: Device;

const fullScreen = new Float32Array([-1, -1, 1, -1, 1, 1, -1, -1, 1, 1, -1, 1]);

/** Two counter-clockwise triangles over [x0,x1]×[y0,y1] in clip space. */
const quad = (x0: number, y0: number, x1: number, y1: number) => new Float32Array([x0, y0, x1, y0, x1, y1, x0, y0, x1, y1, x0, y1]);

async function render(target: RenderTarget, draw: (pass: RenderPassEncoder) => void): Promise<SmokeImage> {
  const pass = device.beginRenderPass({ label: 'smoke/pass', target, clearColor: [0, 0, 0, 1] });
  draw(pass);
  pass.end();
  return { width: target.width, height: target.height, pixels: Array.from(await target.readPixels()) };
}

function uniform(label: string, colour: Rgba) {
  return device.createBuffer({ label, usage: 'uniform', data: new Float32Array(colour) });
}

function texel(label: string, rgba: Rgba) {
  return device.createTexture({ label, format: 'rgba8unorm', source: { width: 1, height: 1, data: new Uint8Array(rgba) } });
}

function groupPipeline(label: string, shader = allGroupsShader, sampleCount: 1 | 4 = 1): GpuPipeline {
  return device.createPipeline({
    label, shader, bindGroups: groupLayouts,
    vertexBuffers: [{ arrayStride: 8, attributes: [{ location: 0, format: 'float32x2', offset: 0 }] }],
    topology: 'triangle-list', cullMode: 'none', frontFace: 'ccw', depth: { write: true, compare: 'less' }, blend: 'none', sampleCount,
  });
}

function bindGroups(): GpuBindGroup[] {
  const nearest = device.createSampler({ label: 'smoke/nearest' });
  const repeat = device.createSampler({ label: 'smoke/repeat', addressModeU: 'repeat', addressModeV: 'repeat', magFilter: 'linear', minFilter: 'linear' });
  const [frame, material, object] = groupLayouts;
  return [
    device.createBindGroup({ label: 'smoke/frame', layout: frame, entries: [{ binding: 0, resource: uniform('smoke/frame', [1, 0, 0, 1]) }] }),
    device.createBindGroup({ label: 'smoke/material', layout: material, entries: [
      { binding: 0, resource: uniform('smoke/material', [0, 1, 0, 1]) },
      { binding: 1, resource: texel('smoke/material', [255, 255, 0, 255]) },
      { binding: 2, resource: nearest },
    ] }),
    device.createBindGroup({ label: 'smoke/object', layout: object, entries: [
      { binding: 3, resource: uniform('smoke/object', [0, 0, 1, 1]) },
      { binding: 0, resource: texel('smoke/object', [0, 255, 255, 255]) },
      { binding: 1, resource: repeat },
    ] }),
  ];
}

const checks: Record<string, () => Promise<unknown>> = {
  /** Top half: the five bound values in columns; bottom half: a second program that samples group 2's texture only. */
  async groups() {
    const target = device.createRenderTarget({ label: 'smoke/groups', width: 10, height: 4, sampleCount: 1 });
    const all = groupPipeline('smoke/all-groups');
    const objectOnly = groupPipeline('smoke/object-texture', objectTextureShader);
    const groups = bindGroups();
    const top = device.createBuffer({ label: 'smoke/top', usage: 'vertex', data: quad(-1, 0, 1, 1) });
    const bottom = device.createBuffer({ label: 'smoke/bottom', usage: 'vertex', data: quad(-1, -1, 1, 0) });
    const image = await render(target, (pass) => {
      groups.forEach((group, index) => pass.setBindGroup(index as 0 | 1 | 2, group));
      pass.setPipeline(all);
      pass.setVertexBuffer(0, top);
      pass.draw(6);
      pass.setPipeline(objectOnly);
      pass.setVertexBuffer(0, bottom);
      pass.draw(6);
    });
    target.destroy();
    return image;
  },

  /** Colours from a second vertex buffer at two byte offsets; the second pass reuses the pipeline with other offsets. */
  async vertexSlots() {
    const pipeline = device.createPipeline({
      label: 'smoke/vertex-colour', shader: vertexColourShader, bindGroups: [],
      vertexBuffers: [
        { arrayStride: 8, attributes: [{ location: 0, format: 'float32x2', offset: 0 }] },
        { arrayStride: 16, attributes: [{ location: 1, format: 'float32x4', offset: 0 }] },
      ],
      topology: 'triangle-list', cullMode: 'none', frontFace: 'ccw', depth: { write: false, compare: 'always' }, blend: 'none', sampleCount: 1,
    });
    const colours = new Float32Array(48);
    for (let v = 0; v < 12; v++) colours.set(v < 6 ? [1, 0, 0, 1] : [0, 0, 1, 1], v * 4);
    const colourBuffer = device.createBuffer({ label: 'smoke/colours', usage: 'vertex', data: colours });
    const left = device.createBuffer({ label: 'smoke/left', usage: 'vertex', data: quad(-1, -1, 0, 1) });
    const right = device.createBuffer({ label: 'smoke/right', usage: 'vertex', data: quad(0, -1, 1, 1) });
    const target = device.createRenderTarget({ label: 'smoke/vertex-slots', width: 4, height: 2, sampleCount: 1 });
    const first = await render(target, (pass) => {
      pass.setPipeline(pipeline);
      pass.setVertexBuffer(0, left);
      pass.setVertexBuffer(1, colourBuffer);
      pass.draw(6);
      pass.setVertexBuffer(0, right);
      pass.setVertexBuffer(1, colourBuffer, 96);
      pass.draw(6);
    });
    const second = await render(target, (pass) => {
      pass.setPipeline(pipeline);
      pass.setVertexBuffer(0, left);
      pass.setVertexBuffer(1, colourBuffer, 96);
      pass.draw(6);
    });
    target.destroy();
    return { first, second };
  },

  /** Read-backs capture the image when asked, even if the target is drawn again before they resolve. */
  async readBackOrder() {
    const target = device.createRenderTarget({ label: 'smoke/read-order', width: 3, height: 3, sampleCount: 4 });
    const clear = (clearColor: Rgba) => device.beginRenderPass({ label: 'smoke/read-order', target, clearColor }).end();
    clear([1, 0, 0, 1]);
    const red = target.readPixels();
    clear([0, 1, 0, 1]);
    const green = target.readPixels();
    const [a, b] = await Promise.all([red, green]);
    target.destroy();
    return { first: Array.from(a.subarray(0, 4)), second: Array.from(b.subarray(0, 4)) };
  },

  /** A single-sampled canvas target (the contract checks the multisampled one), then the canvas resized behind its back. */
  async canvasSingleSample() {
    const canvas = device.canvas as HTMLCanvasElement;
    const target = device.createRenderTarget({ label: 'smoke/canvas-1x', width: 12, height: 10, sampleCount: 1, presentToCanvas: true });
    const pipeline = device.createPipeline({
      label: 'smoke/canvas-1x', shader: vertexColourShader, bindGroups: [],
      vertexBuffers: [
        { arrayStride: 8, attributes: [{ location: 0, format: 'float32x2', offset: 0 }] },
        { arrayStride: 16, attributes: [{ location: 1, format: 'float32x4', offset: 0 }] },
      ],
      topology: 'triangle-list', cullMode: 'none', frontFace: 'ccw', depth: { write: false, compare: 'always' }, blend: 'none', sampleCount: 1,
    });
    const topHalf = device.createBuffer({ label: 'smoke/canvas-top', usage: 'vertex', data: quad(-1, 0, 1, 1) });
    const red = device.createBuffer({ label: 'smoke/canvas-red', usage: 'vertex', data: new Float32Array(Array(6).fill([1, 0, 0, 1]).flat()) });
    const sample = () => {
      const pass = device.beginRenderPass({ label: 'smoke/canvas-1x', target, clearColor: [0, 1, 0, 1] });
      pass.setPipeline(pipeline);
      pass.setVertexBuffer(0, topHalf);
      pass.setVertexBuffer(1, red);
      pass.draw(6);
      pass.end();
      // In the same task as the pass, the canvas still shows this frame's drawing buffer.
      const copy = document.createElement('canvas');
      copy.width = 12;
      copy.height = 10;
      const context = copy.getContext('2d', { willReadFrequently: true })!;
      context.drawImage(canvas, 0, 0);
      return { size: [canvas.width, canvas.height], top: Array.from(context.getImageData(6, 2, 1, 1).data), bottom: Array.from(context.getImageData(6, 7, 1, 1).data) };
    };
    const first = sample();
    canvas.width = 5;
    const afterOutsideResize = sample();
    await device.finish();
    target.destroy();
    return { first, afterOutsideResize };
  },
};

/** The WebGL2 backend's own checks; they reach past the contract to its debugging fields. */
const webgl2Checks: Record<string, () => Promise<unknown>> = {
  async stateCache() {
    const state = (device as unknown as { state: { calls: number } }).state;
    const pipeline = groupPipeline('smoke/state-cache', allGroupsShader, 4);
    const groups = bindGroups();
    const vertices = device.createBuffer({ label: 'smoke/state-quad', usage: 'vertex', data: fullScreen });
    const target = device.createRenderTarget({ label: 'smoke/state-cache', width: 8, height: 8, sampleCount: 4 });
    const frame = () => {
      const before = state.calls;
      const pass = device.beginRenderPass({ label: 'smoke/state-cache', target, clearColor: [0, 0, 0, 1] });
      pass.setPipeline(pipeline);
      groups.forEach((group, index) => pass.setBindGroup(index as 0 | 1 | 2, group));
      pass.setVertexBuffer(0, vertices);
      pass.draw(6);
      const afterFirstDraw = state.calls;
      pass.draw(6);
      const repeatedDraw = state.calls - afterFirstDraw;
      pass.end();
      return { calls: state.calls - before, repeatedDraw };
    };
    const first = frame();
    const second = frame();
    await device.finish();
    target.destroy();
    return { first, second };
  },

  async compileError() {
    const events: DeviceEvent[] = [];
    const off = device.on((event) => events.push(event));
    let message = '';
    try {
      device.createPipeline({
        label: 'smoke/broken', shader: brokenShader, bindGroups: [], vertexBuffers: [],
        topology: 'triangle-list', cullMode: 'none', frontFace: 'ccw', depth: { write: false, compare: 'always' }, blend: 'none', sampleCount: 1,
      });
    } catch (error) {
      message = (error as Error).message;
    }
    off();
    return { message, events };
  },

  async glError() {
    return (device as unknown as { handle: WebGL2RenderingContext }).handle.getError();
  },

  /** Last: it ends the device. */
  async contextLoss() {
    const gl = (device as unknown as { handle: WebGL2RenderingContext }).handle;
    const lost = new Promise<DeviceEvent>((resolve) => device.on((event) => { if (event.type === 'lost') resolve(event); }));
    console.info('smoke: losing the context on purpose');
    gl.getExtension('WEBGL_lose_context')!.loseContext();
    const timeout = new Promise<string>((resolve) => setTimeout(() => resolve('no lost event within 5 s'), 5000));
    return Promise.race([lost, timeout]);
  },
};

const provoking = new Set(['compileError', 'contextLoss']);

declare global {
  interface Window { smokeResults?: unknown }
}

async function main(): Promise<void> {
  const canvas = document.getElementById('canvas') as HTMLCanvasElement;
  try {
    device = await createDevice({ canvas, backend: backendFromUrl(location.search) });
  } catch (error) {
    window.smokeResults = { fatal: String(error) };
    return;
  }
  const events: DeviceEvent[] = [];
  const off = device.on((event) => events.push(event));
  let listening = true;
  const settle = async () => {
    // WebGPU delivers uncaptured errors as tasks of their own; give them a moment to arrive.
    await device.finish();
    await new Promise((resolve) => setTimeout(resolve, 200));
    off();
    listening = false;
  };
  const results: Record<string, { data?: unknown; error?: string }> = {};
  const all = device.backend === 'webgl2' ? { ...checks, ...webgl2Checks } : checks;
  for (const [name, check] of Object.entries(all)) {
    // Events a check provokes on purpose are its own result, not stray errors.
    if (provoking.has(name) && listening) await settle();
    try {
      results[name] = { data: await check() };
    } catch (error) {
      results[name] = { error: error instanceof Error ? `${error.message}\n${error.stack}` : String(error) };
    }
  }
  if (listening) await settle();
  window.smokeResults = { backend: device.backend, results, events };
}

void main();
