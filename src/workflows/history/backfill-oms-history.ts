import type { MedusaContainer } from "@medusajs/framework/types"
import { OMS_MODULE } from "../../modules/oms"
import type OmsModuleService from "../../modules/oms/service"
import { backfillOrderHistoryWorkflow } from "./backfill-order-history"
import { refreshKpiRollupsWorkflow } from "../kpis/refresh-kpi-rollups"
import { backfillReturnLinesWorkflow } from "./backfill-return-lines"
import { backfillOrderDemandWorkflow } from "./backfill-order-demand"

export interface BackfillOmsHistoryOptions {
  /** Orders (and returns, claims) per batch; each batch is its own short transaction. */
  batch_size?: number
  /** Orders placed less than this many minutes ago are left to live routing. */
  settle_minutes?: number
  /** Build the dashboard's per-day reports of the filled days before returning (default true). */
  reports?: boolean
  /** Progress after every batch. */
  onProgress?: (progress: BackfillProgress) => void
}

export interface BackfillProgress {
  phase: "shipment facts" | "orders" | "order demand" | "returns" | "reports"
  /** Rows (shipment facts), orders read, or returns and claims read so far in this phase. */
  done: number
  written: number
  elapsed_ms: number
}

export interface BackfillOmsHistoryResult {
  shipment_facts: number
  orders: number
  shipments: number
  return_sources: number
  return_lines: number
  /** Orders given the demand facts the map and the placement advice read. */
  order_demands: number
  /** Days of the dashboard's per-day reports rewritten; null when another run of the refresh had them. */
  report_days: number | null
  elapsed_ms: number
}

/**
 * Everything the dashboards need from a store's history, in batches by id, each its own
 * workflow run and short transaction, so a store keeps selling meanwhile:
 * 1. shipments recorded before the fact columns existed get their facts;
 * 2. Medusa orders the OMS holds nothing for become OMS orders and shipments (lib/history);
 * 3. orders without demand facts (what they asked for, where they go) get them;
 * 4. returns, exchanges and claims without returned lines get them, classified as live;
 * 5. the dashboard's per-day reports of the days that changed are rewritten (what the
 *    refresh-kpi-rollups job does each minute), unless that job is running them already.
 * Run it again and it finds nothing to do.
 */
export async function backfillOmsHistory(container: MedusaContainer, options: BackfillOmsHistoryOptions = {}): Promise<BackfillOmsHistoryResult> {
  const batch_size = options.batch_size ?? 1_000
  const placed_before = new Date(Date.now() - (options.settle_minutes ?? 10) * 60_000).toISOString()
  const started = Date.now()
  const report = (phase: BackfillProgress["phase"], done: number, written: number) =>
    options.onProgress?.({ phase, done, written, elapsed_ms: Date.now() - started })
  const result: BackfillOmsHistoryResult = { shipment_facts: 0, orders: 0, shipments: 0, return_sources: 0, return_lines: 0, order_demands: 0, report_days: 0, elapsed_ms: 0 }

  const oms: OmsModuleService = container.resolve(OMS_MODULE)
  for (let n = await oms.backfillShipmentFactsBatch(); n > 0; n = await oms.backfillShipmentFactsBatch()) {
    result.shipment_facts += n
    report("shipment facts", result.shipment_facts, result.shipment_facts)
  }

  let read = 0
  for (let after: string | null = ""; after !== null; ) {
    const { result: batch } = await backfillOrderHistoryWorkflow(container).run({ input: { after_id: after, batch_size, placed_before } })
    after = batch.last_id
    read += batch.read
    result.orders += batch.orders
    result.shipments += batch.shipments
    if (batch.read) report("orders", read, result.orders)
  }

  let demandRead = 0
  for (let after: string | null = ""; after !== null; ) {
    const { result: batch } = await backfillOrderDemandWorkflow(container).run({ input: { after_id: after, batch_size } })
    after = batch.last_id
    demandRead += batch.read
    result.order_demands += batch.written
    if (batch.read) report("order demand", demandRead, result.order_demands)
  }

  let afterReturn: string | null = ""
  let afterClaim: string | null = ""
  while (afterReturn !== null || afterClaim !== null) {
    const { result: batch } = await backfillReturnLinesWorkflow(container).run({
      input: { after_return_id: afterReturn, after_claim_id: afterClaim, batch_size },
    })
    afterReturn = afterReturn === null ? null : batch.last_return_id
    afterClaim = afterClaim === null ? null : batch.last_claim_id
    result.return_sources += batch.sources
    result.return_lines += batch.rows
    if (batch.sources) report("returns", result.return_sources, result.return_lines)
  }
  if (options.reports !== false) result.report_days = await rewriteReports(container, (days) => report("reports", days, days))
  result.elapsed_ms = Date.now() - started
  return result
}

/** Runs the reports' refresh until no day is left; null when another run holds its lock (that run finishes them). */
async function rewriteReports(container: MedusaContainer, onRound: (days: number) => void): Promise<number | null> {
  let days = 0
  for (;;) {
    let round: { rewritten: number; left: number }
    try {
      round = (await refreshKpiRollupsWorkflow(container).run({ input: {} })).result as never
    } catch (error) {
      if (/lock/i.test((error as Error).message ?? "")) return days || null
      throw error
    }
    days += round.rewritten
    if (round.rewritten) onRound(days)
    if (!round.left || !round.rewritten) return days
  }
}
