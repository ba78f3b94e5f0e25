import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { hashFeedbackToken } from "../../../lib/feedback"
import { OMS_MODULE } from "../../../modules/oms"
import type OmsModuleService from "../../../modules/oms/service"

export interface FeedbackAnswer {
  rating: number
  comment?: string | null
}

export const answerFeedbackLinkStepId = "oms-answer-feedback-link"

/** The answer on an emailed link (no login): the link is spent by it. Compensation removes the answer. */
export const answerFeedbackLinkStep = createStep(
  answerFeedbackLinkStepId,
  async (input: FeedbackAnswer & { token: string }, { container }) => {
    const oms: OmsModuleService = container.resolve(OMS_MODULE)
    const feedback = await oms.answerFeedbackRequest({ token_hash: hashFeedbackToken(input.token), rating: input.rating, comment: input.comment ?? null })
    return new StepResponse({ id: feedback.id, order_id: feedback.order_id, rating: feedback.rating }, feedback.id)
  },
  async (id, { container }) => {
    if (id) await container.resolve<OmsModuleService>(OMS_MODULE).deleteFeedbacks(id)
  }
)

export const answerFeedbackFromAccountStepId = "oms-answer-feedback-from-account"

/**
 * A logged-in customer rating one of their own orders: another customer's order (or none) is
 * "not found", never "forbidden", so order ids cannot be probed. One rating per order from the
 * account; a second is refused.
 */
export const answerFeedbackFromAccountStep = createStep(
  answerFeedbackFromAccountStepId,
  async (input: FeedbackAnswer & { order_id: string; customer_id: string }, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({ entity: "order", fields: ["id", "customer_id", "sales_channel_id", "region_id"], filters: { id: input.order_id } })
    const order = data[0] as { id: string; customer_id: string | null; sales_channel_id: string | null; region_id: string | null } | undefined
    if (!order || order.customer_id !== input.customer_id) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `Order with id: ${input.order_id} was not found`)
    }
    const oms: OmsModuleService = container.resolve(OMS_MODULE)
    const [existing] = await oms.listFeedbacks({ order_id: order.id, source: "account" }, { select: ["id"] })
    if (existing) throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "this order was already rated")
    const shipments = await oms.listShipments({ order_id: order.id }, { select: ["stock_location_id", "stage"], take: null })
    const centres = [...new Set(shipments.filter((s) => s.stage === "delivered" || s.stage === "shipped").map((s) => s.stock_location_id))]
    const feedback = await oms.createFeedbacks({
      order_id: order.id,
      shipment_id: null,
      customer_id: input.customer_id,
      rating: input.rating,
      comment: input.comment ?? null,
      source: "account",
      // a whole-order rating belongs to a centre only when one centre shipped it
      stock_location_id: centres.length === 1 ? centres[0] : null,
      sales_channel_id: order.sales_channel_id,
      region_id: order.region_id,
    })
    return new StepResponse({ id: feedback.id, order_id: feedback.order_id, rating: feedback.rating }, feedback.id)
  },
  async (id, { container }) => {
    if (id) await container.resolve<OmsModuleService>(OMS_MODULE).deleteFeedbacks(id)
  }
)
