// GPU time of one render pass from timestamp queries (the 'timestamp-query' feature): the pass asked for gets
// timestampWrites at its start and end, resolved into a buffer that is mapped once the work is done. Query sets and
// buffers are pooled, so timing frame after frame creates nothing.

/** One pass being timed: what the pass writes, and what it does when it ends. */
export interface PassTiming {
  readonly timestampWrites: GPURenderPassTimestampWrites;
  /** Copies the two timestamps where they can be read; before the encoder finishes. */
  resolve(encoder: GPUCommandEncoder): void;
  /** After submit: reads the timestamps and settles the promise the caller holds. */
  read(): void;
}

interface Slot {
  querySet: GPUQuerySet;
  resolveBuffer: GPUBuffer;
  readBuffer: GPUBuffer;
}

export class PassTimer {
  private readonly free: Slot[] = [];
  private requested: ((ms: number | null) => void) | null = null;

  constructor(private readonly device: GPUDevice) {}

  get supported(): boolean {
    return this.device.features.has('timestamp-query');
  }

  /** The GPU time of the next pass begun, in ms; null when timestamps are not available. */
  timeNextPass(): Promise<number | null> | null {
    if (!this.supported) return null;
    const previous = this.requested;
    return new Promise((resolve) => {
      // a second request before any pass began shares the first one's measurement
      this.requested = previous ? (ms) => (previous(ms), resolve(ms)) : resolve;
    });
  }

  /** For a pass about to begin: its timing, when one was asked for. */
  take(label: string): PassTiming | undefined {
    const settle = this.requested;
    if (!settle) return undefined;
    this.requested = null;
    const slot = this.free.pop() ?? this.slot(label);
    return {
      timestampWrites: { querySet: slot.querySet, beginningOfPassWriteIndex: 0, endOfPassWriteIndex: 1 },
      resolve: (encoder) => {
        encoder.resolveQuerySet(slot.querySet, 0, 2, slot.resolveBuffer, 0);
        encoder.copyBufferToBuffer(slot.resolveBuffer, 0, slot.readBuffer, 0, 16);
      },
      read: () => {
        slot.readBuffer.mapAsync(GPUMapMode.READ).then(
          () => {
            const [start, end] = new BigUint64Array(slot.readBuffer.getMappedRange(0, 16));
            slot.readBuffer.unmap();
            this.free.push(slot);
            // implementations may quantise or reorder timestamps; a negative span means no measurement
            settle(end >= start ? Number(end - start) / 1e6 : null);
          },
          () => settle(null),
        );
      },
    };
  }

  destroy(): void {
    for (const slot of this.free.splice(0)) {
      slot.querySet.destroy();
      slot.resolveBuffer.destroy();
      slot.readBuffer.destroy();
    }
  }

  private slot(label: string): Slot {
    const { device } = this;
    return {
      querySet: device.createQuerySet({ label: `${label}/timestamps`, type: 'timestamp', count: 2 }),
      resolveBuffer: device.createBuffer({ label: `${label}/timestamps`, size: 16, usage: GPUBufferUsage.QUERY_RESOLVE | GPUBufferUsage.COPY_SRC }),
      readBuffer: device.createBuffer({ label: `${label}/timestamps-read`, size: 16, usage: GPUBufferUsage.MAP_READ | GPUBufferUsage.COPY_DST }),
    };
  }
}
