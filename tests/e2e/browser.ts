// How the tests launch Chromium: Debian's package by default, any Chromium via CHROMIUM_PATH.
// The flags make WebGPU (SwiftShader Vulkan) and WebGL2 (ANGLE SwiftShader) work without a GPU,
// and keep the browser from reaching any network service of its own.
export const chromiumPath = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

export const chromiumArgs = [
  '--enable-unsafe-webgpu',
  '--enable-features=Vulkan',
  '--use-vulkan=swiftshader',
  '--use-angle=swiftshader',
  '--no-sandbox',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

export const backends = ['webgpu', 'webgl2'] as const;
export type Backend = (typeof backends)[number];
