// Clay: one matte colour, soft light and darkened cavities, so the shape reads without its materials.
import { packLinear } from './pack';
import type { Style } from './types';

export const clay: Style = {
  id: 'clay',
  label: 'Clay',
  program: 'clay',
  parameters: [{ kind: 'colour', id: 'colour', label: 'Clay colour', default: '#bcb8b1' }],
  pack(params, out) {
    packLinear(params.colour as string, out, 0);
  },
};
