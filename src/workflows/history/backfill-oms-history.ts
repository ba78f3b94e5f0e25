import type { MedusaContainer } from "@medusajs/framework/types"
import { OMS_MODULE } from "../../modules/oms"
import type OmsModuleService from "../../modules/oms/service"
import { backfillOrderHistoryWorkflow } from "./backfill-order-history"
import { backfillReturnLinesWorkflow } from "./backfill-return-lines"

export interface BackfillOmsHistoryOptions {
  /** Orders (and returns, claims) per batch; each batch is its own short transaction. */
  batch_size?: number
  /** Orders placed less than this many minutes ago are left to live routing. */
  settle_minutes?: number
  /** Progress after every batch. */
  onProgress?: (progress: BackfillProgress) => void
}

export interface BackfillProgress {
  phase: "shipment facts" | "orders" | "returns"
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
  elapsed_ms: number
}

/**
 * Everything the dashboards need from a store's history, in batches by id, each its own
 * workflow run and short transaction, so a store keeps selling meanwhile:
 * 1. shipments recorded before the fact columns existed get their facts;
 * 2. Medusa orders the OMS holds nothing for become OMS orders and shipments (lib/history);
 * 3. returns, exchanges and claims without returned lines get them, classified as live.
 * Run it again and it finds nothing to do.
 */
export async function backfillOmsHistory(container: MedusaContainer, options: BackfillOmsHistoryOptions = {}): Promise<BackfillOmsHistoryResult> {
  const batch_size = options.batch_size ?? 1_000
  const placed_before = new Date(Date.now() - (options.settle_minutes ?? 10) * 60_000).toISOString()
  const started = Date.now()
  const report = (phase: BackfillProgress["phase"], done: number, written: number) =>
    options.onProgress?.({ phase, done, written, elapsed_ms: Date.now() - started })
  const result: BackfillOmsHistoryResult = { shipment_facts: 0, orders: 0, shipments: 0, return_sources: 0, return_lines: 0, elapsed_ms: 0 }

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
  result.elapsed_ms = Date.now() - started
  return result
}
