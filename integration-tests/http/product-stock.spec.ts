import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { STOCK_MODULE } from "../../src/modules/stock"
import type StockModuleService from "../../src/modules/stock/service"
import { createAdminHeaders } from "./helpers/admin-auth"
import { buildOmsStore } from "./helpers/oms-store"

jest.setTimeout(120 * 1000)

/**
 * GET /admin/oms/products/:id/stock — the product page's stock by centre: the health rows of the
 * product's variants' inventory items, named by centre; 404 for an unknown product, 400 for an
 * unknown parameter, 401 without an admin.
 */
medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let store: Awaited<ReturnType<typeof buildOmsStore>>
    let headers: Record<string, string>
    const get = (url: string, extra: { headers?: Record<string, string> } = { headers }) => api.get(url, extra).catch((e: any) => e.response)
    const productId = async (handle: string) => (await get(`/admin/products?handle=${handle}&fields=id`)).data.products[0].id as string

    beforeEach(async () => {
      const container = getContainer()
      store = await buildOmsStore(container)
      headers = (await createAdminHeaders(container)).headers
    })

    const healthRow = (sku: string, centre: keyof typeof store.centers, fields: Record<string, unknown>, refreshed_at: Date) => ({
      inventory_item_id: store.catalog[sku].inventory_item_id,
      stock_location_id: store.centers[centre],
      sku,
      title: sku,
      refreshed_at,
      ...fields,
    })

    it("lists the variant's health row at every centre that has one, by centre name, with the last refresh", async () => {
      const stock = getContainer().resolve<StockModuleService>(STOCK_MODULE)
      const earlier = new Date("2026-11-30T10:00:00Z")
      const later = new Date("2026-11-30T10:05:00Z")
      await stock.createStockHealths([
        healthRow("TEE", "surabaya", { on_hand: 10, available: 8, velocity_28: 0.5, days_of_supply: 16, reorder_point: 5.2, suggested_order: 0, condition: "ok" }, earlier),
        healthRow("TEE", "jakarta", { on_hand: 1, available: 0, velocity_28: 1.25, days_of_supply: 0, reorder_point: 12.4, suggested_order: 38, condition: "stock_out" }, later),
        // another product's row stays out
        healthRow("BATIK", "jakarta", { on_hand: 5, available: 5, condition: "dead" }, later),
      ])

      const res = await get(`/admin/oms/products/${await productId("tee")}/stock`)
      expect(res.status).toBe(200)
      const { product_stock } = res.data
      expect(product_stock.refreshed_at).toBe(later.toISOString())
      expect(product_stock.variants).toHaveLength(1)
      expect(product_stock.variants[0]).toMatchObject({ sku: "TEE", variant_id: store.catalog.TEE.variant_id, inventory_item_id: store.catalog.TEE.inventory_item_id })
      expect(product_stock.variants[0].centres).toEqual([
        { stock_location_id: store.centers.jakarta, location_name: "Jakarta FC", on_hand: 1, available: 0, velocity_28: 1.25, days_of_supply: 0, reorder_point: 12.4, suggested_order: 38, condition: "stock_out" },
        { stock_location_id: store.centers.surabaya, location_name: "Surabaya FC", on_hand: 10, available: 8, velocity_28: 0.5, days_of_supply: 16, reorder_point: 5.2, suggested_order: 0, condition: "ok" },
      ])
    })

    it("a product without health rows yet: its variants with no centres, never refreshed", async () => {
      const res = await get(`/admin/oms/products/${await productId("mug")}/stock`)
      expect(res.status).toBe(200)
      expect(res.data.product_stock).toMatchObject({ refreshed_at: null, variants: [{ sku: "MUG", centres: [] }] })
    })

    it("refuses an unknown product (404), an unknown parameter (400 naming it) and a request without an admin (401)", async () => {
      const unknown = await get("/admin/oms/products/prod_01JAAAAAAAAAAAAAAAAAAAAAAA/stock")
      expect(unknown.status).toBe(404)
      expect(unknown.data.message).toMatch(/not found/)

      const extra = await get(`/admin/oms/products/${await productId("tee")}/stock?days=30`)
      expect(extra.status).toBe(400)
      expect(extra.data.message).toMatch(/days/)

      const anonymous = await get(`/admin/oms/products/${await productId("tee")}/stock`, {})
      expect(anonymous.status).toBe(401)
    })
  },
})
