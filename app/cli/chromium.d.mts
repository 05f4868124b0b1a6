// Types for chromium.mjs, so the TypeScript browser tests import the same flags.
export declare const chromiumPath: string;
export declare const chromiumArgs: string[];
