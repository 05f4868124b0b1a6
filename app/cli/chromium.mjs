// @ts-check
// Which Chromium runs the engine headless, and the flags that make WebGPU (SwiftShader Vulkan) and WebGL2 (ANGLE
// SwiftShader) work without a GPU while keeping the browser off every network service of its own.
// Shared by the command line and the browser tests, so both render the same way.

/** Debian's package by default; CHROMIUM_PATH points at any Chromium or Chrome. */
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
