// Depth: a grey ramp across the scene's depth, dark near and light far (or inverted). Its program is
// 'depth-ramp', since shaders/depth/ holds the 16-bit depth data pass.
import { flag } from './pack';
import type { Style } from './types';

export const depth: Style = {
  id: 'depth',
  label: 'Depth',
  program: 'depth-ramp',
  parameters: [{ kind: 'boolean', id: 'invert', label: 'Near is light', default: false }],
  pack(params, out) {
    out[0] = flag(params.invert);
  },
};
