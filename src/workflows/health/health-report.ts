import { checkInvariants, type InvariantBreak } from "../../lib/invariants"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { InvariantPage, listInvariantPairs, loadInvariantRows, loadInvariantRowsOf } from "./load-invariant-rows"

export interface HealthReport {
  ok: boolean
  checked_at: string
  breaks: InvariantBreak[]
  levels: { checked: number; limit: number; offset: number; next_offset: number | null }
  /** Open wave claims and pack sessions checked (first page only; null on later pages). */
  shipments: { checked: number; cap: number; capped: boolean } | null
}

/** One page of the invariants report: the breaks among `limit` levels from `offset`. */
export async function loadHealthReportPage(container: any, page: InvariantPage): Promise<HealthReport> {
  const loaded = await loadInvariantRows(container, page)
  const breaks = checkInvariants(loaded.rows)
  return {
    ok: breaks.length === 0,
    checked_at: new Date().toISOString(),
    breaks,
    levels: { checked: loaded.levels_checked, limit: page.limit, offset: page.offset, next_offset: loaded.next_offset },
    shipments: loaded.shipments,
  }
}

export const FULL_REPORT_PAGE = 1000
/** Most pages one full check reads (1000 levels each); a larger store is checked in part and says so. */
export const FULL_REPORT_MAX_PAGES = 200

/**
 * Every page in turn (each one bounded), for the scheduled checks. The pairs are listed once and
 * then read a page at a time: listing them again from an offset for every page would sort the
 * whole store each time (100 pages of a 100,000-level store took about a minute).
 */
export async function loadFullHealthReport(container: any) {
  const knex = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  const listed = await listInvariantPairs(knex, null, FULL_REPORT_PAGE * FULL_REPORT_MAX_PAGES, 0)
  const breaks: InvariantBreak[] = []
  for (let i = 0; i === 0 || i < listed.pairs.length; i += FULL_REPORT_PAGE) {
    const loaded = await loadInvariantRowsOf(container, listed.pairs.slice(i, i + FULL_REPORT_PAGE), { stock_location_id: null, shipments: i === 0 })
    breaks.push(...checkInvariants(loaded.rows))
  }
  return { breaks, levels_checked: listed.pairs.length, complete: !listed.more }
}
