import { z } from "@medusajs/framework/zod"
import { idText, isoDateTime } from "../../../validation"

/** Longest period the map counts (about three years, as the dashboard). */
export const GEOGRAPHY_PERIOD_MAX_DAYS = 1_100
export const GEOGRAPHY_DEFAULT_DAYS = 30

const DAY_MS = 86_400_000

/** The period asked for: default the last 30 days up to `to` (default now). */
export function geographyPeriod(q: { from?: string; to?: string }, now = new Date()) {
  const to = q.to ? new Date(q.to) : now
  const from = q.from ? new Date(q.from) : new Date(to.getTime() - GEOGRAPHY_DEFAULT_DAYS * DAY_MS)
  return { from, to }
}

/** Query of GET /admin/oms/geography: a period, optionally one sales channel and one SKU. */
export const GeographyQuery = z
  .object({
    from: isoDateTime("from").optional(),
    to: isoDateTime("to").optional(),
    sales_channel_id: idText("sales_channel_id").optional(),
    inventory_item_id: idText("inventory_item_id").optional(),
  })
  .strict()
  .refine((q) => !q.from || !q.to || Date.parse(q.from) < Date.parse(q.to), { message: "from must be before to", path: ["from"] })
  .refine(
    (q) => {
      const { from, to } = geographyPeriod(q)
      const days = (to.getTime() - from.getTime()) / DAY_MS
      // an unreadable date is reported by its own field only
      return Number.isNaN(days) || days <= GEOGRAPHY_PERIOD_MAX_DAYS
    },
    { message: `from: a period may span at most ${GEOGRAPHY_PERIOD_MAX_DAYS} days`, path: ["from"] }
  )

export type GeographyQueryType = z.infer<typeof GeographyQuery>
