// The worker side (image decoding, transferables) and the page side (loadModel) with a stand-in Worker.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { decodeImages } from '../../../engine/loaders/decode-images';
import { loadModel, prepareModelLoader } from '../../../engine/loaders/load-in-worker';
import { sceneTransferables } from '../../../engine/loaders/transferables';
import { ModelLoadError } from '../../../engine/loaders/errors';
import { createGeometry, createMaterial, createMesh, createNode, createSampler, createScene } from '../../../engine/scene/factory';
import type { BitmapImage, EncodedImage, Scene, Texture } from '../../../engine/scene/types';

function texturedScene(): { scene: Scene; good: Texture; bad: Texture } {
  const image = (b: number): EncodedImage => ({ kind: 'encoded', mimeType: 'image/png', bytes: new Uint8Array([b]) });
  const good: Texture = { name: 'good.png', image: image(1), sampler: createSampler() };
  const bad: Texture = { name: 'bad.png', image: image(0), sampler: createSampler() };
  const material = createMaterial({
    baseColorTexture: { texture: good, texCoord: 0, transform: null },
    emissiveTexture: { texture: good, texCoord: 0, transform: null },
    normalTexture: { texture: bad, texCoord: 0, transform: null },
  });
  const geometry = createGeometry({ positions: new Float32Array([0, 0, 0, 1, 0, 0, 0, 1, 0]), indices: new Uint32Array([0, 1, 2]) });
  const mesh = createMesh('m', [{ geometry, material }, { geometry, material }]);
  return { scene: createScene('s', [createNode({ mesh }), createNode({ mesh })]), good, bad };
}

describe('decodeImages', () => {
  it('decodes each image once, and drops the references of an image that fails with a warning', async () => {
    const { scene, good, bad } = texturedScene();
    const bitmap = { width: 4, height: 2 } as ImageBitmap;
    const decode = vi.fn(async (image: EncodedImage): Promise<BitmapImage> => {
      if (image.bytes[0] === 0) throw new Error('corrupt');
      return { kind: 'bitmap', width: 4, height: 2, bitmap };
    });
    const bitmaps = await decodeImages(scene, decode);
    expect(decode).toHaveBeenCalledTimes(2);
    expect(bitmaps).toEqual([bitmap]);
    expect(good.image).toEqual({ kind: 'bitmap', width: 4, height: 2, bitmap });
    const material = scene.roots[0].mesh!.primitives[0].material;
    expect(material.baseColorTexture?.texture).toBe(good);
    expect(material.normalTexture).toBeNull();
    expect(scene.warnings).toEqual([expect.stringMatching(/"bad\.png" could not be decoded/)]);
    expect(bad.image.kind).toBe('encoded');
  });

  it('lists each geometry buffer once for transfer', () => {
    const { scene } = texturedScene();
    const list = sceneTransferables(scene, []);
    expect(list).toHaveLength(2);
    expect(new Set(list).size).toBe(2);
  });
});

/** A stand-in for the module worker: records what it is sent and lets the test answer. */
class FakeWorker {
  static last: FakeWorker | null = null;
  onmessage: ((e: { data: unknown }) => void) | null = null;
  onerror: ((e: { preventDefault(): void }) => void) | null = null;
  onmessageerror: (() => void) | null = null;
  posted: unknown[] = [];
  terminated = false;
  constructor(readonly url: URL, readonly options: WorkerOptions) {
    FakeWorker.last = this;
  }
  postMessage(message: unknown): void {
    this.posted.push(message);
  }
  terminate(): void {
    this.terminated = true;
  }
  answer(data: unknown): void {
    this.onmessage?.({ data });
  }
}

