// The Views form: which set of angles to render and how to frame them, read into the engine's ViewSpec.
import { MAX_VIEWS, VIEW_PRESETS, VIEW_SETS, type CustomView, type PlanOptions, type PresetName, type UpAxis, type ViewSetName, type ViewSpec } from '../engine';
import { element } from './dom';
import { FieldReader } from './form-fields';

/** Everything planViews needs except the aspect, which comes from the export size. */
export interface ViewChoice {
  spec: ViewSpec;
  options: Omit<PlanOptions, 'aspect'>;
}

export interface ViewsPanel {
  /** The chosen views, or null when a field is wrong (its message is shown next to it). */
  read(): ViewChoice | null;
  /** Offers "Model's cameras" only for a model that has some; falls back to the default set otherwise. */
  setModelCamerasAvailable(available: boolean): void;
  /** The line under the select: how many views, or why none can be planned. */
  showSummary(text: string, problem: boolean): void;
  /** Called whenever a setting changes (not debounced). */
  onChange(listener: () => void): void;
  /** The model's up axis as chosen, valid whatever the other fields hold. */
  upAxis(): UpAxis;
}

const DEFAULT_CHOICE = 'set:standard-six';
const MODEL_CAMERAS = 'model-cameras';

function option(value: string, label: string): HTMLOptionElement {
  const item = document.createElement('option');
  item.value = value;
  item.textContent = label;
  return item;
}

function group(label: string, options: HTMLOptionElement[]): HTMLOptGroupElement {
  const item = document.createElement('optgroup');
  item.label = label;
  item.append(...options);
  return item;
}

function fillKinds(select: HTMLSelectElement): HTMLOptionElement {
  const modelCameras = option(MODEL_CAMERAS, "Model's cameras");
  modelCameras.disabled = true;
  select.append(
    group('Sets', VIEW_SETS.map((set) => option(`set:${set.name}`, set.label))),
    group('Single views', VIEW_PRESETS.map((preset) => option(`preset:${preset.name}`, preset.label))),
    group('Around the model', [option('turntable', 'Turntable'), option('grid', 'Grid'), option('custom', 'Custom'), modelCameras]),
  );
  select.value = DEFAULT_CHOICE;
  return modelCameras;
}

export function createViewsPanel(): ViewsPanel {
  const kind = element<HTMLSelectElement>('views-kind');
  const summary = element('views-summary');
  const groups = { turntable: element('turntable-fields'), grid: element('grid-fields'), custom: element('custom-fields'), common: element('views-common') };
  const input = (id: string) => element<HTMLInputElement>(id);
  const fields = {
    count: input('turntable-count'),
    turntableElevation: input('turntable-elevation'),
    elevations: input('grid-elevations'),
    azimuths: input('grid-azimuths'),
    azimuth: input('custom-azimuth'),
    elevation: input('custom-elevation'),
    roll: input('custom-roll'),
    distance: input('custom-distance'),
    target: input('custom-target'),
    fov: input('views-fov'),
    padding: input('views-padding'),
    sameScale: input('views-same-scale'),
  };
  const projection = element<HTMLSelectElement>('views-projection');
  const upAxis = element<HTMLSelectElement>('views-up');
  const fovField = element('views-fov-field');
  const modelCameras = fillKinds(kind);
  fields.count.max = String(MAX_VIEWS);
  const listeners: (() => void)[] = [];
  const chosenUpAxis = (): UpAxis => (upAxis.value === 'z' ? 'z' : 'y');

  // only the parameters of the chosen kind are shown; model cameras bring their own projection and framing
  const showRelevant = () => {
    groups.turntable.hidden = kind.value !== 'turntable';
    groups.grid.hidden = kind.value !== 'grid';
    groups.custom.hidden = kind.value !== 'custom';
    groups.common.hidden = kind.value === MODEL_CAMERAS;
    fovField.hidden = projection.value !== 'perspective';
  };
  const changed = () => {
    showRelevant();
    for (const listener of listeners) listener();
  };
  showRelevant();
  const form = kind.closest('section') ?? kind;
  form.addEventListener('input', changed);
  form.addEventListener('change', changed);

  function readSpec(reader: FieldReader): ViewSpec {
    const value = kind.value;
    if (value.startsWith('set:')) return { kind: 'preset', set: value.slice(4) as ViewSetName };
    if (value.startsWith('preset:')) return { kind: 'preset', names: [value.slice(7) as PresetName] };
    if (value === MODEL_CAMERAS) return { kind: 'model-cameras' };
    if (value === 'turntable') {
      return {
        kind: 'turntable',
        count: reader.number(fields.count, { min: 1, max: MAX_VIEWS, integer: true }),
        elevation: reader.number(fields.turntableElevation, { min: -90, max: 90 }),
      };
    }
    if (value === 'grid') {
      return {
        kind: 'grid',
        elevations: reader.list(fields.elevations, { min: -90, max: 90 }, MAX_VIEWS),
        azimuths: reader.list(fields.azimuths, {}, MAX_VIEWS),
      };
    }
    const view: CustomView = {
      azimuth: reader.number(fields.azimuth, {}),
      elevation: reader.number(fields.elevation, { min: -90, max: 90 }),
      roll: reader.number(fields.roll, {}),
      distance: reader.optionalNumber(fields.distance, { above: 0 }),
      target: reader.optionalVector(fields.target),
    };
    return { kind: 'custom', views: [view] };
  }

  return {
    read() {
      const reader = new FieldReader();
      const spec = readSpec(reader);
      const perspective = projection.value === 'perspective';
      const options: ViewChoice['options'] = {
        projection: perspective ? 'perspective' : 'orthographic',
        upAxis: chosenUpAxis(),
        paddingPercent: reader.number(fields.padding, { min: 0, max: 90 }),
        sameScale: fields.sameScale.checked,
      };
      if (perspective) options.fovY = reader.number(fields.fov, { above: 0, below: 180 });
      return reader.valid ? { spec, options } : null;
    },
    setModelCamerasAvailable(available) {
      modelCameras.disabled = !available;
      modelCameras.textContent = available ? "Model's cameras" : "Model's cameras (this model has none)";
      if (!available && kind.value === MODEL_CAMERAS) {
        kind.value = DEFAULT_CHOICE;
        changed();
      }
    },
    showSummary(text, problem) {
      summary.textContent = text;
      summary.classList.toggle('problem', problem);
    },
    onChange(listener) {
      listeners.push(listener);
    },
    upAxis: chosenUpAxis,
  };
}
