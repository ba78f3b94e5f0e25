import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { OMS_MODULE } from "../../../../modules/oms"
import type OmsModuleService from "../../../../modules/oms/service"
import type { GeographyCentre } from "../../../../lib/geo"

/**
 * Every stock location as a centre: its name (Medusa), coordinates and whether it takes orders
 * (the OMS profile), and with a SKU its inventory level there.
 */
export async function loadCentres(scope: MedusaContainer, inventoryItemId?: string): Promise<GeographyCentre[]> {
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const oms = scope.resolve<OmsModuleService>(OMS_MODULE)
  const [{ data: locations }, profiles, levels] = await Promise.all([
    query.graph({ entity: "stock_location", fields: ["id", "name"] }),
    oms.listFulfillmentCenters({}),
    inventoryItemId
      ? query
          .graph({
            entity: "inventory_level",
            fields: ["location_id", "stocked_quantity", "reserved_quantity", "available_quantity"],
            filters: { inventory_item_id: inventoryItemId },
          })
          .then((r) => r.data)
      : Promise.resolve([]),
  ])
  const profileOf = new Map(profiles.map((p) => [p.stock_location_id, p] as const))
  const levelOf = new Map(levels.map((l: any) => [l.location_id as string, l] as const))
  return locations
    .map((location: any) => {
      const profile = profileOf.get(location.id)
      const level = levelOf.get(location.id)
      return {
        stock_location_id: location.id as string,
        name: location.name as string,
        latitude: profile?.latitude ?? null,
        longitude: profile?.longitude ?? null,
        active: profile?.active ?? true,
        stock: level
          ? { on_hand: Number(level.stocked_quantity), reserved: Number(level.reserved_quantity), available: Number(level.available_quantity) }
          : null,
      }
    })
    .sort((a, b) => a.name.localeCompare(b.name))
}
