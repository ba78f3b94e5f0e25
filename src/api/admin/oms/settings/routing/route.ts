import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { OMS_MODULE } from "../../../../../modules/oms"
import type OmsModuleService from "../../../../../modules/oms/service"
import { updateRoutingSettingsWorkflow } from "../../../../../workflows/settings"
import type { UpdateRoutingSettingsBodyType } from "./validators"

const HISTORY_SHOWN = 20

async function view(scope: AuthenticatedMedusaRequest["scope"]) {
  const oms: OmsModuleService = scope.resolve(OMS_MODULE)
  const [settings, changes] = await Promise.all([
    oms.routingSettings(),
    oms.listSettingChanges({ subject: "routing" }, { order: { changed_at: "DESC" }, take: HISTORY_SHOWN }),
  ])
  const options = oms.getOptions()
  return {
    settings,
    defaults: { strategy: options.strategy, max_shipments: options.maxShipments, per_parcel: options.shippingCosts.per_parcel, per_kg_km: options.shippingCosts.per_kg_km },
    changes: changes.map((c) => ({ id: c.id, actor: c.actor, before: c.before, after: c.after, changed_at: c.changed_at })),
  }
}

/** GET /admin/oms/settings/routing — the settings in force, the plugin options they fall back to, and the last changes. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  res.json(await view(req.scope))
}

/** POST /admin/oms/settings/routing — saves the fields given (null = back to the plugin option); the next order routed uses them. */
export async function POST(req: AuthenticatedMedusaRequest<UpdateRoutingSettingsBodyType>, res: MedusaResponse) {
  const patch = req.validatedBody as UpdateRoutingSettingsBodyType
  const { result: changed } = await updateRoutingSettingsWorkflow(req.scope).run({
    input: { patch, actor: req.auth_context?.actor_id ?? null },
  })
  res.json({ changed, ...(await view(req.scope)) })
}
