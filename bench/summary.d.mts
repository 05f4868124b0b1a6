// Types for summary.mjs, so the page's TypeScript checks its calls (the runner checks the .mjs with JSDoc).
export interface Figure { median: number; p95: number; n: number }
export type Summary = Record<string, Record<string, Record<string, Figure | null> | { error: string }>>;
export interface RunRecordLike { engine: string; scene: string; run: number; error?: string; metrics?: Record<string, number | null>; frameSamplesMs?: number[] }
export const METRICS: { key: string; label: string }[];
export const RATIO_PAIRS: { ours: string; three: string; label: string }[];
export function quantile(values: number[], q: number): number;
export function summarize(records: RunRecordLike[]): Summary;
export function ratio(summary: Summary, scene: string, metric: string, ours: string, three: string): number | null;
export function formatFigure(figure: Figure | null | undefined): string;
export function formatTable(summary: Summary): string;
