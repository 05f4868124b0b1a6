// Types for pool-results.mjs, so the unit tests' TypeScript checks their calls (the script checks itself with JSDoc).
export declare function poolResults(files: { name: string; result: unknown }[]): unknown[] | Error;
