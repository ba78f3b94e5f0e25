import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { POST as completeCartAsMedusaDoes } from "@medusajs/medusa/api/store/carts/[id]/complete/route"
import { isStockRefusal } from "../../../../../lib/checkout/stock-refusal"
import { linkedStockCoversCart } from "../../stock-covers-cart"

/** Attempts in all; each refusal after the first needs another order to take the units meanwhile. */
const MAX_ATTEMPTS = 10
/** No attempt starts later than this after the request came in (a buyer is not kept waiting). */
const RETRY_WINDOW_MS = 60_000

/**
 * POST /store/carts/:id/complete — Medusa's own route, completed again when its refusal was stale.
 *
 * Medusa 2.21 chooses each line's location from availability read at the start of completion and
 * reserves at the end under its inventory lock, so buyers racing for one item all choose the same
 * centre and those who come second are refused although another linked centre still has the
 * units. Completions run in parallel here, exactly as in Medusa. A stock refusal is retried only
 * when a fresh read shows that a linked location can supply every line, so a real sell-out
 * answers at once with Medusa's own error; a buyer whose wait for Medusa's reservation lock ran
 * out (many buyers of one item) is treated the same way (lib/checkout/stock-refusal, which also
 * says which of Medusa's race errors is left alone and why).
 *
 * A retry is safe: a failed completion is compensated and leaves the cart open, and completion
 * is idempotent per cart (a cart that did become an order answers with it). Medusa's handler
 * throws before writing anything on these errors, so exactly one attempt writes the response.
 *
 * Why no lock of our own: overselling is impossible without one, because Medusa checks
 * availability again inside its reservation lock, and routing moves hold the same keys. A routing
 * move or another buyer landing between an attempt's read and its reservation can only make that
 * attempt's centre short, which the next attempt reads. Every stale refusal means another order
 * (or a routing move) took those units meanwhile, so retries follow progress; MAX_ATTEMPTS and
 * RETRY_WINDOW_MS bound the rest. See README "What the plugin guarantees".
 */
export async function POST(req: MedusaRequest, res: MedusaResponse) {
  const started = Date.now()
  for (let attempt = 1; ; attempt++) {
    try {
      return await completeCartAsMedusaDoes(req as never, res as never)
    } catch (error) {
      const mayRetry = attempt < MAX_ATTEMPTS && Date.now() - started < RETRY_WINDOW_MS
      const retry = mayRetry && isStockRefusal(error) && (await linkedStockCoversCart(req.scope, req.params.id))
      if (!retry) {
        throw error
      }
    }
  }
}
