// cameras.json reproduces every pixel position from its own numbers; transforms.json is the NeRF layout of the same poses.
import { describe, expect, it } from 'vitest';
import type { Vec3 } from '../../../engine/scene/types';
import type { CameraState } from '../../../engine/views/camera';
import { cameraToWorld, projectToPixel } from '../../../engine/views';
import { buildCamerasJson, buildTransformsJson, type CamerasJsonImage, type ExportedImage } from '../../../engine/export/camera-metadata';

function camera(overrides: Partial<CameraState> = {}): CameraState {
  return {
    position: [3, 2, 6],
    target: [0.5, 0.2, -0.4],
    up: [0, 1, 0],
    projection: 'perspective',
    fovY: (35 * Math.PI) / 180,
    orthoHeight: 3,
    near: 0.5,
    far: 20,
    ...overrides,
  };
}

const points: Vec3[] = [[0, 0, 0], [1, -0.5, 0.3], [-0.7, 0.9, -1.1], [0.2, 0.2, 1.4]];

/** Pixel position from a cameras.json entry alone: invert camera_to_world (rigid), then apply the stated formulas. */
function pixelFromJson(entry: CamerasJsonImage, p: Vec3): [number, number] {
  const m = entry.camera_to_world;
  const d = [0, 1, 2].map((r) => p[r] - m[r][3]);
  const [X, Y, Z] = [0, 1, 2].map((c) => m[0][c] * d[0] + m[1][c] * d[1] + m[2][c] * d[2]);
  const k = entry.intrinsics;
  if ('fx' in k) return [k.cx + (k.fx * X) / -Z, k.cy - (k.fy * Y) / -Z];
  return [k.cx + X * k.pixels_per_unit, k.cy - Y * k.pixels_per_unit];
}

const images: ExportedImage[] = [
  { file: 'front.png', view: 'front', width: 800, height: 600, camera: camera() },
  { file: 'side.png', view: 'right', width: 800, height: 600, camera: camera({ position: [6, 1, 0] }) },
  { file: 'plan.png', view: 'top', width: 500, height: 500, camera: camera({ projection: 'orthographic', position: [0.5, 8, -0.4], up: [0, 0, -1] }) },
  { file: 'front-depth.png', view: 'front', width: 800, height: 600, camera: camera(), depth: { near: 0.5, far: 20, encoding: 'linear 16-bit' } },
  { file: 'tile.png', view: 'front', width: 256, height: 200, camera: camera(), crop: { x: 300, y: 150, fullWidth: 800, fullHeight: 600 } },
];

describe('cameras.json', () => {
  const json = buildCamerasJson(images);

  it('states its conventions', () => {
    for (const words of ['top-left', 'row-major', '-Z', '+0.5', 'world units']) expect(json.convention).toContain(words);
  });

  it('every entry reproduces projectToPixel from its own intrinsics and camera_to_world', () => {
    expect(json.images).toHaveLength(images.length);
    json.images.forEach((entry, i) => {
      const image = images[i];
      expect([entry.file, entry.view, entry.width, entry.height, entry.projection]).toEqual([image.file, image.view, image.width, image.height, image.camera.projection]);
      expect([entry.near, entry.far]).toEqual([image.camera.near, image.camera.far]);
      expect(entry.camera_to_world).toEqual(cameraToWorld(image.camera));
      const shift = image.crop ? [image.crop.x, image.crop.y] : [0, 0];
      const [fw, fh] = image.crop ? [image.crop.fullWidth, image.crop.fullHeight] : [image.width, image.height];
      for (const p of points) {
        const [u, v] = pixelFromJson(entry, p);
        const [eu, ev] = projectToPixel(image.camera, fw, fh, p);
        expect(u).toBeCloseTo(eu - shift[0], 9);
        expect(v).toBeCloseTo(ev - shift[1], 9);
      }
    });
  });

  it('carries the depth range and crop only where given, and survives JSON as plain data', () => {
    expect(json.images[3].depth_range).toEqual({ near: 0.5, far: 20, encoding: 'linear 16-bit' });
    expect(json.images[0].depth_range).toBeUndefined();
    expect(json.images[4].crop).toEqual({ x: 300, y: 150, full_width: 800, full_height: 600 });
    expect(json.images[4].intrinsics).toMatchObject({ cx: 100, cy: 150 });
    expect(JSON.parse(JSON.stringify(json))).toEqual(json);
  });

  it('rejects a size that is not a whole positive number of pixels', () => {
    expect(() => buildCamerasJson([{ ...images[0], width: 0 }])).toThrow(RangeError);
    expect(() => buildCamerasJson([{ ...images[0], height: 10.5 }])).toThrow(/front.png: height must be a whole number/);
  });
});

