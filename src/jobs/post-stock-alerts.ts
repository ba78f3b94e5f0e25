import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { postStockAlertsWorkflow } from "../workflows/stock-alerts/post-stock-alerts"

/**
 * Every 5 minutes, once across all workers (the workflow's lock): announces new stock-outs, low
 * stock, overstock and stock-record breaks in the admin's notifications and closes the ones that
 * cleared. The stock-health table it reads is refreshed by the refresh-stock-health job.
 */
export default async function postStockAlertsJob(container: MedusaContainer) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  try {
    const { result } = await postStockAlertsWorkflow(container).run({ input: {} })
    if (result.messages || result.cleared) {
      logger.info(`medusa-oms: stock alerts: ${result.recorded} new in ${result.messages} message(s), ${result.cleared} cleared${result.left ? `, ${result.left} message(s) left for the next run` : ""}`)
    }
  } catch (error) {
    logger.warn(`medusa-oms: stock alerts not checked this time: ${(error as Error).message}`)
  }
}

export const config = {
  name: "medusa-oms-post-stock-alerts",
  schedule: "*/5 * * * *",
}
