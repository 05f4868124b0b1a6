// Which renderer the page asks for, from `?backend=webgpu|webgl2` (anything else lets the engine choose).
export type BackendRequest = 'webgpu' | 'webgl2' | 'auto';

export function backendFromQuery(search: string): BackendRequest {
  const value = new URLSearchParams(search).get('backend');
  return value === 'webgpu' || value === 'webgl2' ? value : 'auto';
}

/** The product's spelling of each backend, as shown to people and matched by the tests. */
export function backendDisplayName(backend: 'webgpu' | 'webgl2'): string {
  return backend === 'webgpu' ? 'WebGPU' : 'WebGL2';
}
