// Realistic: glTF metallic-roughness under a light environment generated in code. The environment and exposure
// live in the Frame block's studio part, so this style packs nothing.
import { ENVIRONMENT_PRESETS, type EnvironmentPreset } from '../render/environment-presets';
import type { Style } from './types';

export const pbr: Style = {
  id: 'pbr',
  label: 'Realistic',
  program: 'pbr',
  parameters: [
    {
      kind: 'choice',
      id: 'environment',
      label: 'Environment',
      options: [
        { value: 'studio', label: 'Studio' },
        { value: 'outdoor', label: 'Outdoor' },
        { value: 'neutral', label: 'Neutral' },
      ],
      default: 'studio',
    },
    { kind: 'number', id: 'exposure', label: 'Exposure', min: 0.1, max: 4, step: 0.05, default: 1 },
  ],
  pack() {},
  lighting: (params) => ({ environment: ENVIRONMENT_PRESETS[params.environment as EnvironmentPreset], exposure: params.exposure as number }),
};
