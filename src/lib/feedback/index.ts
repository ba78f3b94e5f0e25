export * from "./token"
