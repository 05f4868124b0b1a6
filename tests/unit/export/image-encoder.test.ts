// The page-side encoder client with a stand-in worker that runs the real handler: ids, queueing, abort and crashes.
import { describe, expect, it } from 'vitest';
import { decode } from 'fast-png';
import { createImageEncoder, type EncoderWorker } from '../../../engine/export/image-encoder';
import { handleEncodeRequest, type EncodeJob, type EncodeRequest } from '../../../engine/export/encode-request';
import { ExportError } from '../../../engine/export/export-errors';

/** Answers only when told to, so tests control the order of events. */
class FakeWorker implements EncoderWorker {
  onmessage: EncoderWorker['onmessage'] = null;
  onerror: EncoderWorker['onerror'] = null;
  onmessageerror: EncoderWorker['onmessageerror'] = null;
  received: EncodeRequest[] = [];
  terminated = false;

  postMessage(message: unknown): void {
    this.received.push(message as EncodeRequest);
  }

  terminate(): void {
    this.terminated = true;
  }

  async answer(index: number): Promise<void> {
    const response = await handleEncodeRequest(this.received[index], () => Promise.reject(new Error('no canvas')));
    this.onmessage?.call(this as unknown as Worker, { data: response } as MessageEvent);
  }

  crash(): void {
    this.onerror?.call(this as unknown as Worker, { preventDefault() {} } as ErrorEvent);
  }
}

function setup(): { encoder: ReturnType<typeof createImageEncoder>; workers: FakeWorker[] } {
  const workers: FakeWorker[] = [];
  const encoder = createImageEncoder(() => {
    const worker = new FakeWorker();
    workers.push(worker);
    return worker;
  });
  return { encoder, workers };
}

const job = (value: number): EncodeJob => ({ kind: 'png', width: 1, height: 1, pixels: new Uint8Array([value, 0, 0, 255]).buffer });

describe('createImageEncoder', () => {
  it('sends one job at a time and resolves each with its own bytes', async () => {
    const { encoder, workers } = setup();
    const first = encoder.encode(job(10));
    const second = encoder.encode(job(20));
    expect(workers).toHaveLength(1);
    expect(workers[0].received).toHaveLength(1);
    await workers[0].answer(0);
    expect(workers[0].received).toHaveLength(2);
    expect(workers[0].received[1].id).not.toBe(workers[0].received[0].id);
    await workers[0].answer(1);
    expect(decode(await first).data[0]).toBe(10);
    expect(decode(await second).data[0]).toBe(20);
  });

  it('rejects with a typed ExportError from the worker', async () => {
    const { encoder, workers } = setup();
    const bad = encoder.encode({ kind: 'png', width: 3, height: 3, pixels: new ArrayBuffer(4) });
    await workers[0].answer(0);
    await expect(bad).rejects.toMatchObject({ name: 'ExportError', code: 'INVALID_INPUT' });
  });

  it('aborts a queued job without sending it, and an in-flight one by dropping its answer', async () => {
    const { encoder, workers } = setup();
    const inFlight = new AbortController();
    const queued = new AbortController();
    const a = encoder.encode(job(1), inFlight.signal);
    const b = encoder.encode(job(2), queued.signal);
    const c = encoder.encode(job(3));
    queued.abort();
    await expect(b).rejects.toBeInstanceOf(DOMException);
    await expect(b).rejects.toMatchObject({ name: 'AbortError' });
    inFlight.abort();
    await expect(a).rejects.toMatchObject({ name: 'AbortError' });
    await workers[0].answer(0);
    // The aborted job's answer freed the worker; the queued-and-aborted job was skipped.
    expect(workers[0].received.map((r) => new Uint8Array(r.pixels)[0])).toEqual([1, 3]);
    await workers[0].answer(1);
    expect(decode(await c).data[0]).toBe(3);
  });

  it('rejects at once for an already aborted signal', async () => {
    const { encoder, workers } = setup();
    await expect(encoder.encode(job(1), AbortSignal.abort())).rejects.toMatchObject({ name: 'AbortError' });
    expect(workers).toHaveLength(0);
  });

  it('fails only the running job when the worker crashes, and starts a new worker for the next', async () => {
    const { encoder, workers } = setup();
    const a = encoder.encode(job(1));
    const b = encoder.encode(job(2));
    workers[0].crash();
    await expect(a).rejects.toMatchObject({ code: 'ENCODE_FAILED' });
    expect(workers[0].terminated).toBe(true);
    expect(workers).toHaveLength(2);
    await workers[1].answer(0);
    expect(decode(await b).data[0]).toBe(2);
  });

  it('destroy terminates the worker and rejects open jobs with ABORTED', async () => {
    const { encoder, workers } = setup();
    const a = encoder.encode(job(1));
    const b = encoder.encode(job(2));
    encoder.destroy();
    encoder.destroy();
    expect(workers[0].terminated).toBe(true);
    await expect(a).rejects.toBeInstanceOf(ExportError);
    await expect(b).rejects.toMatchObject({ code: 'ABORTED' });
    await expect(encoder.encode(job(3))).rejects.toMatchObject({ code: 'ABORTED' });
  });
});
