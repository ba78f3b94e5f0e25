import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { answerFeedbackFromAccountWorkflow } from "../../../../../../workflows/feedback"
import type { FeedbackBodyType } from "../../../validators"

/**
 * POST /store/oms/orders/:id/feedback — body { rating: 1–5, comment? }: a logged-in customer
 * rates one of their own orders. Another customer's order answers 404 like one that does not
 * exist; a second rating of the same order is a 400.
 */
export async function POST(req: AuthenticatedMedusaRequest<FeedbackBodyType>, res: MedusaResponse) {
  const body = req.validatedBody as FeedbackBodyType
  const { result } = await answerFeedbackFromAccountWorkflow(req.scope).run({
    input: { order_id: req.params.id, customer_id: req.auth_context.actor_id, rating: body.rating, comment: body.comment ?? null },
  })
  res.status(201).json({ feedback: result })
}
