import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { OMS_MODULE } from "../modules/oms"
import type OmsModuleService from "../modules/oms/service"
import { requestDeliveryFeedbackWorkflow } from "../workflows/feedback"

/** A shipment delivered: ask its customer for a rating (unless the plugin option or Medusa's no_notification says not to). */
export default async function requestDeliveryFeedback({ event, container }: SubscriberArgs<{ id: string; no_notification?: boolean }>) {
  if (event.data.no_notification || !container.resolve<OmsModuleService>(OMS_MODULE).getOptions().feedbackEnabled) return
  await requestDeliveryFeedbackWorkflow(container).run({ input: { fulfillment_id: event.data.id } })
}

export const config: SubscriberConfig = {
  event: "delivery.created",
  context: { subscriberId: "medusa-oms-request-delivery-feedback" },
}
