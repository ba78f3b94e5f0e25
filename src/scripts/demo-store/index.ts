export * from "./setup-store"
export * from "./setup-centers"
export * from "./setup-catalog"
export * from "./place-order"
