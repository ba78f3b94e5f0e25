import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { RETURN_CAUSE_RULES, ROOT_CAUSE_LABELS } from "../../../../lib/returns"
import { assertStockLocation } from "../bins/helpers"
import { returnLinesQuery } from "./helpers"
import type { ListReturnLinesQueryType } from "./validators"

/**
 * GET /admin/oms/returns?from=&to=&stock_location_id=&cause=&limit=&offset= — returned lines
 * (returns, claims, exchanges) requested in the range, newest first, each with its root cause,
 * the rule that decided it in English and Bahasa Indonesia, the customer's words and where it
 * was fulfilled; beside them the units and lines per cause, and per cause and centre (the
 * returns page's matrix), over the whole filter, counted in SQL on the indexed fact table.
 */
export async function GET(req: AuthenticatedMedusaRequest<unknown, ListReturnLinesQueryType>, res: MedusaResponse) {
  const q = req.validatedQuery as ListReturnLinesQueryType
  if (q.stock_location_id) await assertStockLocation(req.scope, q.stock_location_id)
  const filtered = () => returnLinesQuery(req.scope, q)
  const [lines, byCause, byCauseCentre, [{ count }]] = await Promise.all([
    filtered().select("*").orderBy([{ column: "requested_at", order: "desc" }, { column: "id", order: "asc" }]).limit(q.limit).offset(q.offset),
    filtered().select("cause").sum({ units: "quantity" }).count({ lines: "*" }).groupBy("cause"),
    filtered().select("cause", "stock_location_id").sum({ units: "quantity" }).count({ lines: "*" }).groupBy("cause", "stock_location_id"),
    filtered().count({ count: "*" }),
  ])
  const ruleText = new Map(RETURN_CAUSE_RULES.map((r) => [r.id, r.text] as const))
  res.json({
    return_lines: lines.map((l: Record<string, unknown>) => ({
      ...l,
      cause_label: ROOT_CAUSE_LABELS[l.cause as keyof typeof ROOT_CAUSE_LABELS] ?? null,
      rule_text: ruleText.get(l.rule as never) ?? null,
    })),
    by_cause: byCause.map((c: Record<string, unknown>) => ({ cause: c.cause, units: Number(c.units), lines: Number(c.lines) })),
    by_cause_centre: byCauseCentre.map((c: Record<string, unknown>) => ({
      cause: c.cause,
      stock_location_id: c.stock_location_id ?? null,
      units: Number(c.units),
      lines: Number(c.lines),
    })),
    count: Number(count),
    limit: q.limit,
    offset: q.offset,
  })
}
