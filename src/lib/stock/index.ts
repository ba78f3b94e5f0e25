export * from "./normal"
export * from "./reorder-point"
export * from "./velocity"
