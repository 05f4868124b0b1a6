// The one place an engine id becomes a renderer; three.js loads only when a three.js engine is asked for.
import type { BenchEngine, EngineId } from './bench-engine';
import { createOurs } from './ours';
import type { ThreeLighting } from '../scenes/to-three-scene';

export async function createBenchEngine(id: EngineId, canvas: HTMLCanvasElement, threeLighting: ThreeLighting = 'studio'): Promise<BenchEngine> {
  switch (id) {
    case 'ours-webgpu': return createOurs(id, canvas, 'webgpu');
    case 'ours-webgl2': return createOurs(id, canvas, 'webgl2');
    case 'three-webgl': return (await import('./three-webgl')).createThreeWebGL(canvas, threeLighting);
    case 'three-webgpu': return (await import('./three-webgpu')).createThreeWebGPU(id, canvas, false, threeLighting);
    case 'three-webgpu-webgl': return (await import('./three-webgpu')).createThreeWebGPU(id, canvas, true, threeLighting);
  }
}
