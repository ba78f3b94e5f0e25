import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { MedusaContainer } from "@medusajs/framework/types"
import { RETURN_EXPORT_NOTICES } from "../../../lib/returns"
import type { ReturnLinesExportFile } from "./write-return-lines-csv"

/** Where the export's notifications point: the export's own id, so an admin or a test can find them. */
export const RETURN_EXPORT_RESOURCE_TYPE = "oms_returns_export"

/**
 * Posts to the admin's notification feed (the bell). A store without a feed provider (a host
 * that replaced Medusa's default notification providers) makes Medusa throw NOT_FOUND: that is
 * logged, and the file stays where the export put it.
 */
async function postToFeed(container: MedusaContainer, notice: { export_id: string; key: string; title: string; description: string; file?: Record<string, unknown> }) {
  try {
    await container.resolve(Modules.NOTIFICATION).createNotifications({
      to: "",
      channel: "feed",
      template: "admin-ui",
      resource_id: notice.export_id,
      resource_type: RETURN_EXPORT_RESOURCE_TYPE,
      idempotency_key: notice.key,
      data: { title: notice.title, description: notice.description, ...(notice.file ? { file: notice.file } : {}) },
    })
    return true
  } catch (error) {
    if ((error as { type?: string }).type !== MedusaError.Types.NOT_FOUND) throw error
    container.resolve(ContainerRegistrationKeys.LOGGER).warn(`medusa-oms: the returns export ${notice.export_id} could not be posted to the admin feed: ${(error as Error).message}`)
    return false
  }
}

export const notifyReturnsExportReadyStepId = "oms-notify-returns-export-ready"

/** The bell's "your export is ready" with the file's link (as Medusa's order export posts it). Once per export. */
export const notifyReturnsExportReadyStep = createStep(
  notifyReturnsExportReadyStepId,
  async (input: { export_id: string; lang: "en" | "id"; file: ReturnLinesExportFile }, { container }) => {
    const { url } = await container.resolve(Modules.FILE).retrieveFile(input.file.file_id)
    const posted = await postToFeed(container, {
      export_id: input.export_id,
      key: `oms-returns-export:${input.export_id}:ready`,
      title: RETURN_EXPORT_NOTICES.title[input.lang],
      description: RETURN_EXPORT_NOTICES.ready(input.file.lines, input.lang),
      file: { id: input.file.file_id, filename: input.file.filename, url, mimeType: "text/csv" },
    })
    return new StepResponse({ url, posted })
  }
)

export const notifyReturnsExportFailedStepId = "oms-notify-returns-export-failed"

/**
 * Runs first and does nothing; when a later step fails, its compensation tells the admin in
 * the bell that the export could not be made.
 */
export const notifyReturnsExportFailedStep = createStep(
  notifyReturnsExportFailedStepId,
  async (input: { export_id: string; lang: "en" | "id" }) => new StepResponse(undefined, input),
  async (input, { container }) => {
    if (!input) return
    await postToFeed(container, {
      export_id: input.export_id,
      key: `oms-returns-export:${input.export_id}:failed`,
      title: RETURN_EXPORT_NOTICES.title[input.lang],
      description: RETURN_EXPORT_NOTICES.failed[input.lang],
    })
  }
)
