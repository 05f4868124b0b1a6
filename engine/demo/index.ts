// The built-in demo scene: the demo part of the engine's public API.
export { createDemoScene } from './demo-scene';
export { createCheckerImage } from './checker';
