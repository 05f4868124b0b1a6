// The engine's public entry: the app, the benchmark and the browser tests import from here and nothing deeper.
export { createEngine, DEFAULT_PREVIEW_BACKGROUND } from './engine';
export type { CurrentStyle, Engine, EngineDebug, EngineOptions, ImageOptions, ImagePass } from './api';
export { DeviceLostError, type EngineEvent } from './device-recovery';
export type { GroundShadowOptions } from './api';
export { STYLES } from './styles';
export type { BooleanParameter, ChoiceParameter, ColourParameter, NumberParameter, ParameterSpec, ParameterValue, StyleInfo, StyleParameters } from './styles';
export type { BackendChoice, BackendName, DeviceEvent, DeviceStats, PixelData } from './gpu/types';
export { backendFromUrl } from './gpu/create-device';

export * from './scene/types';
export * from './scene/factory';
export { boundsCenter, boundsRadius, computeBounds, emptyBounds, extendByTransformedBounds, isEmptyBounds } from './scene/bounds';
export { collectWorldItems, localMatrix, sceneBounds, walkWorld, type WorldItem } from './scene/world';

export { defaultCamera, type CameraState } from './views/camera';

export * from './views';
export * from './loaders';
export { loadModel, prepareModelLoader } from './loaders/load-in-worker';
export * from './demo';
export * from './export';
