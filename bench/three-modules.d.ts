// three.js ships no types and only `three` itself may be added to package.json, so the bench treats it as untyped.
declare module 'three';
declare module 'three/webgpu';
declare module 'three/addons/loaders/GLTFLoader.js';
declare module 'three/addons/environments/RoomEnvironment.js';
