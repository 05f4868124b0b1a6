// The summary as an HTML table per scene: median (p95) per engine, then our/three.js ratios.
import { formatFigure, METRICS, RATIO_PAIRS, ratio, type Figure, type Summary } from './summary.mjs';

function cell(tag: 'td' | 'th', text: string): HTMLElement {
  const element = document.createElement(tag);
  element.textContent = text;
  return element;
}

export function renderResultsTable(host: HTMLElement, summary: Summary): void {
  host.replaceChildren();
  for (const [scene, engines] of Object.entries(summary)) {
    const table = document.createElement('table');
    table.createCaption().textContent = `${scene}: median (p95)`;
    const ids = Object.keys(engines);
    table.createTHead().insertRow().append(cell('th', 'metric'), ...ids.map((id) => cell('th', id)), ...RATIO_PAIRS.map((p) => cell('th', p.label)));
    const body = table.createTBody();
    for (const { key, label } of METRICS) {
      const row = body.insertRow();
      row.append(cell('td', label));
      for (const id of ids) {
        const figures = engines[id];
        row.append(cell('td', 'error' in figures ? `failed: ${figures.error}` : formatFigure(figures[key] as Figure | null)));
      }
      for (const pair of RATIO_PAIRS) {
        const r = ratio(summary, scene, key, pair.ours, pair.three);
        row.append(cell('td', r === null ? '—' : `${r.toFixed(2)}×`));
      }
    }
    host.append(table);
  }
}
