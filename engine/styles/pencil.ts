// Pencil: graphite hatching on paper, denser where the studio light leaves the surface darker.
import { packLinear } from './pack';
import type { Style } from './types';

export const pencil: Style = {
  id: 'pencil',
  label: 'Pencil',
  program: 'pencil',
  parameters: [
    { kind: 'colour', id: 'paper', label: 'Paper colour', default: '#f5f1e8' },
    { kind: 'colour', id: 'pencil', label: 'Pencil colour', default: '#33343a' },
    { kind: 'number', id: 'spacing', label: 'Stroke spacing (px)', min: 3, max: 24, step: 1, default: 6 },
    { kind: 'number', id: 'darkness', label: 'Darkness', min: 0.5, max: 2, step: 0.05, default: 1 },
  ],
  pack(params, out) {
    packLinear(params.paper as string, out, 0);
    packLinear(params.pencil as string, out, 4);
    out[8] = params.spacing as number;
    out[9] = params.darkness as number;
  },
};
