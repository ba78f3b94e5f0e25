export * from "./routing-settings"
