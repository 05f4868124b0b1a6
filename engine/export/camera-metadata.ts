// cameras.json (every image's exact camera) and transforms.json (the NeRF layout) as plain objects; the caller serialises them.
import type { CameraState } from '../views/camera';
import { cameraIntrinsics, cameraToWorld, shiftIntrinsics, type CameraIntrinsics, type Matrix4Rows } from '../views/camera-model';

/** The image is the region at (x, y), in pixels from the top-left corner, of a fullWidth × fullHeight render. */
export interface CropOffset {
  x: number;
  y: number;
  fullWidth: number;
  fullHeight: number;
}

/** How a depth pass stores distance: values map linearly or otherwise, as `encoding` says, onto near..far. */
export interface DepthRange {
  near: number;
  far: number;
  /** In words, from the depth pass; the engine's own: "16-bit in red (high byte) and green (low byte), 1..65535 linear from near to far, 0 = nothing". */
  encoding: string;
}

export interface ExportedImage {
  /** Path of the image file, relative to the metadata file. */
  file: string;
  view: string;
  /** The image's own size in pixels (the crop's size when cropped). */
  width: number;
  height: number;
  camera: CameraState;
  /** Present for depth passes. */
  depth?: DepthRange;
  crop?: CropOffset;
  /** Several-style exports: the style `file` shows. */
  style?: string;
  /** Several-style exports: every image of this view, one per style, `file` first (same camera, size and crop). */
  styleImages?: StyleImage[];
}

/** One style's image of a view. */
export interface StyleImage {
  style: string;
  file: string;
}

export const CAMERAS_CONVENTION =
  'World: the model\'s own right-handed coordinates and units (glTF: metres). ' +
  'camera_to_world: 4x4, row-major nested arrays (camera_to_world[row][column]), mapping camera to world coordinates; ' +
  'OpenGL/Blender camera axes: the camera looks down its -Z, +Y is image up, +X is image right. ' +
  'Pixels: origin at the top-left corner of the image, x right, y down, pixel centres at +0.5 (so an uncropped cx is width/2). ' +
  'Perspective: for camera coordinates (X, Y, Z), u = cx + fx*X/(-Z), v = cy - fy*Y/(-Z) (OpenCV K applied to (X, -Y, -Z)); fx, fy, cx, cy in pixels. ' +
  'Orthographic: u = cx + X*pixels_per_unit, v = cy - Y*pixels_per_unit; extent_x, extent_y are the full render\'s visible size in world units. ' +
  'near, far: clip distances along the view direction, world units. A crop is the region at (x, y) of a full_width x full_height render; cx, cy already include its shift.';

export interface CamerasJsonImage {
  file: string;
  view: string;
  width: number;
  height: number;
  projection: CameraState['projection'];
  intrinsics: { fx: number; fy: number; cx: number; cy: number } | { pixels_per_unit: number; extent_x: number; extent_y: number; cx: number; cy: number };
  camera_to_world: Matrix4Rows;
  near: number;
  far: number;
  depth_range?: DepthRange;
  crop?: { x: number; y: number; full_width: number; full_height: number };
  /** Several-style exports: the style of `file`. */
  style?: string;
  /** Several-style exports: each style's image of this view (all share this camera), `file` among them. */
  style_images?: StyleImage[];
}

export interface CamerasJson {
  convention: string;
  images: CamerasJsonImage[];
}

function requireSize(value: number, what: string, file: string): void {
  if (!Number.isInteger(value) || value < 1) throw new RangeError(`${file}: ${what} must be a whole number of pixels, at least 1; got ${value}.`);
}

/** The intrinsics of the image as written, crop shift included. */
export function imageIntrinsics(image: ExportedImage): CameraIntrinsics {
  requireSize(image.width, 'width', image.file);
  requireSize(image.height, 'height', image.file);
  if (!image.crop) return cameraIntrinsics(image.camera, image.width, image.height);
  const { x, y, fullWidth, fullHeight } = image.crop;
  requireSize(fullWidth, 'crop full width', image.file);
  requireSize(fullHeight, 'crop full height', image.file);
  if (![x, y].every(Number.isFinite)) throw new RangeError(`${image.file}: the crop offset must be finite numbers; got ${x}, ${y}.`);
  return shiftIntrinsics(cameraIntrinsics(image.camera, fullWidth, fullHeight), x, y);
}

function intrinsicsJson(intrinsics: CameraIntrinsics): CamerasJsonImage['intrinsics'] {
  if (intrinsics.projection === 'perspective') return { fx: intrinsics.fx, fy: intrinsics.fy, cx: intrinsics.cx, cy: intrinsics.cy };
  return { pixels_per_unit: intrinsics.pixelsPerUnit, extent_x: intrinsics.extentX, extent_y: intrinsics.extentY, cx: intrinsics.cx, cy: intrinsics.cy };
}

