import { createWorkflow, transform, WorkflowData, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { notifyReturnsExportFailedStep, notifyReturnsExportReadyStep } from "./steps/notify-returns-export"
import { writeReturnLinesCsvStep, type ReturnLinesExportInput } from "./steps/write-return-lines-csv"

export const exportReturnLinesWorkflowId = "oms-export-return-lines"

/**
 * The returns page's CSV made in the background, the way Medusa exports orders: the file is
 * written page by page into the store's file storage in a background step, then the admin's
 * bell gets a notification with its link. Everything between the steps is in the workflow's
 * stored state, so with Medusa's Redis workflow engine another process may finish it. A failure
 * posts "could not be made" instead.
 */
export const exportReturnLinesWorkflow = createWorkflow(
  exportReturnLinesWorkflowId,
  (input: WorkflowData<ReturnLinesExportInput & { export_id: string }>) => {
    notifyReturnsExportFailedStep(transform({ input }, ({ input }) => ({ export_id: input.export_id, lang: input.lang })))
    const file = writeReturnLinesCsvStep(transform({ input }, ({ input }) => ({ filters: input.filters, lang: input.lang }))).config({
      async: true,
      backgroundExecution: true,
    })
    const ready = notifyReturnsExportReadyStep(transform({ input, file }, ({ input, file }) => ({ export_id: input.export_id, lang: input.lang, file })))
    return new WorkflowResponse({ file, url: ready.url })
  }
)
