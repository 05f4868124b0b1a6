// three.js WebGLRenderer: images drawn into its 4× MSAA canvas, resized to the image, and read back with readPixels.
// WebGLRenderer tone-maps and sRGB-encodes only what it draws to the canvas: a WebGLRenderTarget would hold linear,
// un-tone-mapped colour, not the picture a person sees, so the canvas is how a three.js app saves what it shows.
import * as THREE from 'three';
import { createThreeLights, loadThreeScene, type ThreeLighting } from '../scenes/to-three-scene';
import type { BenchEngine } from './bench-engine';
import { createThreeCamera } from './three-camera';
import { flipRows } from './flip-rows';
import { createGlFrameTimer } from './gl-frame-timer';
import { waitForGpu } from '../../engine/gpu/webgl2/fence';

export async function createThreeWebGL(canvas: HTMLCanvasElement, lighting: ThreeLighting): Promise<BenchEngine> {
  const renderer = new THREE.WebGLRenderer({ canvas, antialias: true, powerPreference: 'high-performance' });
  renderer.setSize(canvas.width, canvas.height, false);
  renderer.toneMapping = THREE.ACESFilmicToneMapping;
  renderer.setClearColor(0x1a1a1a, 1);
  const poseCamera = createThreeCamera(THREE);
  const frameWidth = canvas.width, frameHeight = canvas.height;
  // the drawing buffer is reallocated only when the size changes: once into an export, once out of it
  const drawAt = (width: number, height: number): void => {
    if (canvas.width !== width || canvas.height !== height) renderer.setSize(width, height, false);
  };
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
      scene = await loadThreeScene(THREE, glb, lights);
    },
    async renderImage(view, width, height) {
      drawAt(width, height);
      const draw = () => renderer.render(scene, poseCamera(view, width / height));
      const gpu = timer ? timer(draw) : (draw(), null);
      const pixels = new Uint8Array(width * height * 4);
      // in the task that drew it, before the canvas is presented: the multisampled buffer resolves on read
      gl.readPixels(0, 0, width, height, gl.RGBA, gl.UNSIGNED_BYTE, pixels);
      return { width, height, data: flipRows(pixels, width, height), gpuMs: gpu ? await gpu : null };
    },
    renderFrame(view) {
      drawAt(frameWidth, frameHeight);
      renderer.render(scene, poseCamera(view, frameWidth / frameHeight));
    },
    settle: () => waitForGpu(gl),
    async timeFrame(view) {
      drawAt(frameWidth, frameHeight);
      const draw = () => renderer.render(scene, poseCamera(view, frameWidth / frameHeight));
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
