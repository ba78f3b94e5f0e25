import type { MedusaContainer } from "@medusajs/framework/types"
import { OMS_MODULE } from "../../../../modules/oms"
import type OmsModuleService from "../../../../modules/oms/service"
import { WAREHOUSE_MODULE } from "../../../../modules/warehouse"
import type WarehouseModuleService from "../../../../modules/warehouse/service"
import { centreCode, waveNames } from "../../../../lib/picking"
import { atLocalTime, endOfLocalDate, localDateOf } from "../../../../lib/time/local-date"
import { locationNamesOf } from "../location-names"

const DEFAULT_TIME_ZONE = "Asia/Jakarta"

type WaveRef = { id: string; stock_location_id: string; created_at: string | Date }

/**
 * The staff name of each wave ("JKT-0112-3", see `waveNames`): per centre, one read of the waves
 * of the local days the given waves fall on, so each number counts that day's earlier waves.
 */
export async function loadWaveNames(container: MedusaContainer, waves: WaveRef[]): Promise<Map<string, string>> {
  const names = new Map<string, string>()
  if (!waves.length) return names
  const oms: OmsModuleService = container.resolve(OMS_MODULE)
  const warehouse: WarehouseModuleService = container.resolve(WAREHOUSE_MODULE)
  const locationIds = [...new Set(waves.map((w) => w.stock_location_id))]
  const [profiles, locationNames] = await Promise.all([
    oms.listFulfillmentCenters({ stock_location_id: locationIds }, { select: ["stock_location_id", "time_zone"] }),
    locationNamesOf(container, locationIds),
  ])
  const zoneOf = new Map(profiles.map((p) => [p.stock_location_id, p.time_zone || DEFAULT_TIME_ZONE]))
  await Promise.all(
    locationIds.map(async (locationId) => {
      const timeZone = zoneOf.get(locationId) ?? DEFAULT_TIME_ZONE
      const times = waves.filter((w) => w.stock_location_id === locationId).map((w) => new Date(w.created_at).getTime())
      const from = atLocalTime(localDateOf(new Date(Math.min(...times)), timeZone), 0, timeZone)
      const to = endOfLocalDate(localDateOf(new Date(Math.max(...times)), timeZone), timeZone)
      const sameDays = await warehouse.listWaves(
        { stock_location_id: locationId, created_at: { $gte: from, $lt: to } },
        { select: ["id", "created_at"], take: null, withDeleted: true }
      )
      const code = centreCode(locationNames.get(locationId))
      for (const [id, name] of waveNames(sameDays, { code, timeZone })) names.set(id, name)
    })
  )
  return names
}
