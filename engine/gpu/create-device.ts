// Picks and creates a backend: the only file that imports one.
import type { BackendChoice, CreateDeviceOptions, Device } from './types';
import { createWebGL2Device } from './webgl2/device';
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
