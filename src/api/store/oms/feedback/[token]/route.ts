import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { isFeedbackTokenShape } from "../../../../../lib/feedback"
import { answerFeedbackLinkWorkflow } from "../../../../../workflows/feedback"
import type { FeedbackBodyType } from "../../validators"

/**
 * POST /store/oms/feedback/:token — body { rating: 1–5, comment? }: the answer to the email sent
 * after delivery, without a login (guest checkouts are common). The link works once and
 * expires; an unknown, used or expired link is a 400 naming `token`, and nothing is stored.
 * The answer says only that it was stored: the link does not reveal the order.
 */
export async function POST(req: MedusaRequest<FeedbackBodyType>, res: MedusaResponse) {
  const token = req.params.token
  if (!isFeedbackTokenShape(token)) throw new MedusaError(MedusaError.Types.INVALID_DATA, "token: this feedback link is not valid")
  const body = req.validatedBody as FeedbackBodyType
  await answerFeedbackLinkWorkflow(req.scope).run({ input: { token, rating: body.rating, comment: body.comment ?? null } })
  res.status(201).json({ feedback: { rating: body.rating, stored: true } })
}
