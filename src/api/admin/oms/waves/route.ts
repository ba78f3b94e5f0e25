import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { WAREHOUSE_MODULE } from "../../../../modules/warehouse"
import type WarehouseModuleService from "../../../../modules/warehouse/service"
import { createWaveWorkflow } from "../../../../workflows/picking/create-wave"
import { loadWaveView } from "./helpers"
import { loadWaveNames } from "./wave-names"
import type { CreateWaveBodyType, ListWavesQueryType } from "./validators"

/** GET /admin/oms/waves?stock_location_id=&status= — newest first. */
export async function GET(req: AuthenticatedMedusaRequest<unknown, ListWavesQueryType>, res: MedusaResponse) {
  const { stock_location_id, status, limit, offset } = req.validatedQuery as ListWavesQueryType
  const warehouse: WarehouseModuleService = req.scope.resolve(WAREHOUSE_MODULE)
  const filters = { ...(stock_location_id ? { stock_location_id } : {}), ...(status ? { status } : {}) }
  const [waves, count] = await warehouse.listAndCountWaves(filters, {
    take: limit,
    skip: offset,
    order: { created_at: "DESC" },
  })
  const names = await loadWaveNames(req.scope, waves)
  res.json({
    waves: waves.map(({ route, ...w }) => ({ ...w, name: names.get(w.id) ?? null, distance_m: route?.distance_m ?? null })),
    count,
    limit,
    offset,
  })
}

/** POST /admin/oms/waves — build and claim a pick wave at a centre. */
export async function POST(req: AuthenticatedMedusaRequest<CreateWaveBodyType>, res: MedusaResponse) {
  const { result } = await createWaveWorkflow(req.scope).run({
    input: { ...req.validatedBody, actor: req.auth_context?.actor_id ?? null },
  })
  res.json({ wave: await loadWaveView(req.scope, result.wave_id), skipped: result.skipped })
}
