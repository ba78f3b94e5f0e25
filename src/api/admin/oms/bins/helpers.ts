import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"
import type { MedusaContainer } from "@medusajs/framework/types"
import { WAREHOUSE_MODULE } from "../../../../modules/warehouse"
import type WarehouseModuleService from "../../../../modules/warehouse/service"

/** 404 unless the stock location exists. */
export async function assertStockLocation(container: MedusaContainer, stockLocationId: string) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "stock_location", fields: ["id"], filters: { id: stockLocationId } })
  if (!data.length) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Stock location ${stockLocationId} was not found`)
  }
}

/** SKU per inventory item id (Medusa's inventory items, through query). */
export async function skusOf(container: MedusaContainer, inventoryItemIds: string[]): Promise<Map<string, string | null>> {
  const ids = [...new Set(inventoryItemIds)]
  if (!ids.length) return new Map()
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "inventory_item", fields: ["id", "sku"], filters: { id: ids } })
  return new Map(data.map((item: any) => [item.id as string, (item.sku ?? null) as string | null]))
}

const escapeLike = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`)

/** One page of a centre's bins (code search with `q`), each with the stock it holds. */
export async function listBinsWithStock(
  container: MedusaContainer,
  stockLocationId: string,
  { q, limit, offset }: { q?: string; limit: number; offset: number }
) {
  const warehouse: WarehouseModuleService = container.resolve(WAREHOUSE_MODULE)
  const filters: Record<string, unknown> = { stock_location_id: stockLocationId }
  if (q?.trim()) {
    filters.code = { $ilike: `%${escapeLike(q.trim())}%` }
  }
  const [bins, count] = await warehouse.listAndCountBins(filters as never, {
    skip: offset,
    take: limit,
    order: { aisle: "ASC", bay: "ASC", level: "ASC", side: "ASC" },
  })
  const stock = bins.length
    ? await warehouse.listBinStocks({ bin_id: bins.map((b) => b.id) }, { take: null })
    : []
  const skus = await skusOf(container, stock.map((s) => s.inventory_item_id))
  const stockByBin = new Map<string, { inventory_item_id: string; sku: string | null; quantity: number }[]>()
  for (const row of stock) {
    const list = stockByBin.get(row.bin_id) ?? []
    list.push({ inventory_item_id: row.inventory_item_id, sku: skus.get(row.inventory_item_id) ?? null, quantity: Number(row.quantity) })
    stockByBin.set(row.bin_id, list)
  }
  return {
    bins: bins.map((bin) => ({
      id: bin.id,
      code: bin.code,
      aisle: bin.aisle,
      bay: bin.bay,
      level: bin.level,
      side: bin.side,
      x_m: Number(bin.x_m),
      y_m: Number(bin.y_m),
      active: bin.active,
      stock: (stockByBin.get(bin.id) ?? []).sort((a, b) => (a.sku ?? a.inventory_item_id).localeCompare(b.sku ?? b.inventory_item_id)),
    })),
    count,
    limit,
    offset,
  }
}

/** Medusa's stocked quantity per inventory item at one location (inventory module). */
export async function stockedByItemAt(container: MedusaContainer, stockLocationId: string) {
  const inventory = container.resolve(Modules.INVENTORY)
  const levels = await inventory.listInventoryLevels({ location_id: stockLocationId }, { take: null })
  const stocked: Record<string, number> = {}
  for (const level of levels) {
    stocked[level.inventory_item_id] = (stocked[level.inventory_item_id] ?? 0) + Number(level.stocked_quantity ?? 0)
  }
  return stocked
}

/**
 * Per item at the centre: Medusa's stocked quantity, units in bins, units no bin holds yet, and
 * a problem when bins hold more than Medusa stocks (see `WarehouseModuleService.unassignedStock`).
 */
export async function reconcileBinStock(container: MedusaContainer, stockLocationId: string) {
  const warehouse: WarehouseModuleService = container.resolve(WAREHOUSE_MODULE)
  const stocked = await stockedByItemAt(container, stockLocationId)
  const rows = await warehouse.unassignedStock(stockLocationId, stocked)
  const skus = await skusOf(container, Object.keys(rows))
  const items = Object.entries(rows)
    .map(([inventory_item_id, row]) => ({
      inventory_item_id,
      sku: skus.get(inventory_item_id) ?? null,
      stocked: row.stocked,
      in_bins: row.in_bins,
      in_totes: row.in_totes,
      unassigned: row.unassigned,
      problem: row.problem,
    }))
    .sort((a, b) => (a.sku ?? a.inventory_item_id).localeCompare(b.sku ?? b.inventory_item_id))
  const totals = items.reduce(
    (t, i) => ({
      stocked: t.stocked + i.stocked,
      in_bins: t.in_bins + i.in_bins,
      in_totes: t.in_totes + i.in_totes,
      unassigned: t.unassigned + i.unassigned,
    }),
    { stocked: 0, in_bins: 0, in_totes: 0, unassigned: 0 }
  )
  return { stock_location_id: stockLocationId, items, totals, problems: items.filter((i) => i.problem).length }
}
