// Our engine behind the bench interface, through its public API only.
import { createEngine, defaultCamera, loadModel, prepareModelLoader, type CameraState, type Engine } from '../../engine';
import type { BenchEngine, BenchView, EngineId } from './bench-engine';

function toCamera(view: BenchView): CameraState {
  return { ...defaultCamera(), position: view.position, target: view.target, fovY: view.fovY, near: view.near, far: view.far };
}

export async function createOurs(id: EngineId, canvas: HTMLCanvasElement, backend: 'webgpu' | 'webgl2'): Promise<BenchEngine> {
  const engine: Engine = await createEngine({ canvas, backend });
  if (engine.backend !== backend) throw new Error(`asked for ${backend}, got ${engine.backend}`);
  // as the app does when it opens: the loader's code is ready before a file comes, as three.js's GLTFLoader is; the
  // clock would otherwise pay for the worker fetching and compiling its code (263–393 ms, dev server, small scene)
  await prepareModelLoader();
  const width = canvas.width, height = canvas.height; // the canvas keeps its size for the whole run
  return {
    id,
    adapterInfo: engine.adapterInfo,
    // the product's own path: parsed in a worker, then uploaded; the bytes are handed to the worker, not copied, as
    // three.js parses its ArrayBuffer in place (the run reads the file once)
    async loadScene(glb) {
      engine.setScene(await loadModel([{ name: 'bench.glb', bytes: glb }], { transferBytes: true }));
    },
    async renderImage(view, w, h) {
      const gpu = engine.timeNextRender();
      const pixels = await engine.renderImage(toCamera(view), { width: w, height: h, background: [0.1, 0.1, 0.1, 1] });
      return { ...pixels, gpuMs: gpu ? await gpu : null };
    },
    renderFrame: (view) => engine.renderPreview(toCamera(view), width, height, [0.1, 0.1, 0.1, 1]),
    settle: () => engine.whenGpuIdle(),
    async timeFrame(view) {
      const time = engine.timeNextRender();
      engine.renderPreview(toCamera(view), width, height, [0.1, 0.1, 0.1, 1]);
      return time;
    },
    creations: () => ({ pipelines: engine.stats.pipelinesCreated, bindGroups: engine.stats.bindGroupsCreated }),
    destroy: () => engine.destroy(),
  };
}
