// OBJ + MTL: faces, lines, negative indices, material splitting, MTL mapping, textures and errors with line numbers.
import { describe, expect, it } from 'vitest';
import { parseModel } from '../../../engine/loaders/index';
import { srgbToLinear } from '../../../engine/loaders/geometry/colors';
import { encodePng } from '../../fixtures/png';
import { expectLoadError, file, items, only, round } from './helpers';

const PNG = encodePng(1, 1, [0, 255, 0, 255]);

const CUBE_SIDE = `
mtllib my materials.mtl
o Box Part
v 0 0 0
v 1 0 0
v 1 1 0
v 0 1 0
vt 0 0
vt 1 0
vt 1 1
vt 0.25 0.2
vn 0 0 1
usemtl Red Paint
f 1/1/1 2/2/1 3/3/1
usemtl   Glass  Pane
f -4/-4/-1 -2/-2/-1 -1/-1/-1
`;

const MTL = `
newmtl Red Paint
Kd 0.5 0 0
Ns 98
map_Kd -o 0.1 0.2 -s 2 3 1 wood grain.png
newmtl Glass  Pane
Kd 1 1 1
d 0.25
map_Bump -bm 0.5 bumps.png
`;

describe('OBJ with MTL', () => {
  it('splits by material, maps Kd/Ns/d, reads texture options and resolves names with spaces', async () => {
    const scene = await parseModel([file('box.obj', CUBE_SIDE), file('my materials.mtl', MTL), file('wood grain.png', PNG), file('bumps.png', PNG)]);
    expect(scene.warnings).toEqual([]);
    const prims = items(scene);
    expect(prims.map((i) => i.node.name)).toEqual(['Box Part', 'Box Part']);
    const [red, glass] = prims.map((i) => i.primitive);
    expect(red.material.name).toBe('Red Paint');
    expect(round(red.material.baseColorFactor)).toEqual(round([srgbToLinear(0.5), 0, 0, 1]));
    expect(red.material.metallicFactor).toBe(0);
    expect(red.material.roughnessFactor).toBeCloseTo(Math.sqrt(2 / 100));
    expect(red.material.baseColorTexture?.texture.image).toMatchObject({ kind: 'encoded', mimeType: 'image/png' });
    // -o/-s act on bottom-up OBJ uvs; after the v flip: offset v = 1 - sv - ov.
    expect(red.material.baseColorTexture?.transform).toEqual({ offset: [0.1, 1 - 3 - 0.2], rotation: 0, scale: [2, 3] });
    expect(glass.material.alphaMode).toBe('BLEND');
    expect(glass.material.baseColorFactor[3]).toBeCloseTo(0.25);
    expect(glass.material.normalTexture).not.toBeNull();
    expect(glass.material.normalScale).toBe(0.5);
    expect(glass.geometry.tangents).not.toBeNull();
  });

  it('resolves negative indices and flips v to the glTF convention', async () => {
    const { geometry } = items(await parseModel([file('box.obj', CUBE_SIDE)]))[1].primitive;
    // Corners 1, 3, 4 with uvs 1, 3, 4 and the one normal.
    expect(round(geometry.positions)).toEqual([0, 0, 0, 1, 1, 0, 0, 1, 0]);
    expect(round(geometry.uvs)).toEqual([0, 1, 1, 0, 0.25, 0.8]);
    expect(round(geometry.normals)).toEqual([0, 0, 1, 0, 0, 1, 0, 0, 1]);
    expect(Array.from(geometry.indices!)).toEqual([0, 1, 2]);
  });

  it('loads without a missing .mtl in grey and says which file to add', async () => {
    const scene = await parseModel([file('box.obj', CUBE_SIDE)]);
    expect(scene.warnings.join(' ')).toMatch(/"my materials\.mtl"/);
    const m = items(scene)[0].primitive.material;
    expect(m.baseColorTexture).toBeNull();
    expect(m.metallicFactor).toBe(0);
    expect(m.baseColorFactor[0]).toBe(m.baseColorFactor[2]);
  });

  it('loads without a missing texture and names it', async () => {
    const scene = await parseModel([file('box.obj', CUBE_SIDE), file('my materials.mtl', MTL), file('bumps.png', PNG)]);
    expect(scene.warnings).toHaveLength(1);
    expect(scene.warnings[0]).toMatch(/"wood grain\.png"/);
    expect(items(scene)[0].primitive.material.baseColorTexture).toBeNull();
  });
});

