export * from "./execute-in-key-order"
