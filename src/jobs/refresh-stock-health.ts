import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { refreshStockHealthWorkflow } from "../workflows/stock/refresh-stock-health"

/**
 * Every 5 minutes, once across all workers: folds changed shipments into the day rows, samples
 * the shelves and rewrites the stock-health table. A run still busy holds the lock, and this one
 * leaves the work to it.
 */
export default async function refreshStockHealthJob(container: MedusaContainer) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  try {
    const { result } = await refreshStockHealthWorkflow(container).run({ input: {} })
    logger.info(`medusa-oms: stock health updated (${result.rows} rows, ${result.days_rewritten} day(s) recounted)`)
  } catch (error) {
    logger.warn(`medusa-oms: stock health not updated this time: ${(error as Error).message}`)
  }
}

export const config = {
  name: "medusa-oms-refresh-stock-health",
  schedule: "*/5 * * * *",
}
