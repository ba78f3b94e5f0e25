export * from "./plan-order-history"
export * from "./entity-ids"
