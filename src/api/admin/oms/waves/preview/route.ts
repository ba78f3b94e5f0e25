import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { previewWave } from "../../../../../lib/picking/wave-preview"
import { loadWaveCandidates, type WaveCandidates } from "../../../../../workflows/picking/steps/load-wave-candidates"
import { locationNamesOf } from "../../location-names"
import { loadOrderLabels } from "../order-labels"
import type { PreviewWaveQueryType } from "../validators"

/** Orders listed by the preview; the counts cover them all. */
const LISTED_MAX = 50

/** Why a centre cannot be waved at all, as a code the screen says in the merchant's words. */
function problemOf(error: unknown): "no_layout" | "no_cutoff" | "nothing_waiting" | null {
  const message = String((error as Error)?.message ?? "")
  if (/has no warehouse layout/.test(message)) return "no_layout"
  if (/has no cut-off time/.test(message)) return "no_cutoff"
  if (/no routed orders waiting/.test(message)) return "nothing_waiting"
  return null
}

/**
 * GET /admin/oms/waves/preview?stock_location_id=&mode=&max_orders=&before_cutoff=&min_priority=
 * What "Create wave" would do now, claiming nothing: the orders waiting for these filters (with
 * number, customer and units), and the next wave's orders, units, bins and walk. Read with the
 * same candidates and rules as the create workflow. 404 for an unknown centre.
 */
export async function GET(req: AuthenticatedMedusaRequest<unknown, PreviewWaveQueryType>, res: MedusaResponse) {
  const query = req.validatedQuery as PreviewWaveQueryType
  const names = await locationNamesOf(req.scope, [query.stock_location_id])
  if (!names.has(query.stock_location_id)) throw new MedusaError(MedusaError.Types.NOT_FOUND, "This centre was not found: choose one from the list")

  let candidates: WaveCandidates
  try {
    candidates = await loadWaveCandidates(req.scope, { ...query })
  } catch (e) {
    const problem = problemOf(e)
    if (!problem) throw e
    res.json({ problem: problem === "nothing_waiting" ? null : problem, waiting: [], waiting_count: 0, waiting_units: 0, next_wave: null, skipped_count: 0 })
    return
  }
  const preview = previewWave({
    layout: candidates.layout,
    orders: candidates.orders,
    mode: query.mode,
    filters: { placed_before: candidates.input.placed_before, min_priority: query.min_priority },
    limits: { max_orders: query.max_orders },
  })
  const listed = preview.waiting.slice(0, LISTED_MAX)
  const details = await loadOrderLabels(req.scope, listed.map((o) => o.order_id))
  res.json({
    problem: null,
    waiting: listed.map((o) => ({ ...o, ...details.get(o.order_id), in_next_wave: preview.next_wave?.order_ids.includes(o.order_id) ?? false })),
    waiting_count: preview.waiting.length,
    waiting_units: preview.waiting_units,
    next_wave: preview.next_wave,
    skipped_count: candidates.skipped.length,
  })
}
