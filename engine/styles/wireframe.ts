// Wireframe: every triangle edge as a line of constant width in image pixels, over softly shaded surfaces or
// alone, with the lines behind the surfaces hidden or shown.
import { NO_CREASES, packLineBlock } from '../render/line-block';
import { flag, packLinear, packSrgb } from './pack';
import type { Style } from './types';

export const wireframe: Style = {
  id: 'wireframe',
  label: 'Wireframe',
  program: 'fill',
  parameters: [
    { kind: 'colour', id: 'lineColour', label: 'Line colour', default: '#1a1a1a' },
    { kind: 'number', id: 'width', label: 'Line width (pixels)', min: 0.5, max: 8, step: 0.5, default: 1 },
    { kind: 'boolean', id: 'shading', label: 'Shade the surfaces', default: true },
    { kind: 'colour', id: 'surfaceColour', label: 'Surface colour', default: '#c8c8c8' },
    { kind: 'boolean', id: 'hideHidden', label: 'Hide hidden lines', default: true },
  ],
  pack(params, out) {
    // without shading the surfaces paint nothing, yet still hide the lines behind them when asked to
    packSrgb(params.surfaceColour as string, out, 0);
    out[3] = 1;
    packLinear(params.surfaceColour as string, out, 4);
    out[7] = flag(params.shading);
    packLineBlock({ colour: params.lineColour as string, width: params.width as number, creaseAngle: NO_CREASES, every: true, silhouettes: false, boundaries: false }, out);
  },
  lines: (params) => ({ hideHidden: params.hideHidden === true }),
};
