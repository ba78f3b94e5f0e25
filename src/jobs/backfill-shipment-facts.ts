import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { OMS_MODULE } from "../modules/oms"
import type OmsModuleService from "../modules/oms/service"

/** A run stops after this long, so a store with a long history is filled over several minutes. */
const RUN_BUDGET_MS = 20_000

/**
 * Fills the dashboard facts of shipments recorded before this version (see
 * modules/oms/backfill-shipment-facts), batch by batch, each in its own short transaction.
 * Once everything is filled a run is one query that finds nothing. Once per minute across all
 * workers.
 */
export default async function backfillShipmentFactsJob(container: MedusaContainer) {
  const oms = container.resolve<OmsModuleService>(OMS_MODULE)
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const started = Date.now()
  let filled = 0
  while (Date.now() - started < RUN_BUDGET_MS) {
    const n = await oms.backfillShipmentFactsBatch()
    if (!n) break
    filled += n
  }
  if (filled) logger.info(`medusa-oms: filled the dashboard facts of ${filled} earlier shipment(s)`)
}

export const config = {
  name: "medusa-oms-backfill-shipment-facts",
  schedule: "* * * * *",
}
