import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { checkoutLockKey } from "../../../lib/checkout-lock-key"
import { executeInKeyOrder } from "../../../lib/locking"

const LOCK_WAIT_SECONDS = 30

/**
 * Serialises cart completion per inventory item (middleware on POST /store/carts/:id/complete).
 *
 * Medusa 2.21 reads availability before it takes its reservation lock, so buyers racing for the
 * last units all pick the same location and most are refused although another centre still has
 * stock. Holding one lock per inventory item from before that read until the response is sent
 * makes each checkout see the stock the previous one left. Keys are our own (`oms:checkout:*`)
 * so Medusa's reservation step can still take its own; they are taken one by one in sorted
 * order so two carts never wait on each other (see executeInKeyOrder). If the lock cannot be
 * had in time the checkout proceeds as plain Medusa would.
 */
export async function serializeCheckoutPerItem(
  req: MedusaRequest,
  res: MedusaResponse,
  next: MedusaNextFunction
) {
  const keys = await checkoutLockKeys(req)
  if (!keys.length) {
    return next()
  }
  const locking = req.scope.resolve(Modules.LOCKING)
  let handedOver = false
  try {
    await executeInKeyOrder(
      locking,
      [keys],
      () =>
        new Promise<void>((resolve) => {
          handedOver = true
          res.once("finish", resolve)
          res.once("close", resolve)
          next()
        }),
      { timeout: LOCK_WAIT_SECONDS }
    )
  } catch (error) {
    if (!handedOver) {
      req.scope
        .resolve(ContainerRegistrationKeys.LOGGER)
        .warn(`medusa-oms: checkout lock not acquired for cart ${req.params.id}: ${(error as Error).message}`)
      next()
    }
  }
}

async function checkoutLockKeys(req: MedusaRequest): Promise<string[]> {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "cart",
    fields: ["id", "items.variant.inventory_items.inventory_item_id"],
    filters: { id: req.params.id },
  })
  const ids = (data[0]?.items ?? []).flatMap((item: any) =>
    (item?.variant?.inventory_items ?? []).map((link: any) => link?.inventory_item_id)
  )
  return [...new Set(ids.filter(Boolean) as string[])].sort().map(checkoutLockKey)
}
