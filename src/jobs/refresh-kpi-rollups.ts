import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { refreshKpiRollupsWorkflow } from "../workflows/kpis/refresh-kpi-rollups"

/**
 * Every minute, once across all workers: brings the dashboard's per-day rollups up to date with
 * the facts changed since the last run. A run still busy (a first build of a long history takes
 * several) holds the lock, and this one leaves the work to it.
 */
export default async function refreshKpiRollupsJob(container: MedusaContainer) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  try {
    const { result } = await refreshKpiRollupsWorkflow(container).run({ input: {} })
    if (result.rewritten) logger.info(`medusa-oms: dashboard reports updated for ${result.rewritten} day(s), ${result.left} to go`)
  } catch (error) {
    logger.warn(`medusa-oms: dashboard reports not updated this minute: ${(error as Error).message}`)
  }
}

export const config = {
  name: "medusa-oms-refresh-kpi-rollups",
  schedule: "* * * * *",
}
