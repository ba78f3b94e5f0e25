import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { binCode } from "../../lib/warehouse"
import { WAREHOUSE_MODULE } from "../../modules/warehouse"
import type WarehouseModuleService from "../../modules/warehouse/service"
import { createCartonWorkflow, moveBinStockWorkflow, upsertWarehouseLayoutWorkflow } from "../../workflows/warehouse"
import type { DemoCarton, DemoLayout } from "../demo-data/warehouse"

export interface WarehouseCenterSpec {
  stock_location_id: string
  layout: DemoLayout
  cartons: DemoCarton[]
  /** Inventory items in putaway order: the first ones get the bins nearest the depot. */
  items_by_rank: { inventory_item_id: string; sku: string }[]
  /** Units of an item kept out of the bins (shown as "unassigned" by the reconciliation). */
  hold_back?: Record<string, number>
  /** A SKU with more units than this is spread over two bins. */
  split_above: number
}

export interface WarehouseCenterResult {
  layout_created: boolean
  bins_created: number
  putaways: number
  units_put_away: number
  items_skipped: number
  cartons_created: number
}

const ACTOR = "seed-demo"

/**
 * Bin codes ordered by walking distance from the depot (front of the depot aisle): nearest aisle
 * first, then nearest bay, then the waist-high levels (2, 1, 3, ...), left face before right.
 */
export function binsByDistance(layout: DemoLayout): string[] {
  const levels = Array.from({ length: layout.levels }, (_, i) => i + 1).sort(
    (a, b) => Math.abs(a - 1.6) - Math.abs(b - 1.6)
  )
  const slots: { code: string; d: number; level: number; side: number }[] = []
  for (let aisle = 1; aisle <= layout.aisles; aisle++) {
    for (let bay = 1; bay <= layout.bays_per_aisle; bay++) {
      const d = Math.abs(aisle - layout.depot_aisle) * layout.aisle_width_m + bay * layout.bay_width_m
      levels.forEach((level, li) => {
        ;(["L", "R"] as const).forEach((side, si) => {
          slots.push({ code: binCode(layout.zone_code, aisle, bay, level, side), d, level: li, side: si })
        })
      })
    }
  }
  slots.sort((a, b) => a.d - b.d || a.level - b.level || a.side - b.side || a.code.localeCompare(b.code))
  return slots.map((s) => s.code)
}

/**
 * One centre's warehouse: the layout (only when the centre has none), putaway of Medusa's stocked
 * quantity into bins (only for items no bin of the centre holds yet) and the carton catalogue
 * (only codes the centre does not have). Everything goes through the workflows the admin API runs.
 */
export async function ensureWarehouse(container: MedusaContainer, spec: WarehouseCenterSpec): Promise<WarehouseCenterResult> {
  const warehouse: WarehouseModuleService = container.resolve(WAREHOUSE_MODULE)
  const inventory = container.resolve(Modules.INVENTORY)
  const result: WarehouseCenterResult = {
    layout_created: false,
    bins_created: 0,
    putaways: 0,
    units_put_away: 0,
    items_skipped: 0,
    cartons_created: 0,
  }
  const location = spec.stock_location_id

  // Layout
  const [existing] = await warehouse.listWarehouseLayouts({ stock_location_id: location } as never, { take: 1 })
  if (!existing) {
    const { result: upserted } = await upsertWarehouseLayoutWorkflow(container).run({
      input: { ...spec.layout, stock_location_id: location } as never,
    })
    result.layout_created = true
    result.bins_created = Number((upserted as any)?.bins?.created ?? 0)
  }

  // Putaway
  const levels = await inventory.listInventoryLevels({ location_id: location }, { take: null } as never)
  const stocked = new Map<string, number>()
  for (const level of levels) {
    stocked.set(level.inventory_item_id, (stocked.get(level.inventory_item_id) ?? 0) + Number(level.stocked_quantity ?? 0))
  }
  const inBins = new Set(
    (
      await warehouse.listBinStocks({ stock_location_id: location } as never, { select: ["inventory_item_id", "quantity"], take: null } as never)
    )
      .filter((s: any) => Number(s.quantity) > 0)
      .map((s: any) => s.inventory_item_id as string)
  )
  const slots = binsByDistance(spec.layout)
  let next = 0
  const moves: { inventory_item_id: string; to_bin_code: string; quantity: number }[] = []
  for (const item of spec.items_by_rank) {
    const total = (stocked.get(item.inventory_item_id) ?? 0) - (spec.hold_back?.[item.inventory_item_id] ?? 0)
    if (total <= 0) continue
    const binsNeeded = total > spec.split_above ? 2 : 1
    // Slots are handed out by rank whether or not the item is skipped, so reruns keep the same places.
    const codes = slots.slice(next, next + binsNeeded)
    next += binsNeeded
    if (inBins.has(item.inventory_item_id)) {
      result.items_skipped++
      continue
    }
    if (codes.length < binsNeeded) throw new Error(`layout at ${location} has too few bins for the demo catalogue`)
    const first = binsNeeded === 2 ? Math.ceil(total * 0.6) : total
    moves.push({ inventory_item_id: item.inventory_item_id, to_bin_code: codes[0], quantity: first })
    if (binsNeeded === 2) moves.push({ inventory_item_id: item.inventory_item_id, to_bin_code: codes[1], quantity: total - first })
  }
  // Different items never share a bin here, so a few items are put away at once (each item's bins in turn).
  const byItem = new Map<string, typeof moves>()
  for (const move of moves) byItem.set(move.inventory_item_id, [...(byItem.get(move.inventory_item_id) ?? []), move])
  const groups = [...byItem.values()]
  for (let i = 0; i < groups.length; i += 4) {
    await Promise.all(
      groups.slice(i, i + 4).map(async (group) => {
        for (const move of group) {
          await moveBinStockWorkflow(container).run({
            input: { ...move, stock_location_id: location, reason: "putaway", actor: ACTOR },
          })
          result.putaways++
          result.units_put_away += move.quantity
        }
      })
    )
  }

  // Cartons
  const have = new Set(
    (await warehouse.listCartons({ stock_location_id: location } as never, { select: ["code"], take: null } as never)).map(
      (c: any) => c.code as string
    )
  )
  for (const carton of spec.cartons) {
    if (have.has(carton.code)) continue
    await createCartonWorkflow(container).run({ input: { ...carton, stock_location_id: location } })
    result.cartons_created++
  }
  return result
}
