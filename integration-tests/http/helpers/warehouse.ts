import { Modules } from "@medusajs/framework/utils"
import type { MedusaContainer } from "@medusajs/framework/types"
import { BATIK_BIN, LAYOUT, TEE_BIN } from "./fixtures"

type Headers = Record<string, string>

/** Medusa's stocked and reserved quantity of an inventory item at a location. */
export async function inventoryLevel(container: MedusaContainer, inventoryItemId: string, locationId: string) {
  const [level] = await container.resolve(Modules.INVENTORY).listInventoryLevels({
    inventory_item_id: inventoryItemId,
    location_id: locationId,
  })
  return { stocked: Number(level.stocked_quantity), reserved: Number(level.reserved_quantity) }
}

/** Saves the test LAYOUT at a centre and puts all its TEE (10) and BATIK (5) away in TEE_BIN and BATIK_BIN. */
export async function stockJakartaBins(
  api: any,
  headers: Headers,
  store: { centers: { jakarta: string }; catalog: Record<string, { inventory_item_id: string }> }
) {
  const center = `/admin/oms/centers/${store.centers.jakarta}`
  expect((await api.put(`${center}/layout`, LAYOUT, { headers })).status).toBe(200)
  for (const [sku, code, quantity] of [["TEE", TEE_BIN, 10], ["BATIK", BATIK_BIN, 5]] as const) {
    const res = await api
      .post(`${center}/bin-stock/moves`, { inventory_item_id: store.catalog[sku].inventory_item_id, to_bin_code: code, quantity, reason: "putaway" }, { headers })
      .catch((e: any) => e.response)
    expect(res.status).toBe(200)
  }
}

/** One SKU's row of a centre's bin-stock reconciliation (stocked, in_bins, in_totes, unassigned, problem). */
export async function reconciliationRow(api: any, headers: Headers, stockLocationId: string, sku: string) {
  const { data } = await api.get(`/admin/oms/centers/${stockLocationId}/bin-stock/reconciliation`, { headers })
  return data.items.find((r: any) => r.sku === sku)
}
