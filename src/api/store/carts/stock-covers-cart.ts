import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { everyNeedHasASupplier, StockNeed } from "../../../lib/checkout/stock-refusal"

/** Fresh read: can the locations linked to the cart's sales channel supply each of its lines now? */
export async function linkedStockCoversCart(scope: MedusaContainer, cartId: string): Promise<boolean> {
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: carts } = await query.graph({
    entity: "cart",
    fields: [
      "sales_channel_id",
      "items.quantity",
      "items.variant.manage_inventory",
      "items.variant.allow_backorder",
      "items.variant.inventory_items.inventory_item_id",
      "items.variant.inventory_items.required_quantity",
    ],
    filters: { id: cartId },
  })
  const cart = carts[0] as any
  if (!cart?.sales_channel_id) {
    return false
  }
  const needs: StockNeed[] = (cart.items ?? []).flatMap((item: any) =>
    item?.variant?.manage_inventory && !item.variant.allow_backorder
      ? (item.variant.inventory_items ?? []).map((link: any) => ({
          inventory_item_id: link.inventory_item_id,
          units: Number(item.quantity) * Number(link.required_quantity),
        }))
      : []
  )
  if (!needs.length) {
    return false
  }
  const { data: channels } = await query.graph({
    entity: "sales_channel",
    fields: ["stock_locations.id"],
    filters: { id: cart.sales_channel_id },
  })
  const linked: string[] = ((channels[0] as any)?.stock_locations ?? []).map((l: any) => l?.id).filter(Boolean)
  if (!linked.length) {
    return false
  }
  const levels = await scope.resolve(Modules.INVENTORY).listInventoryLevels(
    { inventory_item_id: [...new Set(needs.map((n) => n.inventory_item_id))], location_id: linked },
    { take: null }
  )
  return everyNeedHasASupplier(
    needs,
    levels.map((l) => ({
      inventory_item_id: l.inventory_item_id,
      location_id: l.location_id,
      stocked_quantity: Number(l.stocked_quantity),
      reserved_quantity: Number(l.reserved_quantity),
    })),
    linked
  )
}
