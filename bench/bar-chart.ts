// A plain bar chart on a canvas: one metric's medians per scene and engine, so a glance says who is ahead.
import { METRICS, type Summary } from './summary.mjs';

const COLOURS = ['#2f7fd0', '#6fb3f0', '#d0602f', '#f0a06f', '#a0a0a0'];

export function drawBarChart(canvas: HTMLCanvasElement, summary: Summary, metric: string): void {
  const ctx = canvas.getContext('2d');
  if (!ctx) return;
  const bars: { label: string; value: number; colour: string }[] = [];
  const engines = [...new Set(Object.values(summary).flatMap((s) => Object.keys(s)))];
  for (const [scene, byEngine] of Object.entries(summary)) {
    for (const [engine, figures] of Object.entries(byEngine)) {
      const figure = 'error' in figures ? null : figures[metric];
      if (figure) bars.push({ label: `${scene} ${engine}`, value: figure.median, colour: COLOURS[engines.indexOf(engine) % COLOURS.length] });
    }
  }
  const rowHeight = 22, labelWidth = 240;
  canvas.height = Math.max(60, bars.length * rowHeight + 30);
  ctx.clearRect(0, 0, canvas.width, canvas.height);
  ctx.font = '12px sans-serif';
  ctx.fillStyle = '#000';
  ctx.fillText(METRICS.find((m) => m.key === metric)?.label.trim() ?? metric, 4, 14);
  const max = Math.max(...bars.map((b) => b.value), 1e-9);
  bars.forEach((bar, k) => {
    const y = 24 + k * rowHeight;
    const width = ((canvas.width - labelWidth - 80) * bar.value) / max;
    ctx.fillStyle = '#000';
    ctx.fillText(bar.label, 4, y + 14);
    ctx.fillStyle = bar.colour;
    ctx.fillRect(labelWidth, y + 2, width, rowHeight - 6);
    ctx.fillStyle = '#000';
    ctx.fillText(bar.value.toPrecision(3), labelWidth + width + 4, y + 14);
  });
}
