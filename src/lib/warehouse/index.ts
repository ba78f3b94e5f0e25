export * from "./layout"
