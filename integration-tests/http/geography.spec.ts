import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { OMS_MODULE } from "../../src/modules/oms"
import { createAdminHeaders } from "./helpers/admin-auth"
import { buildOmsStore, TEST_CENTERS } from "./helpers/oms-store"
import { placeOrderOf, waitForRouting } from "./helpers/storefront"
import { JAKARTA, MEDAN, SURABAYA } from "./helpers/fixtures"
import { inventoryLevel } from "./helpers/warehouse"

jest.setTimeout(240 * 1000)

const TARAKAN = { city: "Tarakan", province: "Kalimantan Utara", postal_code: "77111", country_code: "id" }

/** Great-circle km, written out here rather than taken from the plugin. */
function greatCircleKm(a: { latitude: number; longitude: number }, b: { latitude: number; longitude: number }) {
  const rad = Math.PI / 180
  const x = Math.sin(((b.latitude - a.latitude) * rad) / 2) ** 2 +
    Math.cos(a.latitude * rad) * Math.cos(b.latitude * rad) * Math.sin(((b.longitude - a.longitude) * rad) / 2) ** 2
  return 2 * 6371.0088 * Math.asin(Math.sqrt(x))
}

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let store: Awaited<ReturnType<typeof buildOmsStore>>
    let headers: Record<string, string>
    const get = (url: string, h: Record<string, string> | undefined = headers) => api.get(url, { headers: h }).catch((e: any) => e.response)
    const knex = () => getContainer().resolve(ContainerRegistrationKeys.PG_CONNECTION)
    const geography = async (query: Record<string, string> = {}) => {
      const res = await get(`/admin/oms/geography?${new URLSearchParams(query)}`)
      expect(res.status).toBe(200)
      return res.data
    }
    const coordinatesOf = (locationId: string) => {
      const key = (Object.keys(store.centers) as (keyof typeof TEST_CENTERS)[]).find((k) => store.centers[k] === locationId)!
      return TEST_CENTERS[key]
    }
    /** The order's farthest parcel: its routed centres (shipments) to the point its address was placed at. */
    const farthestParcelKm = async (orderId: string) => {
      const [demand] = await knex()("oms_order_demand").select("latitude", "longitude").where({ order_id: orderId })
      const centres = await knex()("oms_shipment").distinct("stock_location_id").where({ order_id: orderId }).whereNull("deleted_at")
        .whereNot("stage", "rerouted").whereNotNull("stock_location_id")
      return Math.max(...centres.map((c: any) => greatCircleKm(coordinatesOf(c.stock_location_id), demand)))
    }
    const mean = (values: number[]) => values.reduce((a, b) => a + b, 0) / values.length

    beforeEach(async () => {
      store = await buildOmsStore(getContainer())
      headers = (await createAdminHeaders(getContainer())).headers
    })

    it("counts store orders, units and distance per province, draws new provinces in their parent, and a SKU's demand against its stock", async () => {
      const placed: Record<string, { id: string; units: number; tee: number }[]> = { JK: [], JI: [], SU: [], KU: [] }
      const place = async (code: string, address: typeof JAKARTA, items: [string, number][]) => {
        const id = await placeOrderOf(api, store, items, address)
        await waitForRouting(api, id, headers)
        const units = items.reduce((n, [, q]) => n + q, 0)
        placed[code].push({ id, units, tee: items.filter(([sku]) => sku === "TEE").reduce((n, [, q]) => n + q, 0) })
      }
      await place("JK", JAKARTA, [["TEE", 1]])
      await place("JK", JAKARTA, [["TEE", 2], ["BATIK", 1]])
      await place("JI", SURABAYA, [["TEE", 3]])
      await place("SU", MEDAN, [["SAMBAL", 2]])
      await place("KU", TARAKAN, [["TEE", 1]])

      const data = await geography()
      const all = Object.values(placed).flat()
      expect(data.total.orders).toBe(all.length)
      expect(data.total.units).toBe(all.reduce((n, o) => n + o.units, 0))
      expect(data.countries.map((c: any) => [c.country_code, c.orders])).toEqual([["ID", all.length]])
      expect(data.unknown_province.orders).toBe(0)
      for (const [code, orders] of Object.entries(placed)) {
        const row = data.provinces.find((p: any) => p.code === code)
        expect([code, row?.orders, row?.units]).toEqual([code, orders.length, orders.reduce((n, o) => n + o.units, 0)])
        const expectedKm = mean(await Promise.all(orders.map((o) => farthestParcelKm(o.id))))
        expect(Math.abs(row.average_distance_km - expectedKm)).toBeLessThanOrEqual(0.1)
      }
      expect(data.provinces.map((p: any) => p.code).sort()).toEqual(Object.keys(placed).sort())
      // North Kalimantan has no shape of its own: it is drawn (and counted) inside East Kalimantan
      expect(data.shapes.find((s: any) => s.code === "KI")).toMatchObject({ provinces: ["KU"], orders: 1, units: 1 })
      expect(data.province_names).toMatchObject({ JK: "DKI Jakarta", KU: "Kalimantan Utara" })
      expect(Object.keys(data.province_names)).toHaveLength(38)
      expect(data.centres.map((c: any) => [c.name, c.latitude, c.longitude])).toEqual(
        ["jakarta", "medan", "surabaya"].map((k) => [TEST_CENTERS[k as "jakarta"].name, TEST_CENTERS[k as "jakarta"].latitude, TEST_CENTERS[k as "jakarta"].longitude])
      )

      // one SKU: only the orders with it, only its units, and its stock at each centre from Medusa
      const tee = store.catalog["TEE"].inventory_item_id
      const sku = await geography({ inventory_item_id: tee })
      expect(sku.item).toEqual({ id: tee, sku: "TEE", title: "TEE", product_title: "Tee" })
      const withTee = all.filter((o) => o.tee > 0)
      expect(sku.total).toMatchObject({ orders: withTee.length, units: withTee.reduce((n, o) => n + o.tee, 0) })
      expect(sku.provinces.find((p: any) => p.code === "JK")).toMatchObject({ orders: 2, units: 3 })
      expect(sku.provinces.find((p: any) => p.code === "SU")).toBeUndefined()
      for (const centre of sku.centres) {
        const level = await inventoryLevel(getContainer(), tee, centre.stock_location_id)
        expect(centre.stock).toEqual({ on_hand: level.stocked, reserved: level.reserved, available: level.stocked - level.reserved })
      }
      expect(sku.centres.reduce((n: number, c: any) => n + c.stock.reserved, 0)).toBe(withTee.reduce((n, o) => n + o.tee, 0))

      // a period before the orders counts none
      const before = await geography({ from: "2020-01-01T00:00:00Z", to: "2020-02-01T00:00:00Z" })
      expect(before.total).toEqual({ orders: 0, units: 0, average_distance_km: null })
      expect(before.provinces).toEqual([])
    })

    it("keeps other countries, unknown provinces and other channels apart, and checks its input", async () => {
      const channel = await getContainer().resolve(Modules.SALES_CHANNEL).createSalesChannels({ name: "Marketplace" })
      const oms = getContainer().resolve(OMS_MODULE)
      const at = new Date(Date.now() - 86_400_000)
      const row = (over: Record<string, unknown>) => ({
        order_id: `order_${Math.random().toString(36).slice(2)}`, placed_at: at, sales_channel_id: channel.id, country_code: "id",
        province: "JB", latitude: null, longitude: null, distance_km: null, units: 1, lines: [], items: [], ...over,
      })
      await oms.createOrderDemands([
        row({ country_code: "sg", province: "Central", units: 2, distance_km: 900 }),
        row({ country_code: "sg", province: null, units: 1, distance_km: 950 }),
        row({ province: "Jawa Kulon", units: 4 }),
        row({ province: "JB", units: 3, distance_km: 120 }),
        row({ province: "JB", units: 1, sales_channel_id: "sc_elsewhere", distance_km: 40 }),
        row({ province: "JB", units: 5, placed_at: new Date(Date.now() - 40 * 86_400_000) }),
      ] as never)
      const data = await geography({ sales_channel_id: channel.id })
      expect(data.countries).toEqual([
        { country_code: "ID", orders: 2, units: 7, average_distance_km: 120 },
        { country_code: "SG", orders: 2, units: 3, average_distance_km: 925 },
      ])
      expect(data.provinces).toEqual([{ code: "JB", orders: 1, units: 3, average_distance_km: 120 }])
      expect(data.unknown_province).toEqual({ orders: 1, units: 4, average_distance_km: null })
      // without the channel filter the other channel's order is there too; the 40-day-old one only in a longer period
      expect((await geography()).provinces).toEqual([{ code: "JB", orders: 2, units: 4, average_distance_km: 80 }])
      const longer = await geography({ from: new Date(Date.now() - 60 * 86_400_000).toISOString() })
      expect(longer.provinces).toEqual([{ code: "JB", orders: 3, units: 9, average_distance_km: 80 }])

      for (const [query, field] of [
        ["from=yesterday", "from"],
        ["from=2026-02-01T00:00:00Z&to=2026-01-01T00:00:00Z", "from"],
        ["from=2020-01-01T00:00:00Z&to=2026-01-01T00:00:00Z", "from"],
        ["to=2026-13-45", "to"],
        ["sales_channel_id=a%20b", "sales_channel_id"],
        ["inventory_item_id=" + "x".repeat(101), "inventory_item_id"],
        ["colour=blue", "colour"],
      ]) {
        const res = await get(`/admin/oms/geography?${query}`)
        expect([query, res.status]).toEqual([query, 400])
        expect(res.data.message).toContain(field)
      }
      for (const [query, what] of [["inventory_item_id=iitem_01JAAAAAAAAAAAAAAAAAAAAAAA", "Inventory item"], ["sales_channel_id=sc_01JAAAAAAAAAAAAAAAAAAAAAAA", "Sales channel"]]) {
        const res = await get(`/admin/oms/geography?${query}`)
        expect([query, res.status]).toEqual([query, 404])
        expect(res.data.message).toContain(what)
      }
      expect((await get("/admin/oms/geography", {})).status).toBe(401)
    })
  },
})
