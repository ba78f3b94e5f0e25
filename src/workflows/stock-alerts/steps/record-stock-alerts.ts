import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { PlannedMessage } from "../../../lib/stock"
import { STOCK_MODULE } from "../../../modules/stock"
import type StockModuleService from "../../../modules/stock/service"

export const recordStockAlertsStepId = "oms-record-stock-alerts"

/** Alert rows written or cleared per call. */
export const ALERT_ROWS_PER_CALL = 1000

export interface RecordStockAlertsInput {
  messages: PlannedMessage[]
  notification_ids: Record<string, string | null>
  cleared: string[]
}

/**
 * Remembers each announced alert (one row per occurrence, open until its condition clears, with
 * the feed notification or null when the feed could not take it) and closes the alerts that
 * cleared, so the next run neither repeats the first nor misses a relapse of the second. Two runs
 * recording the same open alert collide on the open-key index: the second fails and undoes its rows.
 * Compensation deletes the rows written and reopens the ones closed.
 */
export const recordStockAlertsStep = createStep(
  recordStockAlertsStepId,
  async (input: RecordStockAlertsInput, { container }) => {
    const stock = container.resolve<StockModuleService>(STOCK_MODULE)
    const now = new Date()
    const rows = input.messages.flatMap((m) =>
      m.alerts.map((a) => ({
        key: a.key,
        kind: a.problem.kind,
        stock_location_id: a.problem.stock_location_id,
        inventory_item_id: a.problem.inventory_item_id,
        message: { ...a.facts, occurrence: a.occurrence, idempotency_key: m.idempotency_key, grouped: m.alerts.length > 1 ? m.alerts.length : null },
        posted_at: now,
        notification_id: input.notification_ids[m.idempotency_key] ?? null,
      }))
    )
    const undo = { created: [] as string[], cleared: [] as string[] }
    try {
      for (let i = 0; i < rows.length; i += ALERT_ROWS_PER_CALL) {
        const created = await stock.createStockAlerts(rows.slice(i, i + ALERT_ROWS_PER_CALL) as never)
        undo.created.push(...(created as unknown as { id: string }[]).map((a) => a.id))
      }
      for (let i = 0; i < input.cleared.length; i += ALERT_ROWS_PER_CALL) {
        const open = await stock.listStockAlerts({ key: input.cleared.slice(i, i + ALERT_ROWS_PER_CALL), cleared_at: null }, { select: ["id"], take: null })
        if (!open.length) continue
        await stock.updateStockAlerts(open.map((a) => ({ id: a.id, cleared_at: now })))
        undo.cleared.push(...open.map((a) => a.id))
      }
    } catch (error) {
      await undoRecord(stock, undo)
      throw error
    }
    return new StepResponse({ recorded: undo.created.length, cleared: undo.cleared.length }, undo)
  },
  async (undo, { container }) => {
    if (!undo || (!undo.created.length && !undo.cleared.length)) return
    await undoRecord(container.resolve<StockModuleService>(STOCK_MODULE), undo)
  }
)

async function undoRecord(stock: StockModuleService, undo: { created: string[]; cleared: string[] }) {
  for (let i = 0; i < undo.created.length; i += ALERT_ROWS_PER_CALL) await stock.deleteStockAlerts(undo.created.slice(i, i + ALERT_ROWS_PER_CALL))
  for (let i = 0; i < undo.cleared.length; i += ALERT_ROWS_PER_CALL) {
    await stock.updateStockAlerts(undo.cleared.slice(i, i + ALERT_ROWS_PER_CALL).map((id) => ({ id, cleared_at: null })))
  }
}
