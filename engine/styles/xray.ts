// X-ray: every surface see-through and added up, most opaque where seen edge-on.
import { packSrgb } from './pack';
import type { Style } from './types';

export const xray: Style = {
  id: 'xray',
  label: 'X-ray',
  program: 'xray',
  parameters: [
    { kind: 'colour', id: 'colour', label: 'X-ray colour', default: '#7fd4ff' },
    { kind: 'number', id: 'edge', label: 'Edge sharpness', min: 0.5, max: 8, step: 0.5, default: 2 },
    { kind: 'number', id: 'opacity', label: 'Face-on opacity', min: 0, max: 1, step: 0.01, default: 0.08 },
  ],
  pack(params, out) {
    packSrgb(params.colour as string, out, 0);
    out[4] = params.edge as number;
    out[5] = params.opacity as number;
  },
};
