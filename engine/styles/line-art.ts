// Line art: the outline (silhouettes), the folds sharper than a chosen angle (creases) and the open edges
// (boundaries) as lines over flat-filled surfaces: black on white unless chosen otherwise. Hidden lines are hidden.
import { packLineBlock } from '../render/line-block';
import { packSrgb } from './pack';
import type { Style } from './types';

export const lineArt: Style = {
  id: 'line-art',
  label: 'Line art',
  program: 'fill',
  parameters: [
    { kind: 'colour', id: 'lineColour', label: 'Line colour', default: '#000000' },
    { kind: 'colour', id: 'fillColour', label: 'Fill colour', default: '#ffffff' },
    { kind: 'number', id: 'width', label: 'Line width (pixels)', min: 0.5, max: 8, step: 0.5, default: 1.5 },
    { kind: 'number', id: 'creaseAngle', label: 'Crease angle (degrees)', min: 1, max: 180, step: 1, default: 30 },
  ],
  pack(params, out) {
    packSrgb(params.fillColour as string, out, 0);
    // flat (params[0].w = 0), opaque (params[1].w = 1)
    out[7] = 1;
    packLineBlock({
      colour: params.lineColour as string,
      width: params.width as number,
      creaseAngle: params.creaseAngle as number,
      every: false,
      silhouettes: true,
      boundaries: true,
    }, out);
  },
  lines: () => ({ hideHidden: true }),
};
