export * from "./plan-reservation-moves"
