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
export { modelFrame, viewOffset, viewUp, type ModelFrame, type UpAxis } from './up-axis';
export {
  findPreset,
  findViewSet,
  ISOMETRIC_ELEVATION,
  PRESET_NAMES,
  THREE_QUARTER_AZIMUTH,
  THREE_QUARTER_ELEVATION,
  VIEW_PRESETS,
  VIEW_SET_NAMES,
  VIEW_SETS,
  type PresetName,
  type ViewPreset,
  type ViewSet,
  type ViewSetName,
} from './presets';
export { gridViewName, viewRequests, type CustomView, type ViewRequest, type ViewSpec } from './view-sets';
export { MAX_VIEWS } from './view-validation';
export { DEFAULT_FOV_Y_DEGREES, planViews, type PlannedView, type PlanOptions } from './plan-views';
export { cameraFromNode, modelCameras, type ModelCamera } from './model-cameras';
export {
  cameraIntrinsics,
  cameraToWorld,
  projectToPixel,
  projectWithIntrinsics,
  shiftIntrinsics,
  worldToCamera,
  type CameraIntrinsics,
  type Matrix4Rows,
  type OrthographicIntrinsics,
  type PerspectiveIntrinsics,
} from './camera-model';
