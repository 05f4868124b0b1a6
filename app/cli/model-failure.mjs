// @ts-check
// A model that cannot be rendered (missing, unreadable, rejected by the loader): its line says why, the run goes on.
export class ModelFailure extends Error {}
