// Matcap: a captured material looked up by the view-space normal; the matcaps are procedural (matcap.wgsl).
import type { Style } from './types';

/** In the order matcapColor in shaders/matcap/ numbers them. */
const MATCAPS = [
  { value: 'red-wax', label: 'Red wax' },
  { value: 'chrome', label: 'Chrome' },
  { value: 'jade', label: 'Jade' },
] as const;

export const matcap: Style = {
  id: 'matcap',
  label: 'Matcap',
  program: 'matcap',
  parameters: [{ kind: 'choice', id: 'matcap', label: 'Matcap', options: MATCAPS, default: 'red-wax' }],
  pack(params, out) {
    out[0] = MATCAPS.findIndex((m) => m.value === params.matcap);
  },
};
