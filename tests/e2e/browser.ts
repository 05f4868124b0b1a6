// How the tests launch Chromium: the same binary and flags as the command line (app/cli/chromium.mjs),
// Debian's package by default, any Chromium via CHROMIUM_PATH.
export { chromiumArgs, chromiumPath } from '../../app/cli/chromium.mjs';

export const backends = ['webgpu', 'webgl2'] as const;
export type Backend = (typeof backends)[number];
