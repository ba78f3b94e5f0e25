import type { MedusaContainer } from "@medusajs/framework/types"
import { checkInvariantsWorkflow } from "../workflows/health/check-invariants"

/** Every 15 minutes: check the stock and warehouse invariants and post new breaks to the admin feed. */
export default async function checkInvariantsJob(container: MedusaContainer) {
  await checkInvariantsWorkflow(container).run({ input: {} })
}

export const config = {
  name: "medusa-oms-check-invariants",
  schedule: "*/15 * * * *",
}
