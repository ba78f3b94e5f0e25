export * from "./normal"
export * from "./reorder-point"
