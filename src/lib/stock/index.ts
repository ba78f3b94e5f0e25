export * from "./normal"
export * from "./reorder-point"
export * from "./velocity"
export * from "./transfers"
