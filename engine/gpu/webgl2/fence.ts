// Waiting for the GPU without blocking: a fence polled from timers, never a blocking clientWaitSync.
import { GL } from './conv';

/** WebGL reports a fence's status only once control has gone back to the event loop, so polling starts there. */
const POLL_INTERVAL_MS = 1;

/** Resolves when everything submitted before the call has finished; rejects if the context is lost first. */
export function waitForGpu(gl: WebGL2RenderingContext): Promise<void> {
  const sync = gl.fenceSync(GL.SYNC_GPU_COMMANDS_COMPLETE, 0);
  if (!sync) return Promise.reject(new Error('WebGL2 gave no fence (is the context lost?)'));
  // Without a flush the fence might never reach the GPU, and would never signal.
  gl.flush();
  return new Promise((resolve, reject) => {
    const poll = () => {
      if (gl.isContextLost()) {
        reject(new Error('The WebGL2 context was lost while waiting for the GPU'));
        return;
      }
      const status = gl.clientWaitSync(sync, 0, 0);
      if (status === GL.TIMEOUT_EXPIRED) {
        setTimeout(poll, POLL_INTERVAL_MS);
        return;
      }
      gl.deleteSync(sync);
      if (status === GL.WAIT_FAILED) reject(new Error('Waiting for a WebGL2 fence failed'));
      else resolve();
    };
    setTimeout(poll, 0);
  });
}
