import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { POST as completeCartAsMedusaDoes } from "@medusajs/medusa/api/store/carts/[id]/complete/route"
import { isStockRefusal } from "../../../../../lib/checkout/stock-refusal"
import { linkedStockCoversCart } from "../../stock-covers-cart"

/** Attempts in all; each refusal after the first needs another order to take the units meanwhile. */
const MAX_ATTEMPTS = 10

/**
 * POST /store/carts/:id/complete — Medusa's own route, completed again when its refusal was stale.
 *
 * Medusa 2.21 chooses each line's location from availability read at the start of completion and
 * reserves at the end under its inventory lock, so buyers racing for one item all choose the same
 * centre and those who come second are refused although another linked centre still has the
 * units. Completions run in parallel here, exactly as in Medusa; a refusal is only retried when a
 * fresh read shows that a linked location can supply every line (a real sell-out answers at
 * once with Medusa's own error). A retry is safe: a failed completion is compensated and leaves
 * the cart open, and completion is idempotent per cart. Medusa's handler throws before writing
 * anything on such an error, so the response is written once, by the attempt that ends it.
 *
 * Why no lock of our own: overselling is impossible without one, because Medusa checks
 * availability again inside its reservation lock (routing moves hold the same keys). A routing
 * move or another buyer landing between an attempt's read and its reservation can only make that
 * attempt's location short, which the next attempt sees. Stock a centre loses stays lost for the
 * racers, so each retry follows another order's success at that centre; MAX_ATTEMPTS bounds the
 * rest. See README "What the plugin guarantees".
 */
export async function POST(req: MedusaRequest, res: MedusaResponse) {
  for (let attempt = 1; ; attempt++) {
    try {
      return await completeCartAsMedusaDoes(req as never, res as never)
    } catch (error) {
      const retry =
        attempt < MAX_ATTEMPTS && isStockRefusal(error) && (await linkedStockCoversCart(req.scope, req.params.id))
      if (!retry) {
        throw error
      }
    }
  }
}
