// Picks and creates a backend: the only file that imports one.
import type { BackendChoice, CreateDeviceOptions, Device } from './types';
import { createWebGL2Device, whenContextRestored } from './webgl2/device';
import { createWebGPUDevice } from './webgpu/device';

/** `?backend=webgpu|webgl2` in a URL's query; anything else means 'auto'. */
export function backendFromUrl(search: string): BackendChoice {
  const value = new URLSearchParams(search).get('backend');
  return value === 'webgpu' || value === 'webgl2' ? value : 'auto';
}

/** 'auto' falls back to WebGL2 on any WebGPU failure; a forced backend fails with its own reason. */
export async function createDevice(options: CreateDeviceOptions): Promise<Device> {
  const { canvas, backend = 'auto' } = options;
  if (backend === 'webgl2') return createWebGL2Device(canvas);
  try {
    return await createWebGPUDevice(canvas);
  } catch (error) {
    if (backend === 'webgpu') {
      throw new Error(`WebGPU was requested but cannot be used: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
    }
    return createWebGL2Device(canvas);
  }
}

/** How long a lost WebGL2 context may take to come back before the loss counts as final. */
const RESTORE_TIMEOUT_MS = 5000;

/**
 * A new device of the same backend on the same canvas, after `lost` was lost (and destroyed by the caller):
 * WebGPU asks for a new adapter and device and configures the canvas's context again; WebGL2 waits for the
 * browser to give the context back.
 */
export async function recreateDevice(lost: Device): Promise<Device> {
  if (lost.backend === 'webgl2') {
    await whenContextRestored(lost.canvas, RESTORE_TIMEOUT_MS);
    return createWebGL2Device(lost.canvas);
  }
  return createWebGPUDevice(lost.canvas);
}
