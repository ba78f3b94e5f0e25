export * from "./bin-capacity"
export * from "./check-invariants"
export * from "./types"
export * from "./break-titles"
