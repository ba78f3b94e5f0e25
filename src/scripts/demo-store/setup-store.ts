/**
 * Idempotent builders for a store with several fulfilment centres, shared by the demo seed and
 * the integration tests. Everything goes through Medusa's own workflows, never raw SQL.
 */
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import {
  createApiKeysWorkflow,
  createRegionsWorkflow,
  createSalesChannelsWorkflow,
  createShippingProfilesWorkflow,
  createTaxRegionsWorkflow,
  linkSalesChannelsToApiKeyWorkflow,
  updateStoresWorkflow,
} from "@medusajs/medusa/core-flows"

export interface RegionSpec {
  name: string
  currency_code: string
  countries: string[]
}

export interface StoreBasics {
  store_id: string
  sales_channel_id: string
  publishable_key: string
  shipping_profile_id: string
  regions: Record<string, { id: string; currency_code: string; countries: string[] }>
}

async function findOne(container: MedusaContainer, entity: string, fields: string[], filters: Record<string, unknown>) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity, fields, filters })
  return data[0] as Record<string, any> | undefined
}

export async function ensureSalesChannel(container: MedusaContainer, name: string): Promise<string> {
  const existing = await findOne(container, "sales_channel", ["id"], { name })
  if (existing) {
    return existing.id
  }
  const { result } = await createSalesChannelsWorkflow(container).run({
    input: { salesChannelsData: [{ name }] },
  })
  return result[0].id
}

export async function ensureStoreBasics(
  container: MedusaContainer,
  options: { store_name: string; sales_channel: string; regions: RegionSpec[] }
): Promise<StoreBasics> {
  const storeModule = container.resolve(Modules.STORE)
  const [store] = await storeModule.listStores()
  const salesChannelId = await ensureSalesChannel(container, options.sales_channel)
  const currencies = [...new Set(options.regions.map((r) => r.currency_code))]

  await updateStoresWorkflow(container).run({
    input: {
      selector: { id: store.id },
      update: {
        name: options.store_name,
        supported_currencies: currencies.map((c, i) => ({ currency_code: c, is_default: i === 0 })),
        default_sales_channel_id: salesChannelId,
      },
    },
  })

  const regions: StoreBasics["regions"] = {}
  for (const spec of options.regions) {
    let region = await findOne(container, "region", ["id", "currency_code"], { name: spec.name })
    if (!region) {
      const { result } = await createRegionsWorkflow(container).run({
        input: {
          regions: [
            {
              name: spec.name,
              currency_code: spec.currency_code,
              countries: spec.countries,
              payment_providers: ["pp_system_default"],
            },
          ],
        },
      })
      region = result[0]
      await createTaxRegionsWorkflow(container).run({
        input: spec.countries.map((country_code) => ({ country_code, provider_id: "tp_system" })),
      })
    }
    regions[spec.name] = { id: region.id, currency_code: spec.currency_code, countries: spec.countries }
  }

  let profile = await findOne(container, "shipping_profile", ["id"], { type: "default" })
  if (!profile) {
    const { result } = await createShippingProfilesWorkflow(container).run({
      input: { data: [{ name: "Default Shipping Profile", type: "default" }] },
    })
    profile = result[0]
  }

  let key = await findOne(container, "api_key", ["id", "token"], {
    title: `${options.sales_channel} storefront`,
    type: "publishable",
  })
  if (!key) {
    const { result } = await createApiKeysWorkflow(container).run({
      input: {
        api_keys: [{ title: `${options.sales_channel} storefront`, type: "publishable", created_by: "medusa-oms" }],
      },
    })
    key = result[0]
    await linkSalesChannelsToApiKeyWorkflow(container).run({
      input: { id: key.id, add: [salesChannelId] },
    })
  }

  return {
    store_id: store.id,
    sales_channel_id: salesChannelId,
    publishable_key: key.token,
    shipping_profile_id: profile.id,
    regions,
  }
}
