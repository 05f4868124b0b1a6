// three.js WebGLRenderer: 4× MSAA canvas, off-screen into a multisampled WebGLRenderTarget read with readRenderTargetPixels.
import * as THREE from 'three';
import { createThreeLights, loadThreeScene, type ThreeLighting } from '../scenes/to-three-scene';
import type { BenchEngine } from './bench-engine';
import { createThreeCamera } from './three-camera';
import { flipRows } from './flip-rows';
import { createGlFrameTimer } from './gl-frame-timer';

export async function createThreeWebGL(canvas: HTMLCanvasElement, lighting: ThreeLighting): Promise<BenchEngine> {
  const renderer = new THREE.WebGLRenderer({ canvas, antialias: true, powerPreference: 'high-performance' });
  renderer.setSize(canvas.width, canvas.height, false);
  renderer.toneMapping = THREE.ACESFilmicToneMapping;
  renderer.setClearColor(0x1a1a1a, 1);
  const poseCamera = createThreeCamera(THREE);
  const targets = new Map<string, unknown>(); // one render target per export size, made once
  let scene: unknown = null;
  const gl = renderer.getContext() as WebGL2RenderingContext;
  const debug = gl.getExtension('WEBGL_debug_renderer_info');
  const timer = createGlFrameTimer(gl);
  // A one-pixel read of the canvas waits for everything queued before it: the environment's pre-filtering included.
  const lights = await createThreeLights(THREE, renderer, lighting, async () => {
    renderer.setRenderTarget(null);
    gl.readPixels(0, 0, 1, 1, gl.RGBA, gl.UNSIGNED_BYTE, new Uint8Array(4));
  });
  return {
    id: 'three-webgl',
    adapterInfo: `three.js r${THREE.REVISION} WebGLRenderer: ${debug ? gl.getParameter(debug.UNMASKED_RENDERER_WEBGL) : gl.getParameter(gl.RENDERER)}`,
    async loadScene(glb) {
      scene = await loadThreeScene(glb, lights);
    },
    async renderImage(view, width, height) {
      const key = `${width}x${height}`;
      let target = targets.get(key);
      if (!target) targets.set(key, (target = new THREE.WebGLRenderTarget(width, height, { samples: 4 })));
      renderer.setRenderTarget(target);
      const draw = () => renderer.render(scene, poseCamera(view, width / height));
      const gpu = timer ? timer(draw) : (draw(), null);
      const pixels = new Uint8Array(width * height * 4);
      renderer.readRenderTargetPixels(target, 0, 0, width, height, pixels);
      renderer.setRenderTarget(null);
      return { width, height, data: flipRows(pixels, width, height), gpuMs: gpu ? await gpu : null };
    },
    renderFrame(view) {
      renderer.render(scene, poseCamera(view, canvas.width / canvas.height));
    },
    async timeFrame(view) {
      const draw = () => renderer.render(scene, poseCamera(view, canvas.width / canvas.height));
      if (!timer) return draw(), null;
      return timer(draw);
    },
    creations: () => null,
    destroy() {
      lights.dispose();
      renderer.dispose();
    },
  };
}
