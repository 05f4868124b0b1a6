// Toon: the model's colours under light cut into a few flat bands.
import type { Style } from './types';

export const toon: Style = {
  id: 'toon',
  label: 'Toon',
  program: 'toon',
  parameters: [
    { kind: 'number', id: 'bands', label: 'Bands', min: 2, max: 8, step: 1, default: 3 },
    { kind: 'number', id: 'shadow', label: 'Shadow brightness', min: 0, max: 1, step: 0.05, default: 0.4 },
  ],
  pack(params, out) {
    out[0] = params.bands as number;
    out[1] = params.shadow as number;
  },
};
