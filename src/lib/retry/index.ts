export * from "./transient-error"
export * from "./retry-transient"
