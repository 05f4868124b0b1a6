// Types for page-server.mjs, so the unit tests' TypeScript checks their calls (the command line checks the .mjs with JSDoc).
export declare function startPageServer(root: string, options?: { headers?: Record<string, string> }): Promise<{ url: string; close: () => Promise<void> }>;
