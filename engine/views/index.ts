// Camera rigs and framing: the views part of the engine's public API.
export { defaultCamera, type CameraState } from './camera';
export { cameraBasis, type CameraBasis } from './basis';
export { clipPlanes, subjectFromBounds, type Subject } from './subject';
export { boundsPoints, pointsBounds, scenePoints, type PointSource } from './points';
export { frameBounds, framePoints } from './frame';
export {
  cameraFromOrbit,
  frameOrbit,
  MAX_ELEVATION,
  orbit,
  orbitFromCamera,
  pan,
  zoom,
  type OrbitState,
  type ZoomFocus,
} from './orbit';
