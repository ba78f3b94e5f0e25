import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { FEEDBACK_LINK_DAYS, newFeedbackToken } from "../../../lib/feedback"
import { OMS_MODULE } from "../../../modules/oms"
import type OmsModuleService from "../../../modules/oms/service"

export interface FeedbackRequestPlan {
  request_id: string
  order_id: string
  shipment_id: string
  token: string
  email: string | null
  display_id: number | null
}

export const createFeedbackRequestStepId = "oms-create-feedback-request"

/**
 * One feedback request per delivered shipment: the shipment of the fulfilment, its order's
 * email, and a new link token (stored hashed). Nothing when the fulfilment is not an OMS
 * shipment or the shipment already has its request (the event delivered twice). Compensation
 * removes the request.
 */
export const createFeedbackRequestStep = createStep(
  createFeedbackRequestStepId,
  async (input: { fulfillment_id: string }, { container }) => {
    const oms: OmsModuleService = container.resolve(OMS_MODULE)
    const [shipment] = await oms.listShipments({ fulfillment_id: input.fulfillment_id }, { select: ["id", "order_id"] })
    if (!shipment) return new StepResponse<FeedbackRequestPlan | null, string | null>(null, null)
    const [existing] = await oms.listFeedbackRequests({ shipment_id: shipment.id }, { select: ["id"] })
    if (existing) return new StepResponse<FeedbackRequestPlan | null, string | null>(null, null)
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({ entity: "order", fields: ["email", "display_id"], filters: { id: shipment.order_id } })
    const order = data[0] as { email?: string | null; display_id?: number | null } | undefined
    const { token, token_hash } = newFeedbackToken()
    let request: { id: string }
    try {
      request = await oms.createFeedbackRequests({
        order_id: shipment.order_id,
        shipment_id: shipment.id,
        token_hash,
        expires_at: new Date(Date.now() + FEEDBACK_LINK_DAYS * 86_400_000),
        delivery: order?.email ? "sent" : "no_email",
      })
    } catch (error) {
      // the same delivery handled at the same moment by another worker: its request stands
      if (/unique|duplicate|already exists/i.test((error as Error).message)) return new StepResponse<FeedbackRequestPlan | null, string | null>(null, null)
      throw error
    }
    const plan: FeedbackRequestPlan = { request_id: request.id, order_id: shipment.order_id, shipment_id: shipment.id, token, email: order?.email ?? null, display_id: order?.display_id ?? null }
    return new StepResponse<FeedbackRequestPlan | null, string | null>(plan, request.id)
  },
  async (requestId, { container }) => {
    if (requestId) await container.resolve<OmsModuleService>(OMS_MODULE).deleteFeedbackRequests(requestId)
  }
)
