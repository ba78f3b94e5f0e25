export * from "./plan-order-history"
