// Exported file names: safe characters only, never empty, the right extension, unique without case collisions.
import { describe, expect, it } from 'vitest';
import { createUniqueNames, imageFileName, modelBaseName, passFileName, sanitizeNamePart } from '../../../engine/export/file-names';

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
});
