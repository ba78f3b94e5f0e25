export * from "./bin-capacity"
