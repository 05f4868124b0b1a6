// Types for paired-args.mjs, so the unit tests' TypeScript checks their calls (the script checks itself with JSDoc).
export interface PairedEntry { engine: string; ref: string | null }
export declare const PAIRED_USAGE: string;
export declare function parsePairedArgs(argv: string[]): { entries: PairedEntry[]; scene: string; kind: 'image' | 'frame'; pairs: number; quick: boolean; against: string | null };
export declare function pairedRatio(a: (number | null)[], b: (number | null)[]): { median: number; p25: number; p75: number; n: number } | null;
export declare function median(values: (number | null)[]): number | null;
export declare function comparisons(entries: PairedEntry[]): [number, number][];
