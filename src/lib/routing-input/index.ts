export * from "./build-routing-input"
