// The style registry: adding a style is one shader folder, one style file and one line here.
import { clay } from './clay';
import { depth } from './depth';
import { lineArt } from './line-art';
import { matcap } from './matcap';
import { normals } from './normals';
import { pbr } from './pbr';
import { pencil } from './pencil';
import { silhouette } from './silhouette';
import { toon } from './toon';
import type { Style, StyleInfo } from './types';
import { unlit } from './unlit';
import { wireframe } from './wireframe';
import { xray } from './xray';

export const STYLE_REGISTRY: readonly Style[] = [pbr, clay, matcap, toon, unlit, normals, depth, silhouette, xray, pencil, wireframe, lineArt];

/** The styles as a UI offers them: id, label and parameter specs. */
export const STYLES: readonly StyleInfo[] = STYLE_REGISTRY;

/** The look when no style was chosen: exactly the engine's original PBR studio. */
export const DEFAULT_STYLE_ID = 'pbr';

export { findStyle, resolveParameters } from './validate';
export type { BooleanParameter, ChoiceParameter, ColourParameter, NumberParameter, ParameterSpec, ParameterValue, Style, StyleInfo, StyleParameters } from './types';
