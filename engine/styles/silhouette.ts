// Silhouette: the object's coverage in one colour on the background.
import { packSrgb } from './pack';
import type { Style } from './types';

export const silhouette: Style = {
  id: 'silhouette',
  label: 'Silhouette',
  program: 'silhouette',
  parameters: [{ kind: 'colour', id: 'colour', label: 'Silhouette colour', default: '#ffffff' }],
  pack(params, out) {
    packSrgb(params.colour as string, out, 0);
  },
};
