import { POST as cancelOrderAsMedusaDoes } from "@medusajs/medusa/api/admin/orders/[id]/cancel/route"
import { withPackLock } from "../../with-pack-lock"

/** POST /admin/orders/:id/cancel — Medusa's own route, never at the same time as packing the order. */
export const POST = withPackLock(cancelOrderAsMedusaDoes as never)
