import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { dayBounds, rollupDayOf } from "../../src/lib/kpi"
import { refreshKpiRollupsWorkflow } from "../../src/workflows/kpis/refresh-kpi-rollups"
import { createAdminHeaders } from "./helpers/admin-auth"
import { buildOmsStore } from "./helpers/oms-store"
import { placeOrderOf, waitForRouting } from "./helpers/storefront"
import { CARTON, JAKARTA, SURABAYA } from "./helpers/fixtures"
import { packShipDeliver } from "./helpers/journey"

jest.setTimeout(240 * 1000)

const ZONE = "Asia/Jakarta"
const DAY_MS = 86_400_000

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let store: Awaited<ReturnType<typeof buildOmsStore>>
    let headers: Record<string, string>
    const post = (url: string, body: Record<string, unknown> = {}) => api.post(url, body, { headers }).catch((e: any) => e.response)
    const get = (url: string) => api.get(url, { headers }).catch((e: any) => e.response)
    const knex = () => getContainer().resolve(ContainerRegistrationKeys.PG_CONNECTION)
    const refresh = async () => (await refreshKpiRollupsWorkflow(getContainer()).run({ input: {} })).result
    /** The orders' history moved `days` back, stamped as changed (as any journey step stamps it). */
    const placeDaysAgo = (orderIds: string[], days: number) =>
      knex().raw(`update oms_shipment set placed_at = placed_at - (? * interval '1 day'), updated_at = now() where order_id = any(?)`, [days, orderIds])
    /** Jakarta's last 14 days, today included: how the dashboard asks. */
    const fortnight = () => {
      const today = rollupDayOf(new Date(), ZONE)
      const to = dayBounds(today, ZONE).to
      return { from: new Date(to.getTime() - 14 * DAY_MS).toISOString(), to: to.toISOString() }
    }
    const kpis = async (query: Record<string, string> = {}) => {
      const res = await get(`/admin/oms/kpis?${new URLSearchParams({ ...fortnight(), ...query })}`)
      expect(res.status).toBe(200)
      return res.data
    }
    /** Jakarta's last 100 days, which hold at least two whole past months. */
    const hundredDays = async () => {
      const to = dayBounds(rollupDayOf(new Date(), ZONE), ZONE).to
      const res = await get(`/admin/oms/kpis?${new URLSearchParams({ from: new Date(to.getTime() - 100 * DAY_MS).toISOString(), to: to.toISOString() })}`)
      expect(res.status).toBe(200)
      return res.data
    }
    /** Forces the KPIs to be worked out from the fact rows alone: the reference the rollups must match. */
    const fromFactsAlone = async (query: Record<string, string> = {}) => {
      const saved = await knex()("oms_kpi_rollup").select("*")
      await knex()("oms_kpi_rollup").delete()
      try {
        const data = await kpis(query)
        expect(data.sources.rolled_days).toBe(0)
        return data
      } finally {
        if (saved.length) await knex()("oms_kpi_rollup").insert(saved.map((r: any) => ({ ...r, partial: JSON.stringify(r.partial) })))
      }
    }

    beforeEach(async () => {
      const container = getContainer()
      store = await buildOmsStore(container)
      headers = (await createAdminHeaders(container)).headers
      await post(`/admin/oms/centers/${store.centers.jakarta}/cartons`, CARTON)
    })

    it("reads past days from the rollups with the same KPIs as the fact rows give, and follows changes after a refresh", async () => {
      // three orders placed "three days ago" (two delivered, one waiting), one placed today
      const place = async (address = JAKARTA) => {
        const id = await placeOrderOf(api, store, [["TEE", 1]], address)
        await waitForRouting(api, id, headers)
        return id
      }
      const [a, b, c] = [await place(), await place(), await place(SURABAYA)]
      await packShipDeliver(post, a, ["TEE"])
      await packShipDeliver(post, b, ["TEE"])
      const today = await place()
      await placeDaysAgo([a, b, c], 3)

      const reference = await fromFactsAlone()
      expect(reference.kpis.orders).toBe(4)
      const first = await refresh()
      expect(first.rewritten).toBeGreaterThanOrEqual(2) // three days ago and today
      const rolled = await kpis()
      expect(rolled.sources.rolled_days).toBeGreaterThanOrEqual(1) // today is never read from a rollup
      expect(rolled.kpis).toEqual(reference.kpis)
      expect(rolled.previous).toEqual(reference.previous)
      // the same for one centre and one channel: each filter has its own rollup cell
      for (const query of [{ stock_location_id: store.centers.jakarta }, { region_id: store.regionId }, { sales_channel_id: store.basics.sales_channel_id }]) {
        expect((await kpis(query)).kpis).toEqual((await fromFactsAlone(query)).kpis)
      }

      // a rating arrives for a past order (as the store route stores it): the refresh finds the order's day
      await knex()("oms_feedback").insert({ id: "omsfb_rollup_test", order_id: a, rating: 5, source: "link", stock_location_id: store.centers.jakarta })
      await refresh()
      const rated = await kpis()
      expect(rated.kpis.csat.distribution).toEqual([0, 0, 0, 0, 1])
      expect(rated.kpis).toEqual((await fromFactsAlone()).kpis)

      // a past order delivered later: the refresh picks up its changed facts
      await packShipDeliver(post, c, ["TEE"])
      const second = await refresh()
      expect(second.rewritten).toBeGreaterThanOrEqual(1)
      const after = await kpis()
      expect(after.kpis).toEqual((await fromFactsAlone()).kpis)
      expect(after.kpis.cycle_times.placed_to_delivered.count).toBe(reference.kpis.cycle_times.placed_to_delivered.count + 1)

      // nothing changed: another refresh (it looks back two minutes again) leaves the figures as they are
      await refresh()
      expect((await kpis()).kpis).toEqual(after.kpis)

      // a centre's cut-off changes every day's on-time figures: every day is worked out again
      expect((await post(`/admin/oms/centers/${store.centers.jakarta}`, { cutoff_time: "00:01" })).status).toBe(200)
      expect((await refresh()).rewritten).toBeGreaterThanOrEqual(2)
      expect((await kpis()).kpis).toEqual((await fromFactsAlone()).kpis)
      expect(today).toBeTruthy()

      // an order of a whole past month: read from the month's row, with the same figures
      await placeDaysAgo([b], 45)
      await refresh()
      const monthRows = await knex()("oms_kpi_rollup").where({ grain: "month", stock_location_key: "*", sales_channel_key: "*", region_key: "*" }).select("day", "orders")
      expect(monthRows.some((r: any) => r.orders === 1)).toBe(true)
      const long = await hundredDays()
      expect(long.sources.rolled_days).toBeGreaterThanOrEqual(28)
      const saved = await knex()("oms_kpi_rollup").select("*")
      await knex()("oms_kpi_rollup").delete()
      const alone = await hundredDays()
      await knex()("oms_kpi_rollup").insert(saved.map((r: any) => ({ ...r, partial: JSON.stringify(r.partial) })))
      expect(alone.sources.rolled_days).toBe(0)
      expect(long.kpis).toEqual(alone.kpis)
      expect(long.kpis.orders).toBe(4)
    })

    it("refuses a period longer than the dashboard reads, naming the field", async () => {
      const res = await get(`/admin/oms/kpis?from=2020-01-01T00:00:00Z&to=2026-01-01T00:00:00Z`)
      expect(res.status).toBe(400)
      expect(res.data.message).toContain("from")
      expect(await knex()("oms_kpi_rollup").count({ n: "*" })).toEqual([{ n: "0" }])
    })
  },
})
