export * from "./stages"
export * from "./shipment-machine"
export * from "./derive-order-stage"
export * from "./plan-shipments"
