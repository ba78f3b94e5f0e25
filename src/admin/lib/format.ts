import type { RoutingStrategy } from "./types"

export const STRATEGIES: { value: RoutingStrategy; label: string; hint: string }[] = [
  {
    value: "closest_full_stock",
    label: "Closest centre with full stock",
    hint: "One parcel from the nearest centre that holds everything; splits only when none does.",
  },
  {
    value: "fewest_shipments",
    label: "Fewest shipments",
    hint: "As few parcels as possible, then the shortest distance.",
  },
  {
    value: "priority",
    label: "Priority order",
    hint: "The centre with the best (lowest) priority number that holds everything.",
  },
]

const STRATEGY_LABELS: Record<string, string> = {
  ...Object.fromEntries(STRATEGIES.map((s) => [s.value, s.label])),
  medusa_default: "Medusa default",
}

export function strategyLabel(strategy: string | null | undefined): string {
  if (!strategy) return "—"
  return STRATEGY_LABELS[strategy] ?? strategy.replace(/_/g, " ")
}

const numberFormat = new Intl.NumberFormat(undefined, { maximumFractionDigits: 0 })
const oneDecimal = new Intl.NumberFormat(undefined, { maximumFractionDigits: 1, minimumFractionDigits: 1 })

export function formatNumber(value: number | null | undefined): string {
  return value == null || Number.isNaN(value) ? "—" : numberFormat.format(value)
}

export function formatKm(km: number | null | undefined): string {
  if (km == null || Number.isNaN(km)) return "—"
  return `${km < 10 ? oneDecimal.format(km) : numberFormat.format(km)} km`
}

/** split_rate is a share (0..1). */
export function formatPercent(share: number | null | undefined): string {
  if (share == null || Number.isNaN(share)) return "—"
  return `${oneDecimal.format(share * 100)}%`
}

export function formatDateTime(value: string | Date | null | undefined): string {
  if (!value) return "—"
  const date = typeof value === "string" ? new Date(value) : value
  if (Number.isNaN(date.getTime())) return "—"
  return date.toLocaleString(undefined, {
    day: "numeric",
    month: "short",
    hour: "2-digit",
    minute: "2-digit",
  })
}

/** "order.placed" → "Order placed", "reroute" → "Re-route", "order_edit" → "Order edited". */
export function triggerLabel(trigger: string): string {
  if (trigger === "order.placed") return "Order placed"
  if (trigger === "reroute") return "Re-route"
  if (trigger === "order_edit") return "Order edited"
  return trigger
}

/** Actor ids like "user_01H…" are shortened; words such as "customer" or "system" stay. */
export function actorLabel(actor: string | null | undefined): string {
  if (!actor) return "system"
  if (/^user_/.test(actor)) return `admin (${actor.slice(0, 11)}…)`
  return actor
}

export function humanize(value: string): string {
  const text = value.replace(/[_.]/g, " ")
  return text.charAt(0).toUpperCase() + text.slice(1)
}

/** Server sentences name order lines by id ("line ordli_01…"); show the item titles instead. */
export function withItemTitles(text: string, items: { id: string; title: string }[]): string {
  let out = text
  for (const item of items) {
    if (!item.id || !item.title) continue
    out = out.split(`line ${item.id}`).join(`“${item.title}”`).split(item.id).join(`“${item.title}”`)
  }
  return out
}

/** How staff name a wave: when it was made, never its id (`Wave of 14:05`, or with the date when not today). */
export function waveName(wave: { created_at: string | Date }): string {
  const at = new Date(wave.created_at)
  const time = at.toLocaleTimeString([], { hour: "2-digit", minute: "2-digit" })
  const today = new Date().toDateString() === at.toDateString()
  return today ? `Wave of ${time}` : `Wave of ${at.toLocaleDateString()} ${time}`
}

const WALK_NAMES: Record<string, string> = {
  "ratliff-rosenthal": "shortest walk",
  "multi-block": "short walk across blocks",
  "s-shape": "aisle by aisle",
}

/** The planned walk in staff words instead of the algorithm's name. */
export const walkName = (method: string | null | undefined) => (method ? WALK_NAMES[method] ?? "planned walk" : undefined)
