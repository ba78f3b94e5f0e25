import { createWorkflow, WorkflowData, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { answerFeedbackFromAccountStep, answerFeedbackLinkStep, FeedbackAnswer } from "./steps/answer-feedback"

export const answerFeedbackLinkWorkflowId = "oms-answer-feedback-link"
export const answerFeedbackLinkWorkflow = createWorkflow(answerFeedbackLinkWorkflowId, (input: WorkflowData<FeedbackAnswer & { token: string }>) => {
  return new WorkflowResponse(answerFeedbackLinkStep(input))
})

export const answerFeedbackFromAccountWorkflowId = "oms-answer-feedback-from-account"
export const answerFeedbackFromAccountWorkflow = createWorkflow(
  answerFeedbackFromAccountWorkflowId,
  (input: WorkflowData<FeedbackAnswer & { order_id: string; customer_id: string }>) => {
    return new WorkflowResponse(answerFeedbackFromAccountStep(input))
  }
)
