import type { RootCause } from "./kpi-types"

/** One colour per cause: a Medusa UI badge colour and the matching CSS variable for charts. */
export const CAUSE_COLORS: Record<RootCause, { badge: "red" | "orange" | "purple" | "blue" | "green" | "grey"; fill: string }> = {
  wrong_item: { badge: "red", fill: "var(--tag-red-icon)" },
  damaged: { badge: "orange", fill: "var(--tag-orange-icon)" },
  late_delivery: { badge: "purple", fill: "var(--tag-purple-icon)" },
  product: { badge: "blue", fill: "var(--tag-blue-icon)" },
  changed_mind: { badge: "green", fill: "var(--tag-green-icon)" },
  other: { badge: "grey", fill: "var(--tag-neutral-icon)" },
}
