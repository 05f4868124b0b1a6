// The --style and --style-param texts as export styles: ids and parameter kinds come from the engine's STYLES, so the
// command line never lists its own; the engine checks the values' ranges.
import { checkExportStyles, STYLES, type ExportSettings, type ExportStyle, type ParameterSpec } from '../../engine';

/** The style that needs no segment in the file names: the engine's own first look. */
const DEFAULT_STYLE = STYLES[0].id;

function value(spec: ParameterSpec, text: string, setting: string): string | number | boolean {
  switch (spec.kind) {
    case 'number': {
      const n = text.trim() === '' ? NaN : Number(text);
      if (!Number.isFinite(n)) throw new RangeError(`--style-param ${setting}: "${spec.id}" takes a number, not "${text}".`);
      return n;
    }
    case 'boolean':
      if (/^(true|yes|on|1)$/i.test(text)) return true;
      if (/^(false|no|off|0)$/i.test(text)) return false;
      throw new RangeError(`--style-param ${setting}: "${spec.id}" takes true or false, not "${text}".`);
    case 'colour':
      return text.startsWith('#') ? text : `#${text}`;
    case 'choice':
      return text;
  }
}

/** "toon.bands=4" → the style id, the parameter id and its value as the engine takes it. */
function parseSetting(setting: string, ids: readonly string[]): { style: string; param: string; value: string | number | boolean } {
  const match = /^([^.=\s]+)\.([^=\s]+)=(.*)$/.exec(setting.trim());
  if (!match) throw new RangeError(`--style-param must be STYLE.PARAMETER=VALUE, e.g. toon.bands=4, not "${setting}".`);
  const [, style, param, text] = match;
  if (!ids.includes(style)) {
    throw new RangeError(`--style-param ${setting} sets the style "${style}", which is not among the styles exported (${ids.join(', ')}); add it to --style.`);
  }
  const spec = STYLES.find((s) => s.id === style)!.parameters.find((p) => p.id === param);
  if (!spec) {
    const known = STYLES.find((s) => s.id === style)!.parameters.map((p) => p.id);
    throw new RangeError(`--style-param ${setting}: the ${style} style has no parameter "${param}". ${known.length ? `Its parameters are: ${known.join(', ')}.` : 'It has no parameters.'}`);
  }
  return { style, param, value: value(spec, text, setting) };
}

/**
 * The export's style settings from `--style clay,toon` (empty: the default look, plain names) and each
 * `--style-param STYLE.PARAMETER=VALUE`. A single style other than the default is named in the file names, as in the app.
 * Throws a RangeError in plain words for an unknown style or parameter or a value out of range.
 */
export function parseStyles(styleText: string, settings: readonly string[]): Pick<ExportSettings, 'styles' | 'styleName'> {
  const ids = styleText.trim() === '' ? [DEFAULT_STYLE] : styleText.split(',').map((id) => id.trim().toLowerCase());
  const unknown = ids.find((id) => !STYLES.some((s) => s.id === id));
  if (unknown !== undefined) throw new RangeError(`Unknown style "${unknown}" in --style. The styles are: ${STYLES.map((s) => s.id).join(', ')}.`);
  const styles: ExportStyle[] = ids.map((id) => ({ id, params: {} }));
  for (const setting of settings) {
    const { style, param, value } = parseSetting(setting, ids);
    (styles.find((s) => s.id === style)!.params as Record<string, unknown>)[param] = value;
  }
  checkExportStyles(styles);
  if (styles.length > 1) return { styles };
  return { styles, styleName: ids[0] === DEFAULT_STYLE ? undefined : ids[0] };
}
