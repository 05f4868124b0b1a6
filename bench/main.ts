// The benchmark page: runs from the form or the URL, shows a table and a chart, saves JSON; window.bench drives it headless.
import { drawBarChart } from './bar-chart';
import { downloadJson } from './download-json';
import { initControls, readPlan, type RunPlan } from './page-controls';
import { renderResultsTable } from './results-table';
import { openPairedSession, type PairedRequest, type PairedSample, type PairedSession } from './paired-session';
import { runInPage, type RunRecord, type RunRequest } from './run-in-page';
import { summarize } from './summary.mjs';

const params = new URLSearchParams(location.search);
const records: RunRecord[] = [];
const byId = <T extends HTMLElement>(id: string): T => document.getElementById(id) as T;
const status = (text: string): void => void (byId('status').textContent = text);

function show(): void {
  const summary = summarize(records);
  renderResultsTable(byId('results'), summary);
  drawBarChart(byId('chart'), summary, byId<HTMLSelectElement>('metric').value);
}

async function runOne(request: RunRequest): Promise<RunRecord> {
  const record = await runInPage(request, byId('viewport'));
  records.push(record);
  show();
  return record;
}

/** Alternates engines run by run (ABAB) in this page; the Node runner gives each run a fresh page instead. */
async function runPlan(plan: RunPlan): Promise<void> {
  for (const scene of plan.scenes) {
    for (let run = 0; run < plan.runs; run++) {
      for (const engine of plan.engines) {
        status(`${scene} run ${run + 1}/${plan.runs}: ${engine}`);
        await runOne({ engine, scene, quick: plan.quick, run, threeLighting: plan.threeLighting, settings: plan.frames ? { frames: plan.frames } : undefined });
      }
    }
  }
  status('done');
}

byId('run').addEventListener('click', () => void runPlan(readPlan(params)));
byId('save').addEventListener('click', () => downloadJson(`bench-${new Date().toISOString().slice(0, 10)}.json`, { userAgent: navigator.userAgent, date: new Date().toISOString(), summary: summarize(records), records }));
byId('metric').addEventListener('change', show);
if (initControls(params)) void runPlan(readPlan(params));

// Paired timing (bench/run-paired.mjs): one engine held open on one scene, stepped one image or frame at a time.
let paired: PairedSession | null = null;
async function openPaired(request: PairedRequest): Promise<string> {
  paired = await openPairedSession(request, byId('viewport'));
  return paired.adapterInfo;
}
function timePaired(kind: 'image' | 'frame', index: number): Promise<PairedSample> {
  if (!paired) throw new Error('openPaired() first');
  return kind === 'image' ? paired.timeImage(index) : paired.timeFrame(index);
}

(window as unknown as { bench: object }).bench = { runOne, openPaired, timePaired };
document.title = 'bench ready';
