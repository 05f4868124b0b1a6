// One form control per style parameter, generated from its spec: a range with its value shown, a colour
// picker, a select or a checkbox, each with a visible label.
import type { ParameterSpec, ParameterValue } from '../engine';

export interface StyleField {
  /** The field's wrapper, label included. */
  element: HTMLElement;
  read(): ParameterValue;
}

/** Enough decimals to show the step: 0.05 → 2. */
function decimals(step: number): number {
  const text = String(step);
  return text.includes('.') ? text.length - text.indexOf('.') - 1 : 0;
}

function labelled(id: string, text: string, control: HTMLElement, extra?: HTMLElement): HTMLElement {
  const wrapper = document.createElement('div');
  wrapper.className = 'field';
  const label = document.createElement('label');
  label.className = 'field-label';
  label.htmlFor = id;
  label.textContent = text;
  wrapper.append(label, control);
  if (extra) wrapper.append(extra);
  return wrapper;
}

function numberField(id: string, spec: Extract<ParameterSpec, { kind: 'number' }>, value: number, onInput: () => void): StyleField {
  const input = document.createElement('input');
  input.type = 'range';
  input.id = id;
  input.min = String(spec.min);
  input.max = String(spec.max);
  input.step = String(spec.step);
  input.value = String(value);
  const shown = document.createElement('output');
  shown.htmlFor.add(id);
  shown.className = 'range-value';
  const show = () => (shown.textContent = Number(input.value).toFixed(decimals(spec.step)));
  show();
  input.addEventListener('input', () => {
    show();
    onInput();
  });
  const row = document.createElement('div');
  row.className = 'range-row';
  row.append(input, shown);
  const element = labelled(id, spec.label, row);
  return { element, read: () => Number(input.value) };
}

function colourField(id: string, spec: ParameterSpec, value: string, onInput: () => void): StyleField {
  const input = document.createElement('input');
  input.type = 'color';
  input.id = id;
  input.value = value;
  input.addEventListener('input', onInput);
  return { element: labelled(id, spec.label, input), read: () => input.value };
}

function choiceField(id: string, spec: Extract<ParameterSpec, { kind: 'choice' }>, value: string, onInput: () => void): StyleField {
  const select = document.createElement('select');
  select.id = id;
  for (const option of spec.options) select.add(new Option(option.label, option.value, false, option.value === value));
  select.addEventListener('change', onInput);
  return { element: labelled(id, spec.label, select), read: () => select.value };
}

function booleanField(id: string, spec: ParameterSpec, value: boolean, onInput: () => void): StyleField {
  const input = document.createElement('input');
  input.type = 'checkbox';
  input.id = id;
  input.checked = value;
  input.addEventListener('change', onInput);
  const label = document.createElement('label');
  label.className = 'check';
  label.append(input, ` ${spec.label}`);
  return { element: label, read: () => input.checked };
}

/** A control for one parameter showing `value`; `onInput` runs on every change. */
export function createStyleField(styleId: string, spec: ParameterSpec, value: ParameterValue, onInput: () => void): StyleField {
  const id = `style-${styleId}-${spec.id}`;
  switch (spec.kind) {
    case 'number':
      return numberField(id, spec, value as number, onInput);
    case 'colour':
      return colourField(id, spec, value as string, onInput);
    case 'choice':
      return choiceField(id, spec, value as string, onInput);
    case 'boolean':
      return booleanField(id, spec, value as boolean, onInput);
  }
}
