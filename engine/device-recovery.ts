// A lost GPU (WebGPU device.lost, WebGL2 webglcontextlost) is recovered once: the engine's GPU objects are dropped,
// a new device is made on the same canvas and the engine rebuilds its state on it; work that was running when the
// loss came runs again. A second loss is final: it is reported and every later image fails with DeviceLostError.
import { recreateDevice } from './gpu/create-device';
import type { Device, DeviceEvent } from './gpu/types';

/** What the engine reports: the device's own events plus a loss it came back from. */
export type EngineEvent = DeviceEvent | { type: 'recovered'; reason: string };

/** The GPU was lost for good; `code` is for programs, `message` for people. */
export class DeviceLostError extends Error {
  readonly code = 'DEVICE_LOST';
  constructor(message: string) {
    super(message);
    this.name = 'DeviceLostError';
  }
}

/** What the engine does around a loss. */
export interface RecoveryHost {
  /** Frees everything made on the lost device; nothing is drawn until rebuild. */
  teardown(): void;
  /** Makes the renderer on the new device and puts the scene, the style and the rest of the state back. */
  rebuild(device: Device): void;
}

/** One recovery is worth trying; a device that is lost again right after is not coming back. */
const RECOVERIES_ALLOWED = 1;
/** After a failed read-back, how long a loss may take to be reported before the failure counts as an ordinary one. */
const LOSS_REPORT_WAIT_MS = 200;

export class DeviceRecovery {
  private current: Device;
  /** Bumped on every loss: work started under an older generation ran (partly) on a lost device. */
  private generation = 0;
  private recoveriesLeft = RECOVERIES_ALLOWED;
  private recovering: Promise<void> | null = null;
  private failure: DeviceLostError | null = null;
  private recovered = 0;
  private unsubscribe: () => void = () => undefined;
  private readonly listeners = new Set<(event: EngineEvent) => void>();

  constructor(device: Device, private readonly host: RecoveryHost) {
    this.current = device;
    this.watch(device);
  }

  get device(): Device {
    return this.current;
  }

  /** False while a loss is being recovered from and after a final one: there is no renderer to draw with. */
  get usable(): boolean {
    return !this.recovering && !this.failure && !this.current.isLost;
  }

  /** How many losses were recovered from. */
  get recoveries(): number {
    return this.recovered;
  }

  on(listener: (event: EngineEvent) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** TEST-ONLY: loses the current device through the browser's own mechanism; the loss is handled like a real one. */
  loseDevice(): void {
    if (this.failure) throw this.failure;
    this.current.simulateLossForTesting();
  }

  /** Runs GPU work; when the device is lost while it runs, waits for the recovery and runs it again. */
  async run<T>(work: () => Promise<T>): Promise<T> {
    for (;;) {
      await this.ready();
      const generation = this.generation;
      let result: T;
      try {
        result = await work();
      } catch (error) {
        if (await this.lostSince(generation, true)) continue;
        throw error;
      }
      if (await this.lostSince(generation, false)) continue;
      return result;
    }
  }

  /** Waits for a recovery under way; throws once the device is lost for good. */
  async ready(): Promise<void> {
    if (this.recovering) await this.recovering;
    if (this.failure) throw this.failure;
  }

  /** Stops listening; the device itself is the engine's to destroy. */
  dispose(): void {
    this.unsubscribe();
    this.listeners.clear();
  }

  private watch(device: Device): void {
    this.unsubscribe = device.on((event) => {
      if (event.type === 'lost') this.handleLoss(event.reason);
      else this.emit(event);
    });
  }

  /**
   * Whether the device was lost since `generation`. A device can know it is lost before its event arrives
   * (WebGL2's isContextLost(), WebGPU's failed read-back): the loss is then handled here and now.
   */
  private async lostSince(generation: number, failed: boolean): Promise<boolean> {
    if (this.generation !== generation) return true;
    if (failed && !this.current.isLost) {
      const until = performance.now() + LOSS_REPORT_WAIT_MS;
      while (this.generation === generation && !this.current.isLost && performance.now() < until) await new Promise((r) => setTimeout(r, 10));
    }
    if (this.generation !== generation) return true;
    if (!this.current.isLost) return false;
    this.handleLoss('the device was lost while rendering');
    return true;
  }

  private handleLoss(reason: string): void {
    if (this.failure) return;
    this.generation++;
    this.unsubscribe();
    this.host.teardown();
    const lost = this.current;
    lost.destroy();
    if (this.recoveriesLeft <= 0) {
      this.fail(reason);
      return;
    }
    this.recoveriesLeft--;
    const recovery = this.recover(lost, reason);
    this.recovering = recovery;
    void recovery.finally(() => {
      if (this.recovering === recovery) this.recovering = null;
    });
  }

  private async recover(lost: Device, reason: string): Promise<void> {
    let device: Device;
    try {
      device = await recreateDevice(lost);
    } catch (error) {
      this.fail(`${reason}; a new device could not be made: ${error instanceof Error ? error.message : String(error)}`);
      return;
    }
    if (this.failure) {
      device.destroy();
      return;
    }
    this.current = device;
    this.watch(device);
    try {
      this.host.rebuild(device);
    } catch (error) {
      this.generation++;
      this.unsubscribe();
      this.host.teardown();
      device.destroy();
      this.fail(`${reason}; the scene could not be restored: ${error instanceof Error ? error.message : String(error)}`);
      return;
    }
    this.recovered++;
    this.emit({ type: 'recovered', reason });
  }

  private fail(reason: string): void {
    this.failure = new DeviceLostError(`The graphics device was lost and could not be recovered (${reason}). Reload the page to continue.`);
    this.emit({ type: 'lost', reason });
  }

  private emit(event: EngineEvent): void {
    for (const listener of [...this.listeners]) listener(event);
  }
}
