// The cameras a model file carries, as the renderer's CameraState: the author's own views, unframed.
import type { Node, Scene, SceneCamera, Vec3 } from '../scene/types';
import { walkWorld } from '../scene/world';
import type { CameraState } from './camera';
import { add, dot, normalizeOrNull, perpendicularUp, scale, sub } from './basis';
import { pointsBounds, scenePoints, type PointSource } from './points';
import { clipPlanes, subjectFromBounds, type Subject } from './subject';
import { uniqueNames } from './unique-names';

export interface ModelCamera {
  name: string;
  camera: CameraState;
}

/** Used when a perspective camera's yfov is unusable: 35°, a moderate lens. */
const FALLBACK_FOV_Y = (35 * Math.PI) / 180;

/** The glTF loader's stand-in for a missing node name; the camera's own name says more. */
const GENERATED_NODE_NAME = /^node \d+$/;

function cameraName(node: Node, camera: SceneCamera, index: number): string {
  const nodeName = node.name.trim();
  if (nodeName && !GENERATED_NODE_NAME.test(nodeName)) return nodeName;
  return camera.name.trim() || nodeName || `camera-${String(index + 1).padStart(2, '0')}`;
}

/** Near and far from the file, with a far that encloses the scene when the file gives none (infinite perspective). */
function clipRange(camera: SceneCamera, position: Vec3, forward: Vec3, subject: Subject): { near: number; far: number } {
  const fitted = clipPlanes(position, forward, subject);
  const minNear = camera.type === 'orthographic' ? 0 : Number.MIN_VALUE;
  const near = Number.isFinite(camera.znear) && camera.znear >= minNear ? camera.znear : fitted.near;
  const zfar = camera.zfar;
  const far = zfar !== null && Number.isFinite(zfar) && zfar > near ? zfar : Math.max(fitted.far, near * 2, near + subject.radius * 1e-2);
  return { near, far };
}

/**
 * One camera state from a camera node's world matrix (column-major). glTF cameras look down their
 * local -Z with +Y up; scale in the matrix is ignored. Orthographic: orthoHeight = 2 * ymag (the
 * export's aspect sets the width, so xmag is not used). The target sits at the depth of the scene's centre.
 */
export function cameraFromNode(camera: SceneCamera, world: ArrayLike<number>, subject: Subject): CameraState {
  const position: Vec3 = [world[12], world[13], world[14]];
  const forward = normalizeOrNull([-world[8], -world[9], -world[10]]) ?? [0, 0, -1];
  const up = perpendicularUp(forward, [world[4], world[5], world[6]]);
  const { near, far } = clipRange(camera, position, forward, subject);
  const centreDepth = dot(sub(subject.center, position), forward);
  const focus = centreDepth > near ? centreDepth : Math.max(subject.radius, near);
  const perspective = camera.type === 'perspective';
  const fovY = perspective && camera.yfov > 0 && camera.yfov < Math.PI ? camera.yfov : FALLBACK_FOV_Y;
  return {
    position,
    target: add(position, scale(forward, focus)),
    up,
    projection: camera.type,
    fovY,
    orthoHeight: perspective ? 2 * focus * Math.tan(fovY / 2) : 2 * Math.abs(camera.ymag),
    near,
    far,
  };
}

/** Every camera node in the scene, parents before children, named after the node (or camera), names made unique. */
export function modelCameras(scene: Scene, points: PointSource = scenePoints(scene)): ModelCamera[] {
  const subject = subjectFromBounds(pointsBounds(points));
  const found: { name: string; camera: CameraState }[] = [];
  walkWorld(scene, (node, world) => {
    if (!node.camera) return;
    found.push({ name: cameraName(node, node.camera, found.length), camera: cameraFromNode(node.camera, world, subject) });
  });
  const names = uniqueNames(found.map((f) => f.name));
  return found.map((f, i) => ({ name: names[i], camera: f.camera }));
}
