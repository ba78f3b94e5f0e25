export * from "./start-transfer-run"
export * from "./value-transfer-run"
export * from "./accept-stock-transfer"
export * from "./dismiss-stock-transfer"
