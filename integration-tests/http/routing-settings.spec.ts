import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { createAdminHeaders } from "./helpers/admin-auth"
import { buildOmsStore } from "./helpers/oms-store"
import { placeOrderOf, waitForRouting } from "./helpers/storefront"
import { MEDAN } from "./helpers/fixtures"

jest.setTimeout(240 * 1000)

/** Routing settings edited in the admin instead of medusa-config.ts: saved, audited, used by the next order. */
medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let store: Awaited<ReturnType<typeof buildOmsStore>>
    let headers: Record<string, string>
    let userId: string
    const post = (body: Record<string, unknown>, h = headers) => api.post("/admin/oms/settings/routing", body, { headers: h }).catch((e: any) => e.response)
    const get = async () => {
      const res = await api.get("/admin/oms/settings/routing", { headers })
      expect(res.status).toBe(200)
      return res.data
    }
    const strategyOf = async (orderId: string) => (await api.get(`/admin/oms/orders/${orderId}`, { headers })).data.order.routing.strategy

    beforeEach(async () => {
      const container = getContainer()
      store = await buildOmsStore(container)
      ;({ headers, user_id: userId } = await createAdminHeaders(container))
    })

    it("saves a strategy the next order is routed with, keeps who changed what, and clears back to the plugin option", async () => {
      const start = await get()
      expect(start.settings).toMatchObject({ strategy: "closest_full_stock", max_shipments: 3, source: { strategy: "default", max_shipments: "default" } })
      expect(start.defaults).toMatchObject({ strategy: "closest_full_stock", max_shipments: 3 })
      expect(start.changes).toEqual([])

      const saved = await post({ strategy: "fewest_shipments", per_parcel: 12000 })
      expect(saved.status).toBe(200)
      expect(saved.data).toMatchObject({ changed: true, settings: { strategy: "fewest_shipments", costs: { per_parcel: 12000 }, source: { strategy: "saved", per_parcel: "saved", per_kg_km: "default" } } })
      expect(saved.data.changes).toHaveLength(1)
      expect(saved.data.changes[0]).toMatchObject({ actor: userId, before: { strategy: null, per_parcel: null }, after: { strategy: "fewest_shipments", per_parcel: 12000 } })

      const orderId = await placeOrderOf(api, store, [["TEE", 1]], MEDAN)
      await waitForRouting(api, orderId, headers)
      expect(await strategyOf(orderId)).toBe("fewest_shipments")

      // the same values again: nothing changes, nothing is written
      const again = await post({ strategy: "fewest_shipments" })
      expect([again.status, again.data.changed, again.data.changes.length]).toEqual([200, false, 1])

      // null gives the choice back to the plugin option
      const cleared = await post({ strategy: null })
      expect(cleared.data.settings).toMatchObject({ strategy: "closest_full_stock", source: { strategy: "default", per_parcel: "saved" } })
      expect(cleared.data.changes[0]).toMatchObject({ before: { strategy: "fewest_shipments" }, after: { strategy: null } })
      const next = await placeOrderOf(api, store, [["TEE", 1]], MEDAN)
      await waitForRouting(api, next, headers)
      expect(await strategyOf(next)).toBe("closest_full_stock")
    })

    it("refuses bad values naming the field and saves nothing; needs an admin", async () => {
      for (const [body, field] of [
        [{ strategy: "teleport" }, "strategy"],
        [{ max_shipments: 0 }, "max_shipments"],
        [{ max_shipments: 2.5 }, "max_shipments"],
        [{ per_parcel: -1 }, "per_parcel"],
        [{ per_kg_km: 1e9 }, "per_kg_km"],
        [{ per_parcel: "9000" }, "per_parcel"],
        [{ colour: "red" }, "colour"],
      ] as const) {
        const res = await post(body)
        expect([JSON.stringify(body), res.status]).toEqual([JSON.stringify(body), 400])
        expect(res.data.message).toContain(field)
      }
      expect((await get()).changes).toEqual([])
      expect((await post({ strategy: "cost" }, {})).status).toBe(401)
      expect((await api.get("/admin/oms/settings/routing").catch((e: any) => e.response)).status).toBe(401)
      expect((await get()).settings.strategy).toBe("closest_full_stock")
    })
  },
})
