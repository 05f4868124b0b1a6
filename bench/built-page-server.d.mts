// Types for built-page-server.mjs, so the unit tests' TypeScript checks their calls (the runner checks the .mjs with JSDoc).
export declare const CROSS_ORIGIN_ISOLATION: Record<string, string>;
export declare function startBuiltPageServer(root: string, options?: { headers?: Record<string, string> }): Promise<{ url: string; close: () => Promise<void> }>;
