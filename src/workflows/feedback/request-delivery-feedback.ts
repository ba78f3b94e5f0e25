import { createWorkflow, WorkflowData, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createFeedbackRequestStep } from "./steps/create-feedback-request"
import { sendFeedbackRequestStep } from "./steps/send-feedback-request"

export const requestDeliveryFeedbackWorkflowId = "oms-request-delivery-feedback"

/** After a shipment is delivered: one feedback request (a link that expires) and its email. */
export const requestDeliveryFeedbackWorkflow = createWorkflow(
  requestDeliveryFeedbackWorkflowId,
  (input: WorkflowData<{ fulfillment_id: string }>) => {
    const plan = createFeedbackRequestStep(input)
    return new WorkflowResponse(sendFeedbackRequestStep(plan))
  }
)
