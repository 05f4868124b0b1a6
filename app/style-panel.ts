// The Style panel: a select of the engine's styles and the chosen style's parameters, generated from its specs.
// Every change goes straight to engine.setStyle; the preview, thumbnails and exports follow the engine's style.
import { STYLES, type Engine, type ParameterValue, type UpAxis } from '../engine';
import { createStyleField, type StyleField } from './style-fields';

export interface StylePanel {
  /** The values last set for a style in this panel, or undefined when it was never chosen (its defaults apply). */
  paramsFor(id: string): Readonly<Record<string, ParameterValue>> | undefined;
}

export function attachStylePanel(
  elements: { select: HTMLSelectElement; parameters: HTMLElement },
  engine: Engine,
  onChange: () => void,
  upAxis: () => UpAxis = () => 'y',
): StylePanel {
  const { select, parameters } = elements;
  let fields: { id: string; field: StyleField }[] = [];
  /** Each style's last values, so switching away and back keeps them. */
  const remembered = new Map<string, Record<string, ParameterValue>>();

  function apply(): void {
    const values = Object.fromEntries(fields.map(({ id, field }) => [id, field.read()]));
    remembered.set(select.value, values);
    engine.setStyle(select.value, values);
    onChange();
  }

  function showParameters(): void {
    const style = STYLES.find((s) => s.id === select.value) ?? STYLES[0];
    const values = remembered.get(style.id) ?? {};
    fields = style.parameters.map((spec) => ({ id: spec.id, field: createStyleField(style.id, spec, values[spec.id] ?? spec.default, apply) }));
    parameters.replaceChildren(...fields.map(({ field }) => field.element));
    parameters.hidden = fields.length === 0;
  }

  for (const style of STYLES) select.add(new Option(style.label, style.id, false, style.id === engine.style.id));
  select.addEventListener('change', () => {
    showParameters();
    apply();
  });
  showParameters();
  // the ground shadow belongs to the shot, not the style: it stays on as styles change, under the model's up axis
  const groundShadow = createStyleField('shot', { kind: 'boolean', id: 'ground-shadow', label: 'Ground shadow', default: false }, false, () => {
    engine.setGroundShadow(groundShadow.read() ? { up: upAxis() } : null);
    onChange();
  });
  parameters.after(groundShadow.element);
  return { paramsFor: (id) => remembered.get(id) };
}
