// Exported file names: safe characters only, never empty, the right extension, unique without case collisions.
import { describe, expect, it } from 'vitest';
import { createUniqueNames, imageFileName, modelBaseName, passFileName, sanitizeNamePart, viewFileNames } from '../../../engine/export/file-names';

describe('file names', () => {
  it('builds <model>_<view>.<ext> and <model>_<style>_<view>.<ext>', () => {
    expect(imageFileName({ model: 'helmet.glb', view: 'front' }, 'png')).toBe('helmet_front.png');
    expect(imageFileName({ model: 'helmet.glb', view: 'front', style: 'clay' }, 'jpeg')).toBe('helmet_clay_front.jpg');
    expect(imageFileName({ model: 'helmet.glb', view: 'iso 45°' }, 'webp')).toBe('helmet_iso-45.webp');
  });

  it('names the extra passes', () => {
    const parts = { model: 'helmet.gltf', view: 'left' };
    expect(passFileName(parts, 'mask')).toBe('helmet_left_mask.png');
    expect(passFileName(parts, 'depth')).toBe('helmet_left_depth.png');
    expect(passFileName({ ...parts, style: 'toon' }, 'normals')).toBe('helmet_toon_left_normals.png');
  });

  it('strips folders and the extension, and sanitises', () => {
    expect(modelBaseName('models/sub\\Damaged Helmet (v2).glb')).toBe('Damaged-Helmet-v2');
    expect(modelBaseName('my.model.v3.obj')).toBe('my.model.v3');
    expect(modelBaseName('Café_crème.ply')).toBe('Cafe_creme');
    expect(sanitizeNamePart('a / b : c * d', 'x')).toBe('a-b-c-d');
    expect(sanitizeNamePart('..hidden', 'x')).toBe('hidden');
    // Grid views differ only by the elevation's sign.
    expect(sanitizeNamePart('el+30_az000', 'x')).not.toBe(sanitizeNamePart('el-30_az000', 'x'));
    expect(sanitizeNamePart('a'.repeat(200), 'x')).toHaveLength(64);
  });

  it('is never empty', () => {
    expect(modelBaseName('.glb')).toBe('model');
    expect(modelBaseName('模型.glb')).toBe('model');
    expect(imageFileName({ model: '', view: '  ', style: '★' }, 'png')).toBe('model_style_view.png');
  });

  it('deduplicates with -2, -3, case-insensitively, without reusing a name that already exists', () => {
    const names = createUniqueNames();
    expect(names.claim('a_front.png')).toBe('a_front.png');
    expect(names.claim('a_front.png')).toBe('a_front-2.png');
    expect(names.claim('A_FRONT.png')).toBe('A_FRONT-3.png');
    expect(names.claim('b-2.png')).toBe('b-2.png');
    expect(names.claim('b.png')).toBe('b.png');
    expect(names.claim('b.png')).toBe('b-3.png');
    expect(names.claim('README')).toBe('README');
    expect(names.claim('README')).toBe('README-2');
  });

  it('names one image per style, the style in each, and the passes once without a style', () => {
    const names = createUniqueNames();
    const front = viewFileNames('Helmet.glb', 'front', ['pbr', 'clay', 'toon'], 'png', ['mask', 'depth'], names);
    expect(front).toEqual({
      images: ['Helmet_pbr_front.png', 'Helmet_clay_front.png', 'Helmet_toon_front.png'],
      passes: { mask: 'Helmet_front_mask.png', depth: 'Helmet_front_depth.png' },
    });
    expect(viewFileNames('Helmet.glb', 'back', ['clay', 'toon'], 'jpeg', [], names).images).toEqual(['Helmet_clay_back.jpg', 'Helmet_toon_back.jpg']);
    // a second view of the same name never overwrites the first
    expect(viewFileNames('Helmet.glb', 'front', ['pbr', 'clay'], 'png', ['mask'], names)).toEqual({
      images: ['Helmet_pbr_front-2.png', 'Helmet_clay_front-2.png'],
      passes: { mask: 'Helmet_front_mask-2.png' },
    });
  });

  it('keeps the single-style names: plain, or with the one style in image and passes alike', () => {
    expect(viewFileNames('helmet.glb', 'left', [undefined], 'png', ['normals'], createUniqueNames())).toEqual({ images: ['helmet_left.png'], passes: { normals: 'helmet_left_normals.png' } });
    expect(viewFileNames('helmet.glb', 'left', ['toon'], 'webp', ['mask'], createUniqueNames())).toEqual({ images: ['helmet_toon_left.webp'], passes: { mask: 'helmet_toon_left_mask.png' } });
  });

  it('makes a safe name part of any new style id', () => {
    expect(imageFileName({ model: 'm.glb', view: 'front', style: 'line-art' }, 'png')).toBe('m_line-art_front.png');
    expect(imageFileName({ model: 'm.glb', view: 'front', style: 'pencil/soft' }, 'png')).toBe('m_pencil-soft_front.png');
  });
});
