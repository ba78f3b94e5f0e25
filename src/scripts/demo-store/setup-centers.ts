import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import {
  createLocationFulfillmentSetWorkflow,
  createShippingOptionsWorkflow,
  createStockLocationsWorkflow,
  linkSalesChannelsToStockLocationWorkflow,
} from "@medusajs/medusa/core-flows"
import { upsertFulfillmentCenterWorkflow } from "../../workflows/upsert-fulfillment-center"
import type { StoreBasics } from "./setup-store"

/** Demo prices are written in IDR; other currencies get a rough conversion. */
export const IDR_PER_UNIT: Record<string, number> = { idr: 1, sgd: 11500, usd: 15500, eur: 17000 }
export const priceIn = (currency: string, idr: number) =>
  currency === "idr" ? idr : Math.max(1, Math.round(idr / (IDR_PER_UNIT[currency] ?? 15000)))

export interface CenterSpec {
  name: string
  city: string
  province: string
  country_code: string
  latitude: number
  longitude: number
  priority: number
  daily_order_capacity?: number | null
  active?: boolean
  /** Sales channels that sell from this centre (ids); the store's default one when omitted. */
  sales_channel_ids?: string[]
  shipping_price?: number
}

/**
 * A stock location with everything a storefront needs to ship from it (fulfilment set, service
 * zone for the region countries, a manual shipping option) and its OMS profile.
 */
export async function ensureCenter(container: MedusaContainer, basics: StoreBasics, spec: CenterSpec): Promise<string> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const link = container.resolve(ContainerRegistrationKeys.LINK)
  const { data: found } = await query.graph({ entity: "stock_location", fields: ["id"], filters: { name: spec.name } })
  let locationId: string = found[0]?.id

  if (!locationId) {
    const { result } = await createStockLocationsWorkflow(container).run({
      input: {
        locations: [
          {
            name: spec.name,
            address: { address_1: `${spec.name} warehouse`, city: spec.city, province: spec.province, country_code: spec.country_code },
          },
        ],
      },
    })
    locationId = result[0].id
    await link.create({
      [Modules.STOCK_LOCATION]: { stock_location_id: locationId },
      [Modules.FULFILLMENT]: { fulfillment_provider_id: "manual_manual" },
    })
    const countries = [...new Set(Object.values(basics.regions).flatMap((r) => r.countries))]
    await createLocationFulfillmentSetWorkflow(container).run({
      input: {
        location_id: locationId,
        fulfillment_set_data: { name: `${spec.name} shipping`, type: "shipping" },
      },
    })
    const { data: sets } = await query.graph({
      entity: "stock_location",
      fields: ["fulfillment_sets.id"],
      filters: { id: locationId },
    })
    const fulfillment = container.resolve(Modules.FULFILLMENT)
    const zone = await fulfillment.createServiceZones({
      name: `${spec.name} delivery area`,
      fulfillment_set_id: sets[0].fulfillment_sets![0]!.id,
      geo_zones: countries.map((country_code) => ({ type: "country" as const, country_code })),
    })
    const price = spec.shipping_price ?? 20000
    await createShippingOptionsWorkflow(container).run({
      input: [
        {
          name: `Standard from ${spec.city}`,
          price_type: "flat",
          provider_id: "manual_manual",
          service_zone_id: zone.id,
          shipping_profile_id: basics.shipping_profile_id,
          type: { label: "Standard", description: "2-5 days", code: "standard" },
          prices: Object.values(basics.regions).map((r) => ({ region_id: r.id, amount: priceIn(r.currency_code, price) })),
          rules: [
            { attribute: "enabled_in_store", value: "true", operator: "eq" },
            { attribute: "is_return", value: "false", operator: "eq" },
          ],
        },
      ],
    })
  }

  await linkSalesChannelsToStockLocationWorkflow(container).run({
    input: { id: locationId, add: spec.sales_channel_ids ?? [basics.sales_channel_id] },
  })
  await upsertFulfillmentCenterWorkflow(container).run({
    input: {
      stock_location_id: locationId,
      latitude: spec.latitude,
      longitude: spec.longitude,
      priority: spec.priority,
      active: spec.active ?? true,
      daily_order_capacity: spec.daily_order_capacity ?? null,
      cutoff_time: "15:00",
      time_zone: spec.longitude > 114 ? "Asia/Makassar" : "Asia/Jakarta",
    },
  })
  return locationId
}
