// Unlit: base colour × texture × vertex colour, exactly as authored.
import type { Style } from './types';

export const unlit: Style = {
  id: 'unlit',
  label: 'Unlit',
  program: 'unlit',
  parameters: [],
  pack() {},
};
