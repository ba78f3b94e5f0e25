export * from "./update-routing-settings"
