import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { NO_CENTRE, QUEUED_STAGES, queueCounts } from "../../../../lib/journey/queues"
import { atRisk } from "../../../../lib/kpi"
import { loadCalendars, loadOpenFacts } from "../../../../workflows/kpis/load-kpi-facts"
import { locationNamesOf } from "../location-names"

/**
 * GET /admin/oms/queues — the live work queues per centre (waiting to wave, in picking,
 * waiting to pack, packed not shipped, shipped not delivered, back-ordered, at risk), counted in
 * order parts: one order split over two centres counts once at each. One grouped count over the
 * open shipments, plus the at-risk rules over the open parts.
 */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const knex = req.scope.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  const now = new Date()
  const [byStage, open] = await Promise.all([
    knex("oms_shipment")
      .select("stock_location_id", "stage")
      .count({ count: "*" })
      .whereNull("deleted_at")
      .whereIn("stage", QUEUED_STAGES as string[])
      .groupBy("stock_location_id", "stage"),
    loadOpenFacts(req.scope, {}),
  ])
  const risky = atRisk(open, await loadCalendars(req.scope, open), now, {})
  const { centres, total } = queueCounts(
    byStage.map((r: Record<string, unknown>) => ({ stock_location_id: (r.stock_location_id as string) ?? null, stage: r.stage as string, count: Number(r.count) })),
    risky
  )
  const names = await locationNamesOf(req.scope, Object.keys(centres))
  res.json({
    centres: Object.entries(centres)
      .map(([id, counts]) => ({ stock_location_id: id === NO_CENTRE ? null : id, name: id === NO_CENTRE ? null : names.get(id) ?? null, counts }))
      // named centres alphabetically, the parts without a centre last
      .sort((a, b) => (a.name === null ? 1 : b.name === null ? -1 : a.name.localeCompare(b.name))),
    total,
    counted_at: now.toISOString(),
  })
}
