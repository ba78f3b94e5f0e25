export * from "./types"
export { sShapeRoute, optimalRoute, exhaustiveRoute, EXHAUSTIVE_MAX_LOCATIONS } from "./pick-path"
export { buildWave } from "./wave"
export * from "./wave-types"
