import type { AlertKind } from "./alerts"

/**
 * What one alert says, kept as data (kind, SKU, centre name, figures) so the stock-health page can
 * word it in the merchant's language. The admin's notification feed is drawn by Medusa's own
 * admin, which cannot translate a plugin's text: the feed gets the English wording below.
 */
export interface AlertFacts {
  kind: AlertKind
  sku: string | null
  title: string | null
  /** The centre's name as the merchant sees it in Medusa (stock location name). */
  centre: string
  /** Units on hand minus reserved. */
  available?: number
  on_hand?: number
  /** Whole units (rounded up, as the health table shows it). */
  reorder_point?: number
  /** Null when the SKU does not sell there (no days of supply to speak of). */
  days_of_supply?: number | null
  /** Invariant breaks only: what disagrees, as the invariant check words it (English). */
  breaks?: string[]
}

export interface FeedText {
  title: string
  description: string
}

/** The stock-health conditions that are announced, and the alert kind each one is announced as. */
export const CONDITION_ALERT_KINDS = { stock_out: "stock_out", low: "low_stock", overstock: "overstock" } as const satisfies Record<string, AlertKind>
export type AlertedCondition = keyof typeof CONDITION_ALERT_KINDS

/** The alert kind of a stock-health condition; null for the ones never announced (ok, dead). */
export function alertKindOfCondition(condition: string): AlertKind | null {
  return Object.prototype.hasOwnProperty.call(CONDITION_ALERT_KINDS, condition) ? CONDITION_ALERT_KINDS[condition as AlertedCondition] : null
}

/** The conditions whose alert kind is on: what the alert run reads from the health table. */
export const conditionsForKinds = (enabled: ReadonlySet<AlertKind>): AlertedCondition[] =>
  (Object.keys(CONDITION_ALERT_KINDS) as AlertedCondition[]).filter((c) => enabled.has(CONDITION_ALERT_KINDS[c]))

const HEADINGS: Record<AlertKind, string> = {
  stock_out: "Out of stock",
  low_stock: "Low stock",
  overstock: "Overstock",
  invariant_break: "Stock records disagree",
}

/** How a grouped message says what its SKUs have in common. */
const GROUP_PHRASES: Record<AlertKind, string> = {
  stock_out: "have no units available",
  low_stock: "are at or below their reorder point",
  overstock: "hold more days of supply than the overstock limit",
  invariant_break: "have bins, reservations or stock counts that disagree with Medusa's stock",
}

/** SKUs a grouped message names before "and N more". */
export const GROUP_NAMES_SHOWN = 5

/** "SKU TEE (Medusa Tee)"; the title alone when there is no SKU. */
export function itemLabel(f: Pick<AlertFacts, "sku" | "title">): string {
  if (f.sku) return f.title && f.title !== f.sku ? `SKU ${f.sku} (${f.title})` : `SKU ${f.sku}`
  return f.title ? f.title : "An item without a SKU"
}

const units = (n: number) => `${n} ${n === 1 ? "unit" : "units"}`

/** "about 4 days of supply"; "less than a day of supply" below one day. */
function supply(days: number): string {
  if (days < 1) return "less than a day of supply"
  const whole = Math.round(days)
  return `about ${whole} ${whole === 1 ? "day" : "days"} of supply`
}

/** The English feed text of one SKU × centre alert. */
export function alertFeedText(f: AlertFacts): FeedText {
  const item = itemLabel(f)
  const title = `${HEADINGS[f.kind]} at ${f.centre}: ${item}`
  const dos = f.days_of_supply ?? null
  switch (f.kind) {
    case "stock_out": {
      const held = (f.on_hand ?? 0) > 0 ? `; the ${units(f.on_hand ?? 0)} on hand are all reserved` : ""
      const rop = (f.reorder_point ?? 0) > 0 ? ` Its reorder point is ${units(f.reorder_point ?? 0)}.` : ""
      return { title, description: `${item} has no units available at ${f.centre}${held}.${rop} Reorder it or move stock from another centre.` }
    }
    case "low_stock": {
      const cover = dos !== null ? ` (${supply(dos)})` : ""
      return {
        title,
        description: `${item} is down to ${units(f.available ?? 0)} available at ${f.centre}, at or below its reorder point of ${units(f.reorder_point ?? 0)}${cover}. Time to reorder.`,
      }
    }
    case "overstock": {
      const cover = dos !== null ? `, ${supply(dos)}` : ""
      return { title, description: `${item} has ${units(f.on_hand ?? 0)} on hand at ${f.centre}${cover}. Consider moving some to another centre or selling it down.` }
    }
    case "invariant_break":
      return { title, description: (f.breaks ?? []).join(" ") || `${item}: the bins, reservations and Medusa's stock at ${f.centre} disagree.` }
  }
}

/** The English feed text of one message for many SKUs of one kind at one centre. */
export function groupedAlertFeedText(kind: AlertKind, centre: string, facts: readonly Pick<AlertFacts, "sku" | "title">[]): FeedText {
  const names = facts.slice(0, GROUP_NAMES_SHOWN).map((f) => (f.sku ? f.sku : itemLabel(f)))
  const more = facts.length - names.length
  const list = more > 0 ? `${names.join(", ")} and ${more} more` : joinAnd(names)
  return {
    title: `${HEADINGS[kind]} at ${centre}: ${facts.length} SKUs`,
    description: `${list} ${GROUP_PHRASES[kind]} at ${centre}. The stock-health page lists them all.`,
  }
}

function joinAnd(names: string[]): string {
  return names.length <= 1 ? names.join("") : `${names.slice(0, -1).join(", ")} and ${names[names.length - 1]}`
}
