// Normals: the view-space normals pass as a look (rgb = n * 0.5 + 0.5).
import type { Style } from './types';

export const normals: Style = {
  id: 'normals',
  label: 'Normals',
  program: 'normals',
  parameters: [],
  pack() {},
};
