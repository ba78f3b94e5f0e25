import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { feedbackLink } from "../../../lib/feedback"
import { OMS_MODULE } from "../../../modules/oms"
import type OmsModuleService from "../../../modules/oms/service"
import type { FeedbackRequestPlan } from "./create-feedback-request"

export const sendFeedbackRequestStepId = "oms-send-feedback-request"

/** Logged once per process: a store without an email provider would otherwise log every delivery. */
let noProviderLogged = false

/**
 * The email asking for a rating, through Medusa's notification module on channel "email" with
 * the plugin's template id. Idempotent per shipment (the notification's idempotency key). When
 * no provider serves "email" (Medusa then throws NOT_FOUND) the request is kept, marked
 * "no_provider", and that is logged once: the rating can still come from the customer's account.
 */
export const sendFeedbackRequestStep = createStep(sendFeedbackRequestStepId, async (plan: FeedbackRequestPlan | null, { container }) => {
  if (!plan?.email) return new StepResponse({ sent: false })
  const oms: OmsModuleService = container.resolve(OMS_MODULE)
  const options = oms.getOptions()
  try {
    await container.resolve(Modules.NOTIFICATION).createNotifications({
      to: plan.email,
      channel: "email",
      template: options.feedbackTemplate,
      resource_id: plan.order_id,
      resource_type: "order",
      idempotency_key: `oms-feedback:${plan.shipment_id}`,
      data: { order_id: plan.order_id, order_display_id: plan.display_id, feedback_link: feedbackLink(options.feedbackLink, plan.token) },
    })
    return new StepResponse({ sent: true })
  } catch (error) {
    if ((error as { type?: string }).type !== MedusaError.Types.NOT_FOUND) throw error
    await oms.updateFeedbackRequests({ id: plan.request_id, delivery: "no_provider" })
    if (!noProviderLogged) {
      noProviderLogged = true
      container
        .resolve(ContainerRegistrationKeys.LOGGER)
        .warn(`medusa-oms: no notification provider serves the "email" channel, so delivered orders get no feedback email (customers can still rate from their account): ${(error as Error).message}`)
    }
    return new StepResponse({ sent: false })
  }
})
