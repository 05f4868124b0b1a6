// Named view angles and named sets of them, with labels a UI can show in a select.

/** atan(1/√2) ≈ 35.264°: the elevation at which a camera sits on a cube's diagonal (true isometric). */
export const ISOMETRIC_ELEVATION = (Math.atan(1 / Math.SQRT2) * 180) / Math.PI;

/** The classic product-shot angle: mostly the front, with the right side clearly visible. */
export const THREE_QUARTER_AZIMUTH = 35;
export const THREE_QUARTER_ELEVATION = 20;

export const PRESET_NAMES = [
  'front',
  'back',
  'left',
  'right',
  'top',
  'bottom',
  'iso-front-right',
  'iso-front-left',
  'iso-back-right',
  'iso-back-left',
  'three-quarter',
  'three-quarter-left',
] as const;

export type PresetName = (typeof PRESET_NAMES)[number];

/** Angles in degrees, in the model's frame (see up-axis.ts): azimuth 0 = front, +90 = right. */
export interface ViewPreset {
  name: PresetName;
  label: string;
  azimuth: number;
  elevation: number;
  roll: number;
}

function preset(name: PresetName, label: string, azimuth: number, elevation: number): ViewPreset {
  return { name, label, azimuth, elevation, roll: 0 };
}

const ISO = ISOMETRIC_ELEVATION;

export const VIEW_PRESETS: readonly ViewPreset[] = [
  preset('front', 'Front', 0, 0),
  preset('back', 'Back', 180, 0),
  preset('left', 'Left', -90, 0),
  preset('right', 'Right', 90, 0),
  preset('top', 'Top', 0, 90),
  preset('bottom', 'Bottom', 0, -90),
  preset('iso-front-right', 'Isometric, front right', 45, ISO),
  preset('iso-front-left', 'Isometric, front left', -45, ISO),
  preset('iso-back-right', 'Isometric, back right', 135, ISO),
  preset('iso-back-left', 'Isometric, back left', -135, ISO),
  preset('three-quarter', 'Three-quarter, front right', THREE_QUARTER_AZIMUTH, THREE_QUARTER_ELEVATION),
  preset('three-quarter-left', 'Three-quarter, front left', -THREE_QUARTER_AZIMUTH, THREE_QUARTER_ELEVATION),
];

const SIX: PresetName[] = ['front', 'back', 'left', 'right', 'top', 'bottom'];
const FOUR_ISO: PresetName[] = ['iso-front-right', 'iso-front-left', 'iso-back-right', 'iso-back-left'];

export const VIEW_SET_NAMES = ['standard-six', 'standard-six-iso', 'isometric-four'] as const;

export type ViewSetName = (typeof VIEW_SET_NAMES)[number];

export interface ViewSet {
  name: ViewSetName;
  label: string;
  views: readonly PresetName[];
}

export const VIEW_SETS: readonly ViewSet[] = [
  { name: 'standard-six', label: 'Standard six (front, back, left, right, top, bottom)', views: SIX },
  { name: 'standard-six-iso', label: 'Standard six and four isometric corners', views: [...SIX, ...FOUR_ISO] },
  { name: 'isometric-four', label: 'Four isometric corners', views: FOUR_ISO },
];

export function findPreset(name: string): ViewPreset | undefined {
  return VIEW_PRESETS.find((p) => p.name === name);
}

export function findViewSet(name: string): ViewSet | undefined {
  return VIEW_SETS.find((s) => s.name === name);
}
