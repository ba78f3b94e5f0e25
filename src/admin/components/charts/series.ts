/** Colours of the three simulator series; literal class names so Tailwind keeps them. */
export const SERIES = [
  { key: "simulated", label: "Simulated", barClass: "bg-ui-tag-blue-icon" },
  { key: "actual", label: "What happened", barClass: "bg-ui-tag-purple-icon" },
  { key: "medusa_default", label: "Medusa default", barClass: "bg-ui-tag-neutral-icon" },
] as const

export type SeriesKey = (typeof SERIES)[number]["key"]
