import { checkInvariants, type InvariantBreak } from "../../lib/invariants"
import { InvariantPage, loadInvariantRows } from "./load-invariant-rows"

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

/** Every page in turn (each one bounded), for the scheduled check. */
export async function loadFullHealthReport(container: any) {
  const breaks: InvariantBreak[] = []
  let offset: number | null = 0
  let pages = 0
  let levels = 0
  while (offset !== null && pages < FULL_REPORT_MAX_PAGES) {
    const page = await loadHealthReportPage(container, { limit: FULL_REPORT_PAGE, offset })
    breaks.push(...page.breaks)
    levels += page.levels.checked
    offset = page.levels.next_offset
    pages++
  }
  return { breaks, levels_checked: levels, complete: offset === null }
}
