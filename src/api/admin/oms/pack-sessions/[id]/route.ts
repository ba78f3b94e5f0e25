import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { retrievePackSession } from "../../../../../workflows/packing"
import { sessionView } from "../helpers"

/** GET /admin/oms/pack-sessions/:id — the session with expected items, progress, scans, recommendation. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  res.json({ pack_session: await sessionView(req.scope, await retrievePackSession(req.scope, req.params.id)) })
}