describe('transforms.json', () => {
  it('shares intrinsics at the top when every frame has the same, with camera_angle_x/y consistent', () => {
    const { transforms, skipped } = buildTransformsJson(images.slice(0, 2));
    expect(skipped).toEqual([]);
    const t = transforms!;
    expect([t.w, t.h, t.cx, t.cy]).toEqual([800, 600, 400, 300]);
    expect(t.camera_angle_y).toBeCloseTo(images[0].camera.fovY, 12);
    expect(t.fl_x!).toBeCloseTo(t.w! / 2 / Math.tan(t.camera_angle_x! / 2), 9);
    expect(t.frames.map((f) => f.file_path)).toEqual(['front.png', 'side.png']);
    t.frames.forEach((f, i) => {
      expect(f.transform_matrix).toEqual(cameraToWorld(images[i].camera));
      expect(f.fl_x).toBeUndefined();
    });
  });

  it('puts intrinsics in every frame, and none at the top, when frames differ', () => {
    const { transforms } = buildTransformsJson([images[0], images[4], { ...images[1], camera: camera({ fovY: 1 }) }]);
    const t = transforms!;
    expect(t.fl_x).toBeUndefined();
    expect(t.w).toBeUndefined();
    expect(t.frames[1]).toMatchObject({ file_path: 'tile.png', w: 256, h: 200, cx: 100, cy: 150 });
    expect(t.frames[2].fl_y).toBeCloseTo(300 / Math.tan(0.5), 9);
    // each frame's own numbers reproduce where the renderer drew the point (crop offset included)
    for (const frame of t.frames) {
      const source = [images[0], images[4], { ...images[1], camera: camera({ fovY: 1 }) }].find((im) => im.file === frame.file_path)!;
      const m = frame.transform_matrix;
      const d = [0, 1, 2].map((r) => points[1][r] - m[r][3]);
      const [X, Y, Z] = [0, 1, 2].map((c) => m[0][c] * d[0] + m[1][c] * d[1] + m[2][c] * d[2]);
      const [u, v] = projectToPixel(source.camera, source.crop?.fullWidth ?? source.width, source.crop?.fullHeight ?? source.height, points[1]);
      expect(frame.cx! + (frame.fl_x! * X) / -Z).toBeCloseTo(u - (source.crop?.x ?? 0), 9);
      expect(frame.cy! - (frame.fl_y! * Y) / -Z).toBeCloseTo(v - (source.crop?.y ?? 0), 9);
    }
  });

  it('leaves out orthographic views and depth passes, saying why', () => {
    const { transforms, skipped } = buildTransformsJson(images);
    expect(transforms!.frames.map((f) => f.file_path)).toEqual(['front.png', 'side.png', 'tile.png']);
    expect(skipped.map((s) => s.file)).toEqual(['plan.png', 'front-depth.png']);
    expect(skipped[0].reason).toMatch(/orthographic/);
    expect(skipped[1].reason).toMatch(/depth/);
    expect(buildTransformsJson([images[2]])).toEqual({ transforms: null, skipped: [expect.objectContaining({ file: 'plan.png' })] });
  });
});

describe('several styles', () => {
  const styleImages = [{ style: 'clay', file: 'm_clay_front.png' }, { style: 'toon', file: 'm_toon_front.png' }];
  const view: ExportedImage = { file: 'm_clay_front.png', view: 'front', width: 800, height: 600, camera: camera(), style: 'clay', styleImages };

  it('lists a view once in cameras.json, with every style image it has, keeping the old fields', () => {
    const json = buildCamerasJson([view, { ...images[1], file: 'm_clay_right.png' }]);
    expect(json.images).toHaveLength(2);
    expect(json.images[0]).toMatchObject({ file: 'm_clay_front.png', view: 'front', width: 800, height: 600, style: 'clay', style_images: styleImages });
    expect(json.images[0].intrinsics).toEqual(buildCamerasJson([images[0]]).images[0].intrinsics);
    expect(json.images[1].style_images).toBeUndefined();
    expect(json.images[1].style).toBeUndefined();
  });

  it('gives each transforms.json frame its style images under file_path names', () => {
    const { transforms } = buildTransformsJson([view]);
    expect(transforms!.frames).toHaveLength(1);
    expect(transforms!.frames[0]).toMatchObject({ file_path: 'm_clay_front.png', style: 'clay', style_images: [{ style: 'clay', file_path: 'm_clay_front.png' }, { style: 'toon', file_path: 'm_toon_front.png' }] });
    expect(buildTransformsJson([images[0]]).transforms!.frames[0].style_images).toBeUndefined();
  });
});
