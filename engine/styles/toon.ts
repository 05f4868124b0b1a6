// Toon: the model's colours under light cut into a few flat bands, with an outline of a chosen width (0: none).
import { NO_CREASES, packLineBlock } from '../render/line-block';
import type { Style } from './types';

export const toon: Style = {
  id: 'toon',
  label: 'Toon',
  program: 'toon',
  parameters: [
    { kind: 'number', id: 'bands', label: 'Bands', min: 2, max: 8, step: 1, default: 3 },
    { kind: 'number', id: 'shadow', label: 'Shadow brightness', min: 0, max: 1, step: 0.05, default: 0.4 },
    { kind: 'number', id: 'outline', label: 'Outline width (pixels)', min: 0, max: 10, step: 0.5, default: 0 },
    { kind: 'colour', id: 'outlineColour', label: 'Outline colour', default: '#000000' },
  ],
  pack(params, out) {
    out[0] = params.bands as number;
    out[1] = params.shadow as number;
    packLineBlock({
      colour: params.outlineColour as string,
      width: params.outline as number,
      creaseAngle: NO_CREASES,
      every: false,
      silhouettes: true,
      boundaries: true,
    }, out);
  },
  // the outline is the silhouette (and open edges), drawn only where the surfaces do not hide it
  lines: (params) => ((params.outline as number) > 0 ? { hideHidden: true } : null),
};
