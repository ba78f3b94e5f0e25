import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { demandByRegion, drawnIndonesianProvince, getCountryIndex, type GeographyReport } from "../../../../lib/geo"
import { loadCentres } from "./load-centres"
import { loadDemandGroups } from "./load-demand-groups"
import { geographyPeriod, type GeographyQueryType } from "./validators"

/** The map is of Indonesia; other countries are shown per country. */
const MAP_COUNTRY = "ID"

async function findOne(scope: MedusaContainer, entity: string, id: string, fields: string[], what: string) {
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity, fields, filters: { id } })
  if (!data.length) throw new MedusaError(MedusaError.Types.NOT_FOUND, `${what} ${id} was not found`)
  return data[0] as Record<string, any>
}

/**
 * GET /admin/oms/geography?from=&to=&sales_channel_id=&inventory_item_id= — orders placed in
 * [from, to) (default the last 30 days) per Indonesian province, per drawn province shape and per
 * country, with units and average distance, and every centre. With inventory_item_id: only the
 * orders with that SKU, its units, and its stock at each centre.
 */
export async function GET(req: AuthenticatedMedusaRequest<unknown, GeographyQueryType>, res: MedusaResponse) {
  const q = req.validatedQuery as GeographyQueryType
  const period = geographyPeriod(q)
  const [, item] = await Promise.all([
    q.sales_channel_id ? findOne(req.scope, "sales_channel", q.sales_channel_id, ["id"], "Sales channel") : null,
    q.inventory_item_id ? findOne(req.scope, "inventory_item", q.inventory_item_id, ["id", "sku", "title", "variants.product.title"], "Inventory item") : null,
  ])
  const states = [...getCountryIndex(MAP_COUNTRY).states.values()]
  const codes = states.map((s) => s.isoCode)
  const [rows, centres] = await Promise.all([
    loadDemandGroups(req.scope, { ...period, sales_channel_id: q.sales_channel_id, inventory_item_id: q.inventory_item_id }, MAP_COUNTRY, codes),
    loadCentres(req.scope, q.inventory_item_id),
  ])
  const demand = demandByRegion(rows, MAP_COUNTRY, new Set(codes), drawnIndonesianProvince)
  const report: GeographyReport = {
    period: { from: period.from.toISOString(), to: period.to.toISOString() },
    country_code: MAP_COUNTRY,
    item: item
      ? { id: item.id, sku: item.sku ?? null, title: item.title ?? null, product_title: item.variants?.[0]?.product?.title ?? null }
      : null,
    ...demand,
    province_names: Object.fromEntries(states.map((s) => [s.isoCode, s.name])),
    centres,
  }
  res.json(report)
}