describe('OBJ geometry', () => {
  it('fans polygons, generates flat normals without vn and leaves uvs null without vt', async () => {
    const obj = 'v 0 0 0\nv 1 0 0\nv 1 1 0\nv 0.5 1.5 0\nv 0 1 0\nf 1 2 3 4 5\n';
    const { geometry } = only(await parseModel([file('pentagon.obj', obj)])).primitive;
    expect(geometry.topology).toBe('triangle-list');
    expect(geometry.positions.length).toBe(3 * 9);
    expect(geometry.indices).toBeNull();
    expect(geometry.uvs).toBeNull();
    for (let i = 0; i < geometry.normals!.length; i += 3) expect(round(geometry.normals!.slice(i, i + 3))).toEqual([0, 0, 1]);
  });

  it('splits o/g into nodes, where an empty group only renames', async () => {
    const obj = 'v 0 0 0\nv 1 0 0\nv 0 1 0\ng Empty\ng First\nf 1 2 3\no Second\nf 1 3 2\ng Trailing\n';
    expect(items(await parseModel([file('a.obj', obj)])).map((i) => i.node.name)).toEqual(['First', 'Second']);
  });

  it('reads l as a line list and vertex colours as linear RGBA', async () => {
    const obj = 'v 0 0 0 1 0 0\nv 1 0 0 0 0.5 0\nv 1 1 0 0 0 1\nl 1 2 3\n';
    const { geometry, material } = only(await parseModel([file('lines.obj', obj)])).primitive;
    expect(geometry.topology).toBe('line-list');
    expect(Array.from(geometry.indices!)).toEqual([0, 1, 1, 2]);
    expect(geometry.normals).toBeNull();
    expect(round(geometry.colors!.slice(4, 8))).toEqual(round([0, srgbToLinear(0.5), 0, 1]));
    expect(material.baseColorFactor).toEqual([1, 1, 1, 1]);
  });

  it('reads CRLF line endings, continued lines and several material libraries on one mtllib line', async () => {
    const obj = 'mtllib a.mtl b.mtl\r\nv 0 0 0\r\nv 1 0 0\r\nv 0 1 0\r\nusemtl fromB\r\nf 1 \\\r\n 2 3\r\n';
    const scene = await parseModel([file('x.obj', obj), file('a.mtl', 'newmtl fromA\nKd 1 0 0\n'), file('b.mtl', 'newmtl fromB\nKd 0 0 1\n')]);
    expect(scene.warnings).toEqual([]);
    const { geometry, material } = only(scene).primitive;
    expect(geometry.positions.length).toBe(9);
    expect(material.name).toBe('fromB');
    expect(material.baseColorFactor).toEqual([0, 0, 1, 1]);
  });

  it('rejects an out-of-range face index, naming the line', async () => {
    await expectLoadError([file('bad.obj', 'v 0 0 0\nv 1 0 0\nv 0 1 0\n\n# comment\nf 1 2 4\n')], 'INVALID_OBJ', /line 6.*vertex 4/);
    await expectLoadError([file('bad.obj', 'v 0 0 0\nv 1 0 0\nv 0 1 0\nf 1 2 -4\n')], 'INVALID_OBJ', /line 4/);
    await expectLoadError([file('bad.obj', 'v 0 0 0\nv 1 0 0\nv 0 1 0\nf 0 1 2\n')], 'INVALID_OBJ', /line 4/);
  });

  it('rejects binary data and files without geometry', async () => {
    await expectLoadError([file('bin.obj', new Uint8Array([0, 1, 2, 3, 0, 0, 7]))], 'INVALID_OBJ');
    await expectLoadError([file('empty.obj', '# nothing\nv 0 0 0\n')], 'EMPTY_MODEL');
  });
});
