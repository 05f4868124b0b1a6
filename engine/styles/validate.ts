// Checks parameter values against a style's specs and fills in the defaults; anything wrong is a RangeError
// that says, in plain words, what was expected.
import type { ParameterSpec, ParameterValue, Style, StyleParameters } from './types';

const HEX_COLOUR = /^#[0-9a-f]{6}$/i;

function describe(value: unknown): string {
  return typeof value === 'string' ? `"${value}"` : String(value);
}

function checkValue(style: Style, spec: ParameterSpec, value: unknown): ParameterValue {
  const where = `The ${style.label} style's "${spec.label}"`;
  switch (spec.kind) {
    case 'number': {
      const integer = Number.isInteger(spec.step) && Number.isInteger(spec.min);
      const ok = typeof value === 'number' && Number.isFinite(value) && value >= spec.min && value <= spec.max && (!integer || Number.isInteger(value));
      if (!ok) throw new RangeError(`${where} must be ${integer ? 'a whole number' : 'a number'} from ${spec.min} to ${spec.max}, not ${describe(value)}.`);
      return value as number;
    }
    case 'colour':
      if (typeof value !== 'string' || !HEX_COLOUR.test(value)) throw new RangeError(`${where} must be a colour written #rrggbb, not ${describe(value)}.`);
      return value.toLowerCase();
    case 'choice':
      if (typeof value !== 'string' || !spec.options.some((o) => o.value === value)) {
        throw new RangeError(`${where} must be one of ${spec.options.map((o) => o.value).join(', ')}, not ${describe(value)}.`);
      }
      return value;
    case 'boolean':
      if (typeof value !== 'boolean') throw new RangeError(`${where} must be true or false, not ${describe(value)}.`);
      return value;
  }
}

/** Every parameter's value: the ones given, checked, and the defaults for the rest. */
export function resolveParameters(style: Style, given: Readonly<Record<string, unknown>> = {}): StyleParameters {
  if (typeof given !== 'object' || given === null) throw new RangeError(`The ${style.label} style's parameters must be an object of values by name.`);
  for (const name of Object.keys(given)) {
    if (!style.parameters.some((p) => p.id === name)) {
      const known = style.parameters.map((p) => p.id);
      throw new RangeError(`The ${style.label} style has no parameter "${name}". ${known.length ? `Its parameters are: ${known.join(', ')}.` : 'It has no parameters.'}`);
    }
  }
  const values: Record<string, ParameterValue> = {};
  for (const spec of style.parameters) values[spec.id] = given[spec.id] === undefined ? spec.default : checkValue(style, spec, given[spec.id]);
  return values;
}

/** The style with this id, or a RangeError naming the ones there are. */
export function findStyle(styles: readonly Style[], id: unknown): Style {
  const style = styles.find((s) => s.id === id);
  if (!style) throw new RangeError(`There is no style ${describe(id)}. The styles are: ${styles.map((s) => s.id).join(', ')}.`);
  return style;
}
