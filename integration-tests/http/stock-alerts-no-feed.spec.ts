import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { STOCK_MODULE } from "../../src/modules/stock"
import { postStockAlertsWorkflow } from "../../src/workflows/stock-alerts/post-stock-alerts"
import { createAdminHeaders } from "./helpers/admin-auth"
import { buildOmsStore } from "./helpers/oms-store"

jest.setTimeout(180 * 1000)

// A host whose notification config leaves out the feed (medusa-config.ts reads this at boot).
const previous = process.env.OMS_DEV_NO_FEED
process.env.OMS_DEV_NO_FEED = "true"
afterAll(() => {
  if (previous === undefined) delete process.env.OMS_DEV_NO_FEED
  else process.env.OMS_DEV_NO_FEED = previous
})

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    it("without a feed provider, logs it once and keeps the alerts for the stock-health page", async () => {
      const container = getContainer()
      const store = await buildOmsStore(container)
      const { headers } = await createAdminHeaders(container)
      const warn = jest.spyOn(container.resolve(ContainerRegistrationKeys.LOGGER), "warn")
      const stock = container.resolve(STOCK_MODULE)
      const healthRow = (sku: string, centre: keyof typeof store.centers, condition: string) =>
        stock.createStockHealths([
          { inventory_item_id: store.catalog[sku].inventory_item_id, stock_location_id: store.centers[centre], sku, title: sku, on_hand: 0, available: 0, reorder_point: 4, days_of_supply: 0, condition, refreshed_at: new Date() },
        ] as never)
      const run = async () => (await postStockAlertsWorkflow(container).run({ input: {} })).result
      const noFeedWarnings = () => warn.mock.calls.filter(([message]) => String(message).includes("stock alerts are not posted to the admin's notifications"))

      // what such a host's notification module does with a feed message: refuses it, no provider found
      await expect(
        container.resolve(Modules.NOTIFICATION).createNotifications({ to: "", channel: "feed", template: "admin-ui", data: { title: "x" } })
      ).rejects.toThrow(/Could not find a notification provider for channel: feed/)

      await healthRow("TEE", "jakarta", "stock_out")
      expect(await run()).toMatchObject({ messages: 1, posted: 0, recorded: 1, feed_available: false })
      await healthRow("MUG", "medan", "low")
      expect(await run()).toMatchObject({ messages: 1, posted: 0, recorded: 1, feed_available: false })
      expect(await run()).toMatchObject({ messages: 0, recorded: 0 })
      expect(noFeedWarnings()).toHaveLength(1)
      expect(noFeedWarnings()[0][0]).toContain("this store has no notification provider for the feed channel")

      const listed = (await api.get(`/admin/oms/stock-alerts?status=open`, { headers })).data
      expect(listed.feed_available).toBe(false)
      expect(listed.alerts.map((a: any) => [a.kind, a.sku, a.location_name, a.in_feed])).toEqual([
        ["low_stock", "MUG", "Medan FC", false],
        ["stock_out", "TEE", "Jakarta FC", false],
      ])
      // only the probe above reached the notification module
      expect(await container.resolve(Modules.NOTIFICATION).listNotifications({ channel: "feed" }, { take: null })).toHaveLength(1)
    })
  },
})
