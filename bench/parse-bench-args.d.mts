// Types for parse-bench-args.mjs, so the unit tests' TypeScript checks their calls (the runner checks the .mjs with JSDoc).
export interface BenchOptions {
  scenes: string[];
  engines: string[];
  runs: number;
  frames: number;
  gpuFrames: number;
  quick: boolean;
  threeLighting: 'studio' | 'simple';
  dev: boolean;
  out: string | null;
}
export const ALL_ENGINES: string[];
export const ALL_SCENES: string[];
export const USAGE: string;
export function parseBenchArgs(argv: string[]): BenchOptions;
