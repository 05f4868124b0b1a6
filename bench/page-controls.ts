// The page's form: options from the catalogue, initial values from the URL, read back as one run plan.
import { ENGINE_IDS, type EngineId } from './engines/bench-engine';
import { SCENE_NAMES, type SceneName } from './scenes/catalogue';
import type { ThreeLighting } from './scenes/to-three-scene';
import { METRICS } from './summary.mjs';

export interface RunPlan {
  engines: EngineId[];
  scenes: SceneName[];
  runs: number;
  quick: boolean;
  frames?: number;
  threeLighting: ThreeLighting;
}

const byId = <T extends HTMLElement>(id: string): T => document.getElementById(id) as T;

function fill(select: HTMLSelectElement, values: readonly string[], chosen: string[]): void {
  select.replaceChildren(...values.map((v) => new Option(v, v, false, chosen.includes(v))));
}

/** Fills the form from the URL (unknown names are dropped) and returns whether ?auto=1 asks for a run at once. */
export function initControls(params: URLSearchParams): boolean {
  const list = (name: string, fallback: string[]): string[] => params.get(name)?.split(',').filter(Boolean) ?? fallback;
  fill(byId('engines'), ENGINE_IDS, list('engines', ['ours-webgpu', 'ours-webgl2', 'three-webgl']));
  fill(byId('scenes'), SCENE_NAMES, list('scenes', ['small']));
  fill(byId('metric'), METRICS.map((m) => m.key), ['exportMs']);
  if (params.has('runs')) byId<HTMLInputElement>('runs').value = params.get('runs')!;
  if (params.get('threeLights') === 'simple') byId<HTMLSelectElement>('three-lights').value = 'simple';
  if (params.has('quick')) byId<HTMLInputElement>('quick').checked = params.get('quick') !== '0';
  return params.get('auto') === '1';
}

export function readPlan(params: URLSearchParams): RunPlan {
  const chosen = (id: string): string[] => [...byId<HTMLSelectElement>(id).selectedOptions].map((o) => o.value);
  const frames = Number(params.get('frames'));
  return {
    engines: chosen('engines') as EngineId[],
    scenes: chosen('scenes') as SceneName[],
    runs: Math.max(1, Number(byId<HTMLInputElement>('runs').value) || 1),
    quick: byId<HTMLInputElement>('quick').checked,
    frames: frames > 0 ? frames : undefined,
    threeLighting: byId<HTMLSelectElement>('three-lights').value as ThreeLighting,
  };
}
