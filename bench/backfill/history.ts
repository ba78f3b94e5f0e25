/**
 * A store's history for the backfill bench: a few orders made the way a merchant makes them
 * (storefront checkout, then fulfilment, shipment, delivery, cancel and returns through Medusa's
 * admin routes), then copied in SQL, every row of every table the backfill reads, with new ids,
 * until the store holds the number of orders asked for. The copies are Medusa's own rows, so
 * the backfill reads exactly the shape Medusa writes.
 */
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { buildOmsStore } from "../../integration-tests/http/helpers/oms-store"
import { placeOrderOf, waitForRouting, type StorefrontAddress } from "../../integration-tests/http/helpers/storefront"
import { fulfilInMedusa, orderItems, returnInMedusa } from "../../integration-tests/http/helpers/medusa-admin"

type Knex = { raw: (sql: string, bindings?: unknown) => Promise<{ rows: any[] }> }

const JAKARTA: StorefrontAddress = { city: "Jakarta Selatan", province: "DKI Jakarta", postal_code: "12190", country_code: "id" }
const SURABAYA: StorefrontAddress = { city: "Surabaya", province: "Jawa Timur", postal_code: "60271", country_code: "id" }

/** Medusa's tables the backfill reads, and which of their columns hold ids of copied rows. */
const COPIED: Record<string, string[]> = {
  // parents before children (foreign keys)
  order: ["id"],
  return: ["id", "order_id", "claim_id", "exchange_id"],
  order_line_item: ["id"],
  order_item: ["id", "order_id", "item_id"],
  order_shipping_method: ["id"],
  order_shipping: ["id", "order_id", "shipping_method_id", "return_id", "claim_id", "exchange_id"],
  fulfillment: ["id"],
  order_fulfillment: ["id", "order_id", "fulfillment_id"],
  fulfillment_item: ["id", "fulfillment_id", "line_item_id"],
  fulfillment_label: ["id", "fulfillment_id"],
  reservation_item: ["id", "line_item_id"],
  return_item: ["id", "return_id", "item_id"],
  order_change: ["id", "order_id", "return_id", "claim_id", "exchange_id"],
  order_change_action: ["id", "order_id", "order_change_id", "return_id", "claim_id", "exchange_id", "reference_id"],
}

/** The seed: 20 orders, as a store's mix — most delivered, some split, fulfilled, canceled, open, one returned. */
export async function seedHistory(api: any, container: MedusaContainer, headers: Record<string, string>) {
  const store = await buildOmsStore(container)
  const { jakarta, surabaya, medan } = store.centers
  await api.post("/admin/oms/return-reasons/seed", {}, { headers })
  const { data: reasons } = await api.get("/admin/return-reasons?limit=100", { headers })
  const tooSmall = reasons.return_reasons.find((r: any) => r.value === "oms_product_size_does_not_fit").id
  const place = async (items: [string, number][], address: StorefrontAddress) => {
    const id = await placeOrderOf(api, store, items, address)
    await waitForRouting(api, id, headers, 60_000)
    return id
  }
  for (let i = 0; i < 12; i++) await fulfilInMedusa(api, headers, await place([["TEE", 1 + (i % 3)]], JAKARTA), jakarta, ["TEE"], i % 4 === 0 ? "shipped" : "delivered")
  for (let i = 0; i < 2; i++) {
    const split = await place([["BATIK", 1], ["SAMBAL", 1]], JAKARTA)
    await fulfilInMedusa(api, headers, split, jakarta, ["BATIK"], "delivered")
    await fulfilInMedusa(api, headers, split, medan, ["SAMBAL"], "shipped")
  }
  for (let i = 0; i < 2; i++) await fulfilInMedusa(api, headers, await place([["TEE", 1]], SURABAYA), surabaya, ["TEE"], "fulfilled")
  await api.post(`/admin/orders/${await place([["TEE", 1]], SURABAYA)}/cancel`, {}, { headers })
  await place([["SAMBAL", 1]], JAKARTA)
  await place([["TEE", 2]], SURABAYA)
  const returned = await place([["TEE", 3]], JAKARTA)
  await fulfilInMedusa(api, headers, returned, jakarta, ["TEE"], "delivered")
  const [line] = await orderItems(api, headers, returned)
  await returnInMedusa(api, headers, { order_id: returned, location_id: jakarta, line_item_id: line.id, quantity: 2, reason_id: tooSmall }, [[1, 1]])
  // let the live subscribers finish before the rows are copied
  await new Promise((r) => setTimeout(r, 3_000))
}

/** Copies every row of the seed `copies` times (ids suffixed `_h<n>`); returns the orders now held. */
export async function copyHistory(container: MedusaContainer, copies: number): Promise<number> {
  const knex = container.resolve(ContainerRegistrationKeys.PG_CONNECTION) as Knex
  for (const [table, idColumns] of Object.entries(COPIED)) {
    const { rows: columns } = await knex.raw(
      `select column_name, column_default, data_type from information_schema.columns where table_schema = current_schema() and table_name = ? order by ordinal_position`,
      [table]
    )
    // serial numbers (display ids) are drawn anew
    const kept = columns.filter((c) => !String(c.column_default ?? "").startsWith("nextval("))
    const select = kept.map((c) => {
      const name = `"${c.column_name}"`
      if (idColumns.includes(c.column_name)) return `case when ${name} is null then null else ${name} || '_h' || n end`
      if (table === "order_change_action" && c.column_name === "details") {
        return `case when details->>'reference_id' is not null then jsonb_set(details, '{reference_id}', to_jsonb((details->>'reference_id') || '_h' || n)) else details end`
      }
      return name
    })
    await knex.raw(
      `insert into "${table}" (${kept.map((c) => `"${c.column_name}"`).join(", ")})
       select ${select.join(", ")} from "${table}" cross join generate_series(1, ?) as n where "${table}".id not like '%\\_h%'`,
      [copies]
    )
  }
  const { rows } = await knex.raw(`select count(*)::int as n from "order"`)
  return rows[0].n
}

/** The OMS's rows gone, as on a store that had no OMS while its history happened. */
export async function forgetOms(container: MedusaContainer) {
  const knex = container.resolve(ContainerRegistrationKeys.PG_CONNECTION) as Knex
  for (const table of ["oms_return_line", "oms_shipment", "oms_order_event", "oms_order_allocation", "oms_routing_decision", "oms_order"]) {
    await knex.raw(`delete from ${table}`)
  }
}
