export * from "./replay-orders"
