import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ALERT_KINDS, alertKey, alertKindOfCondition, conditionsForKinds, type AlertFacts, type AlertKind, type StockProblem } from "../../../lib/stock"
import { OMS_MODULE } from "../../../modules/oms"
import type OmsModuleService from "../../../modules/oms/service"
import { STOCK_MODULE } from "../../../modules/stock"
import type StockModuleService from "../../../modules/stock/service"
import { loadFullHealthReport } from "../../health/health-report"

export const loadStockFindingsStepId = "oms-load-stock-findings"

/** Most problem rows one run reads (5,000 SKUs × 20 centres all in trouble); beyond it nothing of theirs is closed. */
export const FINDINGS_MAX = 100_000

type Knex = { raw: (sql: string, bindings?: unknown[]) => Promise<{ rows: Record<string, any>[] }> }

export interface StockFindings {
  enabled: AlertKind[]
  problems: StockProblem[]
  /** By alert key: what the message says about it. */
  facts: Record<string, AlertFacts>
  open_keys: string[]
  /** Open keys of kinds this run read only in part (a huge store): not closed, for they may still hold. */
  keep_open: string[]
}

/**
 * Read-only: the problems found now (stock-out, low and overstock rows of the stock-health table,
 * and the invariant check's breaks per SKU × centre) for the alert kinds turned on, with the
 * names a merchant knows them by, and the keys of the alerts still open.
 */
export const loadStockFindingsStep = createStep(loadStockFindingsStepId, async (_: void, { container }) => {
  const knex = container.resolve(ContainerRegistrationKeys.PG_CONNECTION) as unknown as Knex
  const switches = container.resolve<OmsModuleService>(OMS_MODULE).getOptions().stock.alerts
  const enabled = new Set(ALERT_KINDS.filter((k) => switches[k]))
  const problems: StockProblem[] = []
  const facts: Record<string, AlertFacts> = {}
  const pending: { problem: StockProblem; facts: Omit<AlertFacts, "centre" | "kind"> }[] = []

  // One statement, so one snapshot: the refresh job replaces the table's rows chunk by chunk (new
  // ids each time), and pages read across a refresh could miss a row and close its alert.
  const conditions = conditionsForKinds(enabled)
  const { rows } = conditions.length
    ? await knex.raw(
        `select inventory_item_id, stock_location_id, condition, sku, title, on_hand, available, reorder_point, days_of_supply
           from oms_stock_health
          where deleted_at is null and condition = any(?)
          limit ?`,
        [conditions, FINDINGS_MAX + 1]
      )
    : { rows: [] }
  const healthComplete = rows.length <= FINDINGS_MAX
  for (const r of rows.slice(0, FINDINGS_MAX)) {
    const kind = alertKindOfCondition(r.condition)!
    pending.push({
      problem: { kind, stock_location_id: r.stock_location_id, inventory_item_id: r.inventory_item_id },
      facts: {
        sku: r.sku ?? null,
        title: r.title ?? null,
        on_hand: Number(r.on_hand),
        available: Number(r.available),
        reorder_point: Math.ceil(Number(r.reorder_point)),
        days_of_supply: r.days_of_supply == null ? null : Number(r.days_of_supply),
      },
    })
  }

  let invariantsComplete = true
  if (enabled.has("invariant_break")) {
    const report = await loadFullHealthReport(container)
    invariantsComplete = report.complete
    const byKey = new Map<string, { problem: StockProblem; breaks: string[] }>()
    for (const b of report.breaks) {
      if (!b.inventory_item_id) continue // a shipment in two waves is not a SKU's stock: the invariant check posts those
      const problem: StockProblem = { kind: "invariant_break", stock_location_id: b.stock_location_id, inventory_item_id: b.inventory_item_id }
      const entry = byKey.get(alertKey(problem)) ?? { problem, breaks: [] }
      entry.breaks.push(b.message)
      byKey.set(alertKey(problem), entry)
    }
    const itemIds = [...new Set([...byKey.values()].map((e) => e.problem.inventory_item_id))]
    const items = itemIds.length ? (await knex.raw(`select id, sku, title from inventory_item where id = any(?)`, [itemIds])).rows : []
    const item = new Map(items.map((i) => [i.id, i]))
    for (const { problem, breaks } of byKey.values()) {
      const i = item.get(problem.inventory_item_id)
      pending.push({ problem, facts: { sku: i?.sku ?? null, title: i?.title ?? null, breaks } })
    }
  }

  const locationIds = [...new Set(pending.map((p) => p.problem.stock_location_id))]
  const names = locationIds.length ? (await knex.raw(`select id, name from stock_location where id = any(?)`, [locationIds])).rows : []
  const centre = new Map(names.map((n) => [n.id, n.name as string]))
  for (const p of pending) {
    problems.push(p.problem)
    facts[alertKey(p.problem)] = { kind: p.problem.kind, centre: centre.get(p.problem.stock_location_id) ?? "a centre without a name", ...p.facts }
  }

  const stock = container.resolve<StockModuleService>(STOCK_MODULE)
  const open = await stock.listStockAlerts({ cleared_at: null }, { select: ["key", "kind"], take: null })
  return new StepResponse<StockFindings>({
    enabled: [...enabled],
    problems,
    facts,
    open_keys: open.map((a) => a.key),
    keep_open: open
      .filter((a) => (a.kind === "invariant_break" ? !invariantsComplete : !healthComplete))
      .map((a) => a.key),
  })
})