/** cameras.json: the convention in words, then one entry per image, in the given order. */
export function buildCamerasJson(images: readonly ExportedImage[]): CamerasJson {
  return {
    convention: CAMERAS_CONVENTION,
    images: images.map((image) => {
      const entry: CamerasJsonImage = {
        file: image.file,
        view: image.view,
        width: image.width,
        height: image.height,
        projection: image.camera.projection,
        intrinsics: intrinsicsJson(imageIntrinsics(image)),
        camera_to_world: cameraToWorld(image.camera),
        near: image.camera.near,
        far: image.camera.far,
      };
      if (image.depth) entry.depth_range = { ...image.depth };
      if (image.crop) entry.crop = { x: image.crop.x, y: image.crop.y, full_width: image.crop.fullWidth, full_height: image.crop.fullHeight };
      if (image.style !== undefined) entry.style = image.style;
      if (image.styleImages) entry.style_images = image.styleImages.map((s) => ({ ...s }));
      return entry;
    }),
  };
}

/** Pinhole intrinsics as NeRF tools name them (pixels; camera_angle_* in radians). */
export interface NerfIntrinsics {
  camera_angle_x: number;
  camera_angle_y: number;
  fl_x: number;
  fl_y: number;
  cx: number;
  cy: number;
  w: number;
  h: number;
}

export interface NerfFrame extends Partial<NerfIntrinsics> {
  file_path: string;
  /** Camera to world, OpenGL convention, row-major nested arrays. */
  transform_matrix: Matrix4Rows;
  /** Several-style exports: the style of file_path. */
  style?: string;
  /** Several-style exports: each style's image seen from this frame's camera, file_path among them. */
  style_images?: { style: string; file_path: string }[];
}

/** instant-ngp / nerfstudio layout. Shared intrinsics sit at the top; when frames differ, each frame carries its own instead. */
export type TransformsJson = Partial<NerfIntrinsics> & { camera_model: 'OPENCV'; frames: NerfFrame[] };

export interface SkippedImage {
  file: string;
  view: string;
  reason: string;
}

export interface TransformsExport {
  /** Null when no image can be described (all orthographic or depth passes). */
  transforms: TransformsJson | null;
  /** Images left out of transforms.json, each with why. */
  skipped: SkippedImage[];
}

function nerfIntrinsics(image: ExportedImage, intrinsics: Extract<CameraIntrinsics, { projection: 'perspective' }>): NerfIntrinsics {
  return {
    camera_angle_x: 2 * Math.atan(image.width / (2 * intrinsics.fx)),
    camera_angle_y: 2 * Math.atan(image.height / (2 * intrinsics.fy)),
    fl_x: intrinsics.fx,
    fl_y: intrinsics.fy,
    cx: intrinsics.cx,
    cy: intrinsics.cy,
    w: image.width,
    h: image.height,
  };
}

const INTRINSIC_KEYS = ['camera_angle_x', 'camera_angle_y', 'fl_x', 'fl_y', 'cx', 'cy', 'w', 'h'] as const;

function sameIntrinsics(a: NerfIntrinsics, b: NerfIntrinsics): boolean {
  return INTRINSIC_KEYS.every((key) => Math.abs(a[key] - b[key]) <= 1e-9 * Math.max(1, Math.abs(a[key])));
}

/**
 * transforms.json for the colour images. Orthographic images are left out (the format has no
 * orthographic camera) and so are depth passes (frames are colour images); `skipped` says which and why.
 * nerfstudio reads per-frame fl_x, fl_y, cx, cy, w, h only when the top level lacks them, so
 * differing intrinsics go into every frame and none at the top.
 */
export function buildTransformsJson(images: readonly ExportedImage[]): TransformsExport {
  const skipped: SkippedImage[] = [];
  const frames: { frame: NerfFrame; intrinsics: NerfIntrinsics }[] = [];
  for (const image of images) {
    const intrinsics = imageIntrinsics(image);
    if (image.depth) {
      skipped.push({ file: image.file, view: image.view, reason: 'a depth pass: transforms.json frames are colour images' });
    } else if (intrinsics.projection === 'orthographic') {
      skipped.push({ file: image.file, view: image.view, reason: 'an orthographic view: transforms.json can only describe pinhole (perspective) cameras' });
    } else {
      const frame: NerfFrame = { file_path: image.file, transform_matrix: cameraToWorld(image.camera) };
      if (image.style !== undefined) frame.style = image.style;
      if (image.styleImages) frame.style_images = image.styleImages.map((s) => ({ style: s.style, file_path: s.file }));
      frames.push({ frame, intrinsics: nerfIntrinsics(image, intrinsics) });
    }
  }
  if (frames.length === 0) return { transforms: null, skipped };
  const first = frames[0].intrinsics;
  if (frames.every((f) => sameIntrinsics(f.intrinsics, first))) {
    return { transforms: { camera_model: 'OPENCV', ...first, frames: frames.map((f) => f.frame) }, skipped };
  }
  return { transforms: { camera_model: 'OPENCV', frames: frames.map((f) => ({ ...f.frame, ...f.intrinsics })) }, skipped };
}
