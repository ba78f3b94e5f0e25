import fs from "node:fs"
import type { ExecArgs } from "@medusajs/framework/types"
import { buildOmsStore } from "../http/helpers/oms-store"

/**
 * `medusa exec` script for the browser suite: the HTTP suites' test store (three centres, a
 * small catalogue, stock), written to OMS_SEED_OUT for the test to place orders against.
 */
export default async function seedScanStore({ container }: ExecArgs) {
  const store = await buildOmsStore(container)
  fs.writeFileSync(process.env.OMS_SEED_OUT as string, JSON.stringify(store))
}