describe('loadModel', () => {
  afterEach(() => vi.unstubAllGlobals());
  const files = [{ name: 'a.stl', bytes: new Uint8Array(4) }];

  it('starts a module worker, forwards progress, resolves the scene and terminates the worker', async () => {
    vi.stubGlobal('Worker', FakeWorker);
    const progress: number[] = [];
    const pending = loadModel(files, { onProgress: (f) => progress.push(f) });
    const worker = FakeWorker.last!;
    expect(worker.options).toEqual({ type: 'module' });
    expect(worker.url.pathname).toMatch(/worker\.ts$/);
    expect(worker.posted).toEqual([{ files }]);
    const scene = createScene('s', []);
    worker.answer({ progress: 0.5 });
    worker.answer({ scene });
    await expect(pending).resolves.toBe(scene);
    expect(progress).toEqual([0.5]);
    expect(worker.terminated).toBe(true);
  });

  it('gives the worker prepareModelLoader started to the next load, and only to that one', async () => {
    let started = 0;
    vi.stubGlobal('Worker', class extends FakeWorker {
      constructor(url: URL, options: WorkerOptions) {
        super(url, options);
        started++;
      }
    });
    prepareModelLoader();
    prepareModelLoader(); // one spare at most
    const spare = FakeWorker.last!;
    expect(started).toBe(1);
    expect(spare.posted).toEqual([]); // idle until a load comes
    const first = loadModel(files);
    expect(started).toBe(1);
    expect(spare.posted).toEqual([{ files }]);
    spare.answer({ scene: createScene('first', []) });
    await first;
    expect(spare.terminated).toBe(true);
    // the spare was used up: the next load starts its own worker
    const second = loadModel(files);
    expect(started).toBe(2);
    expect(FakeWorker.last).not.toBe(spare);
    FakeWorker.last!.answer({ scene: createScene('second', []) });
    await expect(second).resolves.toMatchObject({ name: 'second' });
  });

  it('prepareModelLoader settles once the spare has loaded its code, or once a load takes it', async () => {
    vi.stubGlobal('Worker', FakeWorker);
    let ready = false;
    const preparing = prepareModelLoader().then(() => (ready = true));
    const spare = FakeWorker.last!;
    expect(prepareModelLoader()).toBe(prepareModelLoader()); // the same spare, the same promise
    await Promise.resolve();
    expect(ready).toBe(false);
    spare.answer({ ready: true });
    await preparing;
    expect(ready).toBe(true);
    // a spare taken by a load before its code is ready: waiting for it ends, and the load goes on
    const second = prepareModelLoader();
    const taken = FakeWorker.last!;
    const load = loadModel(files);
    await second;
    taken.answer({ ready: true }); // a late word from the worker changes nothing for the load
    taken.answer({ scene: createScene('taken', []) });
    await expect(load).resolves.toMatchObject({ name: 'taken' });
  });

  it('rethrows worker errors as ModelLoadError with their code', async () => {
    vi.stubGlobal('Worker', FakeWorker);
    const pending = loadModel(files);
    FakeWorker.last!.answer({ error: { code: 'INVALID_STL', message: 'This STL file cannot be read.' } });
    const error = await pending.catch((e) => e);
    expect(error).toBeInstanceOf(ModelLoadError);
    expect(error).toMatchObject({ code: 'INVALID_STL', message: 'This STL file cannot be read.' });
    expect(FakeWorker.last!.terminated).toBe(true);
  });

  it('terminates the worker and rejects with ABORTED when cancelled', async () => {
    vi.stubGlobal('Worker', FakeWorker);
    const controller = new AbortController();
    const pending = loadModel(files, { signal: controller.signal });
    controller.abort();
    await expect(pending).rejects.toMatchObject({ code: 'ABORTED' });
    expect(FakeWorker.last!.terminated).toBe(true);
    // A late answer from the terminated worker changes nothing.
    FakeWorker.last!.answer({ scene: createScene('late', []) });
  });

  it('stops a worker that goes silent with TIMED_OUT, and keeps one that beats, however long it takes', async () => {
    vi.useFakeTimers();
    try {
      vi.stubGlobal('Worker', FakeWorker);
      const silent = loadModel(files, { stallLimitMs: 5000 });
      const stuck = FakeWorker.last!;
      const outcome = silent.catch((e) => e);
      await vi.advanceTimersByTimeAsync(4999);
      expect(stuck.terminated).toBe(false);
      await vi.advanceTimersByTimeAsync(1);
      expect(await outcome).toMatchObject({ code: 'TIMED_OUT', message: expect.stringMatching(/stopped making progress for 5 seconds/) });
      expect(stuck.terminated).toBe(true);

      const beating = loadModel(files, { stallLimitMs: 5000 });
      const busy = FakeWorker.last!;
      for (let s = 0; s < 30; s++) {
        await vi.advanceTimersByTimeAsync(1000);
        busy.answer({ alive: true });
      }
      expect(busy.terminated).toBe(false);
      const scene = createScene('slow but alive', []);
      busy.answer({ scene });
      await expect(beating).resolves.toBe(scene);
    } finally {
      vi.useRealTimers();
    }
  });

  it('turns a crashed worker into an INTERNAL ModelLoadError', async () => {
    vi.stubGlobal('Worker', FakeWorker);
    const pending = loadModel(files);
    FakeWorker.last!.onerror?.({ preventDefault() {} });
    await expect(pending).rejects.toMatchObject({ code: 'INTERNAL' });
  });
});

describe('worker entry', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('parses the files it is sent, decodes images and posts the scene with its buffers transferred', async () => {
    const posted: { message: any; transfer: Transferable[] }[] = [];
    const scope: { onmessage: ((e: { data: unknown }) => Promise<void>) | null; postMessage: (m: unknown, t: Transferable[]) => void } = {
      onmessage: null,
      postMessage: (message, transfer) => posted.push({ message, transfer }),
    };
    vi.stubGlobal('self', scope);
    // Node has no image decoder: every decode fails, which must only cost the texture.
    vi.stubGlobal('createImageBitmap', () => Promise.reject(new Error('no decoder')));
    await import('../../../engine/loaders/worker');
    // its first word, once its code has loaded: the page may wait for it (prepareModelLoader)
    expect(posted.shift()?.message).toEqual({ ready: true });
    const obj = 'mtllib m.mtl\nv 0 0 0\nv 1 0 0\nv 0 1 0\nvt 0 0\nusemtl a\nf 1/1 2/1 3/1\n';
    const mtl = 'newmtl a\nmap_Kd t.png\n';
    // A sound header (1×1, so it passes the size check) over missing pixel data: only the decoder can fail it.
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 1, 0, 0, 0, 1, 8, 6, 0, 0, 0, 0, 0, 0, 0]);
    const enc = new TextEncoder();
    await scope.onmessage!({ data: { files: [{ name: 'a.obj', bytes: enc.encode(obj) }, { name: 'm.mtl', bytes: enc.encode(mtl) }, { name: 't.png', bytes: png }] } });
    const last = posted[posted.length - 1];
    expect(posted.slice(0, -1).every((p) => typeof p.message.progress === 'number')).toBe(true);
    const scene = last.message.scene as Scene;
    expect(scene.roots[0].mesh!.primitives[0].material.baseColorTexture).toBeNull();
    expect(scene.warnings.join(' ')).toMatch(/"t\.png" could not be decoded/);
    expect(last.transfer.length).toBeGreaterThan(0);

    await scope.onmessage!({ data: { files: [{ name: 'a.obj', bytes: enc.encode('v 0 0 0\nf 1 2 3\n') }] } });
    expect(posted[posted.length - 1].message).toEqual({ error: { code: 'INVALID_OBJ', message: expect.stringMatching(/line 2/) } });
  });
});
