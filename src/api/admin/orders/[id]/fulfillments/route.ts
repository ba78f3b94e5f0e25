import { POST as fulfillOrderAsMedusaDoes } from "@medusajs/medusa/api/admin/orders/[id]/fulfillments/route"
import { withPackLock } from "../../with-pack-lock"

/** POST /admin/orders/:id/fulfillments — Medusa's own route, never at the same time as cancelling the order. */
export const POST = withPackLock(fulfillOrderAsMedusaDoes as never)
