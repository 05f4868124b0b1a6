// @ts-check
// Medians, p95 and our/three.js ratios from raw run records: shared by the page (table, chart) and the Node runner.

/** The figures a run yields, in display order, with their units. */
export const METRICS = [
  { key: 'firstImageMs', label: 'first image (ms)' },
  { key: 'firstImageLevel', label: '  its mean level (0-255)' },
  { key: 'exportMs', label: 'export 8 views (ms)' },
  { key: 'exportRenderMs', label: '  render+read-back (ms)' },
  { key: 'exportGpuMs', label: '    GPU render passes (ms)' },
  { key: 'exportEncodeMs', label: '  PNG encode (ms)' },
  { key: 'frameCpuMs', label: 'frame CPU (ms)' },
  { key: 'frameGpuMs', label: 'frame GPU (ms)' },
  { key: 'frameWallMs', label: 'frame, wall to GPU done (ms)' },
  { key: 'heapPeakMB', label: 'peak live JS heap (MB)' },
  { key: 'pipelinesAfterWarmup', label: 'pipelines after warm-up' },
  { key: 'bindGroupsAfterWarmup', label: 'bind groups after warm-up' },
];

/** Which three.js renderer each of ours is compared with (same graphics API), and our two backends with each other. */
export const RATIO_PAIRS = [
  { ours: 'ours-webgpu', three: 'three-webgpu', label: 'ours/three WebGPU' },
  { ours: 'ours-webgl2', three: 'three-webgl', label: 'ours/three WebGL' },
  { ours: 'ours-webgpu', three: 'ours-webgl2', label: 'ours WebGPU/WebGL2' },
];

/** @param {number[]} values @param {number} q 0..1, nearest rank */
export function quantile(values, q) {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))];
}

/**
 * @typedef {{ engine: string, scene: string, run: number, error?: string, metrics?: Record<string, number | null>, frameSamplesMs?: number[], frameGpuSamplesMs?: number[] }} RunRecord
 * @typedef {{ median: number, p95: number, n: number }} Figure
 * @typedef {Record<string, Record<string, Record<string, Figure | null> | { error: string }>>} Summary scene → engine → metric
 */

/** Frame times pool every frame of every run; the other metrics take one value per run. @param {RunRecord[]} records @returns {Summary} */
export function summarize(records) {
  /** @type {Summary} */
  const out = {};
  for (const scene of new Set(records.map((r) => r.scene))) {
    out[scene] = {};
    for (const engine of new Set(records.filter((r) => r.scene === scene).map((r) => r.engine))) {
      const runs = records.filter((r) => r.scene === scene && r.engine === engine);
      const good = runs.filter((r) => r.metrics);
      if (good.length === 0) {
        out[scene][engine] = { error: runs[0]?.error ?? 'no runs' };
        continue;
      }
      /** @type {Record<string, Figure | null>} */
      const figures = {};
      for (const { key } of METRICS) {
        const pooled = key === 'frameCpuMs' ? 'frameSamplesMs' : key === 'frameGpuMs' ? 'frameGpuSamplesMs' : null;
        const values = pooled ? good.flatMap((r) => r[pooled] ?? []) : good.map((r) => r.metrics?.[key]).filter((v) => typeof v === 'number');
        figures[key] = values.length ? { median: quantile(/** @type {number[]} */ (values), 0.5), p95: quantile(/** @type {number[]} */ (values), 0.95), n: values.length } : null;
      }
      out[scene][engine] = figures;
    }
  }
  return out;
}

/** ours median / three median, or null when either is missing. @param {Summary} summary */
export function ratio(summary, scene, metric, ours, three) {
  const a = summary[scene]?.[ours], b = summary[scene]?.[three];
  if (!a || !b || 'error' in a || 'error' in b) return null;
  const x = /** @type {Figure | null} */ (a[metric]), y = /** @type {Figure | null} */ (b[metric]);
  return x && y && y.median > 0 ? x.median / y.median : null;
}

/** @param {Figure | null | undefined} f */
export function formatFigure(f) {
  if (!f) return '—';
  const fmt = (/** @type {number} */ v) => (Math.abs(v) >= 100 ? v.toFixed(0) : Math.abs(v) >= 10 ? v.toFixed(1) : v.toFixed(2));
  return `${fmt(f.median)} (${fmt(f.p95)})`;
}

/** A plain-text table per scene: engines as columns, "median (p95)", then the ratios. @param {Summary} summary */
export function formatTable(summary) {
  const lines = [];
  for (const [scene, engines] of Object.entries(summary)) {
    const ids = Object.keys(engines);
    const header = ['metric', ...ids, ...RATIO_PAIRS.map((p) => p.label)];
    const rows = METRICS.map(({ key, label }) => [
      label,
      ...ids.map((id) => { const e = engines[id]; return 'error' in e ? 'failed' : formatFigure(/** @type {Figure | null} */ (e[key])); }),
      ...RATIO_PAIRS.map((p) => { const r = ratio(summary, scene, key, p.ours, p.three); return r === null ? '—' : `${r.toFixed(2)}×`; }),
    ]);
    const widths = header.map((h, c) => Math.max(h.length, ...rows.map((r) => r[c].length)));
    const line = (/** @type {string[]} */ cells) => cells.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]) : cell.padStart(widths[c]))).join('  ');
    lines.push(`scene ${scene}  (median (p95); ratio < 1: ours faster/smaller)`, line(header), ...rows.map(line));
    for (const id of ids) { const e = engines[id]; if ('error' in e) lines.push(`  ${id} failed: ${e.error}`); }
    lines.push('');
  }
  return lines.join('\n');
}
