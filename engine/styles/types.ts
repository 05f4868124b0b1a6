// What a style is: data. Its parameters are described for UIs and validation; pack() turns their values into
// the Style uniform block (shaders/include/style.*) of the program it draws with.
import type { ProgramId } from '../render/programs';
import type { StudioEnvironment } from '../render/environment';
import type { LineLook } from '../render/line-pipelines';

interface ParameterBase {
  /** The key in the parameter values. */
  id: string;
  /** Visible label, in plain words. */
  label: string;
}

export interface NumberParameter extends ParameterBase {
  kind: 'number';
  min: number;
  max: number;
  step: number;
  default: number;
}

/** Colours are '#rrggbb' in sRGB, as a colour picker gives them. */
export interface ColourParameter extends ParameterBase {
  kind: 'colour';
  default: string;
}

export interface ChoiceParameter extends ParameterBase {
  kind: 'choice';
  options: readonly { value: string; label: string }[];
  default: string;
}

export interface BooleanParameter extends ParameterBase {
  kind: 'boolean';
  default: boolean;
}

export type ParameterSpec = NumberParameter | ColourParameter | ChoiceParameter | BooleanParameter;
export type ParameterValue = number | string | boolean;
/** Values by parameter id. */
export type StyleParameters = Readonly<Record<string, ParameterValue>>;

/** The light a style is seen under: the studio (or another environment) and an exposure. */
export interface StyleLighting {
  environment: StudioEnvironment;
  exposure: number;
}

/** What a UI needs to offer a style. */
export interface StyleInfo {
  readonly id: string;
  readonly label: string;
  readonly parameters: readonly ParameterSpec[];
}

export interface Style extends StyleInfo {
  readonly program: ProgramId;
  /** Writes validated values into `out` (STYLE_LAYOUT.floats floats, zeroed first). */
  pack(params: StyleParameters, out: Float32Array): void;
  /** The light it is seen under; absent: the default studio at exposure 1. */
  lighting?(params: StyleParameters): StyleLighting;
  /** Lines drawn over the surfaces (their width, colour and edges packed in params[2..3]); absent or null: none. */
  lines?(params: StyleParameters): LineLook | null;
}
