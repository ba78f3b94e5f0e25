import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { Modules } from "@medusajs/framework/utils"
import { lockKeys } from "../../../lib/lock-keys"

type Handler = (req: MedusaRequest, res: MedusaResponse) => Promise<unknown>

/** As long as a pack completion may wait for the same lock (its acquire step waits 60 s). */
const WAIT_SECONDS = 60

/**
 * Runs one of Medusa's own order routes under the order's pack lock, the lock an OMS pack
 * completion holds while it creates the fulfilment. Medusa 2.21 takes no lock to cancel an
 * order or to fulfil it, and each checks the other's result before writing, so a cancel racing
 * a fulfilment could leave a canceled order with a live fulfilment (and the units gone from
 * stock). Serialised, the later one sees the earlier one and is refused by Medusa's own rule.
 */
export function withPackLock(handler: Handler): Handler {
  return async (req, res) => {
    const locking = req.scope.resolve(Modules.LOCKING)
    await locking.execute(lockKeys.pack(req.params.id), () => handler(req, res), { timeout: WAIT_SECONDS })
  }
}
