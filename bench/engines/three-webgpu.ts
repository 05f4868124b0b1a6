// three.js WebGPURenderer, on WebGPU or forced onto WebGL2. Images go to an output render target: the scene is drawn
// 4× MSAA into the renderer's own half-float target, then tone-mapped and sRGB-encoded into ours, as on the canvas
// (a plain render target would hold linear, un-tone-mapped colour), and read back asynchronously.
import { createThreeLights, loadThreeScene, type ThreeLighting } from '../scenes/to-three-scene';
import type { BenchEngine, EngineId } from './bench-engine';
import { createThreeCamera } from './three-camera';
import { flipRows } from './flip-rows';
import { waitForGpu } from '../../engine/gpu/webgl2/fence';

export async function createThreeWebGPU(id: EngineId, canvas: HTMLCanvasElement, forceWebGL: boolean, lighting: ThreeLighting): Promise<BenchEngine> {
  const THREE = await import('three/webgpu');
  // trackTimestamp: GPU time from three's own timestamp (WebGPU) or timer (WebGL2) queries
  const renderer = new THREE.WebGPURenderer({ canvas, antialias: true, forceWebGL, trackTimestamp: true });
  renderer.setSize(canvas.width, canvas.height, false);
  renderer.toneMapping = THREE.ACESFilmicToneMapping;
  renderer.setClearColor(0x1a1a1a, 1);
  await renderer.init();
  const onWebGL = Boolean(renderer.backend?.isWebGLBackend);
  if (onWebGL !== forceWebGL) throw new Error(`WebGPURenderer fell back to ${onWebGL ? 'WebGL2' : 'WebGPU'}`);
  const lights = await createThreeLights(THREE, renderer, lighting, async (target) => void (await renderer.readRenderTargetPixelsAsync(target, 0, 0, 1, 1)));
  const poseCamera = createThreeCamera(THREE);
  const targets = new Map<string, unknown>();
  let scene: unknown = null;
  return {
    id,
    adapterInfo: `three.js r${THREE.REVISION} WebGPURenderer (${onWebGL ? 'WebGL2 backend' : 'WebGPU backend'})`,
    async loadScene(glb) {
      scene = await loadThreeScene(THREE, glb, lights);
    },
    async renderImage(view, width, height) {
      const key = `${width}x${height}`;
      let target = targets.get(key);
      if (!target) targets.set(key, (target = new THREE.RenderTarget(width, height)));
      renderer.setOutputRenderTarget(target);
      await renderer.resolveTimestampsAsync('render'); // so the figure below is this image's passes alone
      renderer.render(scene, poseCamera(view, width / height));
      // render() leaves the output target as the current render target: left bound, the next image would skip the MSAA
      // framebuffer and its output pass, and the canvas frames would go to this target instead of the canvas
      renderer.setOutputRenderTarget(null);
      renderer.setRenderTarget(null);
      const read = await renderer.readRenderTargetPixelsAsync(target, 0, 0, width, height);
      const gpuMs = await renderer.resolveTimestampsAsync('render');
      const bytes = new Uint8Array(read.buffer, read.byteOffset, width * height * 4);
      return { width, height, data: onWebGL ? flipRows(bytes, width, height) : bytes, gpuMs: typeof gpuMs === 'number' && gpuMs > 0 ? gpuMs : null };
    },
    renderFrame(view) {
      renderer.render(scene, poseCamera(view, canvas.width / canvas.height));
    },
    // its backend's own device or context: the renderer has no public wait
    settle: () => onWebGL ? waitForGpu(renderer.backend.gl) : renderer.backend.device.queue.onSubmittedWorkDone(),
    async timeFrame(view) {
      await renderer.resolveTimestampsAsync('render'); // drops what earlier frames left in the pool
      renderer.render(scene, poseCamera(view, canvas.width / canvas.height));
      const ms = await renderer.resolveTimestampsAsync('render');
      return typeof ms === 'number' && ms > 0 ? ms : null;
    },
    creations: () => null,
    destroy() {
      lights.dispose();
      renderer.dispose();
    },
  };
}
