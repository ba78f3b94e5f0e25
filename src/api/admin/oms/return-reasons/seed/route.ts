import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { seedReturnReasonsWorkflow } from "../../../../../workflows/returns"
import type { SeedReturnReasonsBodyType } from "../validators"

/**
 * POST /admin/oms/return-reasons/seed — body { locale?: "en" | "id" }: adds the plugin's default
 * return reasons (wrong item, damaged, late delivery, product issue, changed mind, other, with
 * their sub-reasons) that the store does not have yet. Running it again adds nothing.
 */
export async function POST(req: AuthenticatedMedusaRequest<SeedReturnReasonsBodyType>, res: MedusaResponse) {
  const { result } = await seedReturnReasonsWorkflow(req.scope).run({ input: { locale: req.validatedBody.locale } })
  res.json({ return_reasons: result })
}
