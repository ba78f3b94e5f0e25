import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { WAREHOUSE_MODULE } from "../../../modules/warehouse"
import type WarehouseModuleService from "../../../modules/warehouse/service"

export const invalid = (message: string) => new MedusaError(MedusaError.Types.INVALID_DATA, message)
export const notAllowed = (message: string) => new MedusaError(MedusaError.Types.NOT_ALLOWED, message)

export const warehouseOf = (container: any): WarehouseModuleService => container.resolve(WAREHOUSE_MODULE)

/** Wave-order statuses that hold an order (same rule as the partial unique index). */
export const ACTIVE_WAVE_ORDER_STATUSES = ["waiting", "picked", "packed", "short"] as const

export interface LineInfo {
  line_item_id: string
  order_id: string
  title: string | null
  sku: string | null
  /** Barcodes accepted for the unit: the variant's barcode, EAN and UPC (non-empty ones). */
  barcodes: string[]
  /** Inventory items of the variant with their required quantity per unit. */
  inventory_items: { inventory_item_id: string; required_quantity: number }[]
  created_at: string | null
}

/** Order lines with what picking needs: SKU, title, barcodes and inventory items. */
export async function loadLineInfo(container: any, orderIds: string[]): Promise<Map<string, LineInfo>> {
  const result = new Map<string, LineInfo>()
  if (!orderIds.length) return result
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: orders } = await query.graph({
    entity: "order",
    fields: [
      "id",
      "created_at",
      "items.id",
      "items.title",
      "items.variant_sku",
      "items.variant.sku",
      "items.variant.barcode",
      "items.variant.ean",
      "items.variant.upc",
      "items.variant.inventory_items.inventory_item_id",
      "items.variant.inventory_items.required_quantity",
    ],
    filters: { id: orderIds },
  })
  for (const order of orders as any[]) {
    for (const item of (order.items ?? []).filter(Boolean)) {
      const variant = item.variant ?? {}
      result.set(item.id, {
        line_item_id: item.id,
        order_id: order.id,
        title: item.title ?? null,
        sku: item.variant_sku ?? variant.sku ?? null,
        barcodes: [variant.barcode, variant.ean, variant.upc].filter((b: unknown): b is string => !!b),
        inventory_items: (variant.inventory_items ?? []).filter(Boolean).map((i: any) => ({
          inventory_item_id: i.inventory_item_id,
          required_quantity: Number(i.required_quantity ?? 1),
        })),
        created_at: order.created_at ? new Date(order.created_at).toISOString() : null,
      })
    }
  }
  return result
}
