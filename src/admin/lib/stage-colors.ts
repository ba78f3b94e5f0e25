export type BadgeColor = "green" | "red" | "blue" | "orange" | "grey" | "purple"

/** One colour per order stage: blue = on its way in the warehouse, orange = needs attention. */
const STAGE_COLORS: Record<string, BadgeColor> = {
  placed: "grey",
  routed: "blue",
  backordered: "orange",
  rerouted: "purple",
  waved: "blue",
  picked: "blue",
  short_picked: "orange",
  packed: "purple",
  shipped: "green",
  delivered: "green",
  canceled: "red",
}

export function stageColor(stage: string | null | undefined): BadgeColor {
  return (stage && STAGE_COLORS[stage]) || "grey"
}

const OUTCOME_COLORS: Record<string, BadgeColor> = {
  chosen: "green",
  lost: "grey",
  ineligible: "red",
}

export function outcomeColor(outcome: string): BadgeColor {
  return OUTCOME_COLORS[outcome] ?? "grey"
}
