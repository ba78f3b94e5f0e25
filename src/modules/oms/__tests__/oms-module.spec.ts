import { moduleIntegrationTestRunner } from "@medusajs/test-utils"
import { OMS_MODULE } from ".."
import OmsModuleService from "../service"
import FulfillmentCenter from "../models/fulfillment-center"
import OmsOrder from "../models/oms-order"
import OrderAllocation from "../models/order-allocation"
import OrderEvent from "../models/order-event"
import RoutingDecision from "../models/routing-decision"
import Shipment from "../models/shipment"

jest.setTimeout(60 * 1000)

const decision = (order_id: string, sequence: number) => ({
  order_id,
  sequence,
  trigger: "order.placed",
  strategy: "closest_full_stock",
  rule: "closest centre with full stock",
  allocations: [],
  backordered: [],
  explanation: {},
  shipment_count: 1,
  decided_at: new Date(),
})

moduleIntegrationTestRunner<OmsModuleService>({
  moduleName: OMS_MODULE,
  moduleModels: [FulfillmentCenter, OmsOrder, RoutingDecision, OrderAllocation, OrderEvent, Shipment],
  resolve: "./src/modules/oms",
  moduleOptions: { strategy: "priority", maxShipments: 2 },
  testSuite: ({ service }) => {
    it("exposes validated plugin options", () => {
      expect(service.getOptions()).toMatchObject({ strategy: "priority", maxShipments: 2, lowStockThreshold: 5, unroutedAfterMinutes: 5, unroutedLookbackHours: 24 })
      expect(service.getOptions().shippingCosts).toMatchObject({ per_parcel: 9000, per_kg_km: 20 })
    })

    it("keeps one profile per stock location", async () => {
      await service.createFulfillmentCenters({ stock_location_id: "sloc_1", latitude: -6.2, longitude: 106.8 })
      await expect(service.createFulfillmentCenters({ stock_location_id: "sloc_1" })).rejects.toThrow()
      const [center] = await service.listFulfillmentCenters({ stock_location_id: "sloc_1" })
      expect(center).toMatchObject({ priority: 100, active: true, time_zone: "Asia/Jakarta", serves_provinces: [] })
    })

    it("refuses a second decision with the same sequence for an order (duplicate event guard)", async () => {
      await service.createRoutingDecisions(decision("order_1", 1))
      await expect(service.createRoutingDecisions(decision("order_1", 1))).rejects.toThrow()
      await service.createRoutingDecisions(decision("order_1", 2))
      expect(await service.listRoutingDecisions({ order_id: "order_1" })).toHaveLength(2)
    })

    it("counts distinct orders per centre since a given instant, ignoring inactive rows and one order", async () => {
      const since = new Date(Date.now() - 60_000)
      await service.createOrderAllocations([
        { order_id: "o1", decision_id: "d1", stock_location_id: "jkt", line_item_id: "l1", quantity: 1 },
        { order_id: "o1", decision_id: "d1", stock_location_id: "jkt", line_item_id: "l2", quantity: 1 },
        { order_id: "o2", decision_id: "d2", stock_location_id: "jkt", line_item_id: "l3", quantity: 1 },
        { order_id: "o3", decision_id: "d3", stock_location_id: "sby", line_item_id: "l4", quantity: 1, active: false },
        { order_id: "o4", decision_id: "d4", stock_location_id: "sby", line_item_id: "l5", quantity: 2 },
      ])
      const windows = [
        { stock_location_id: "jkt", since },
        { stock_location_id: "sby", since },
      ]
      expect(await service.countOrdersRoutedSince(windows)).toEqual({ jkt: 2, sby: 1 })
      expect(await service.countOrdersRoutedSince(windows, "o2")).toEqual({ jkt: 1, sby: 1 })
      expect(await service.countOrdersRoutedSince([{ stock_location_id: "jkt", since: new Date(Date.now() + 60_000) }])).toEqual({})
    })

    it("moves shipments only through the stage machine, derives the order's stage and undoes exactly", async () => {
      await service.createOmsOrders({ order_id: "o_split", stage: "placed" })
      const { result: routed } = await service.moveShipments({
        creates: [
          { order_id: "o_split", stock_location_id: "jkt", backordered: false, patch: { lines: [{ line_item_id: "l1", quantity: 1 }] } },
          { order_id: "o_split", stock_location_id: "sby", backordered: false, patch: { lines: [{ line_item_id: "l2", quantity: 1 }] } },
        ],
      })
      expect(routed.order_stages).toEqual({ o_split: "routed" })
      // Jakarta's part goes all the way; the order stays as far as its Surabaya part
      for (const action of ["wave", "pick", "pack", "ship"] as const) {
        await service.moveShipments({ moves: [{ order_id: "o_split", stock_location_id: "jkt", action, strict: true, picks_from_bins: true }] })
      }
      const [order] = await service.listOmsOrders({ order_id: "o_split" })
      expect(order.stage).toBe("routed")
      // Surabaya being waved does not move Jakarta back, and the order is "waved" (its slowest part)
      const { result: waved, undo } = await service.moveShipments({ moves: [{ order_id: "o_split", stock_location_id: "sby", action: "wave", strict: true }] })
      expect(waved.order_stages).toEqual({ o_split: "waved" })
      const stages = async () => Object.fromEntries((await service.listShipments({ order_id: "o_split" })).map((s) => [s.stock_location_id, s.stage]))
      expect(await stages()).toEqual({ jkt: "shipped", sby: "waved" })
      // an illegal move refuses the whole call and changes nothing
      await expect(
        service.moveShipments({ moves: [{ order_id: "o_split", stock_location_id: "jkt", action: "wave", strict: true }] })
      ).rejects.toMatchObject({ type: "not_allowed" })
      // a redelivered event is a no-op; a lenient illegal one is skipped and reported
      const { result: again } = await service.moveShipments({ moves: [{ order_id: "o_split", stock_location_id: "jkt", action: "ship" }, { order_id: "o_split", stock_location_id: "sby", action: "deliver" }] })
      expect(again.moved).toHaveLength(1)
      expect(again.moved[0]).toMatchObject({ stock_location_id: "sby", from: "waved", to: "delivered" })
      await service.moveShipments({ moves: [{ order_id: "o_split", stock_location_id: "sby", action: "wave" }] }).then(({ result }) => expect(result.skipped).toHaveLength(1))
      // undo of the waving restores stage, order stage and timeline
      const before = (await service.listOrderEvents({ order_id: "o_split" })).length
      await service.undoShipmentMoves(undo)
      expect((await service.listOrderEvents({ order_id: "o_split" })).length).toBe(before - 1)
      const [afterUndo] = await service.listOmsOrders({ order_id: "o_split" })
      expect(afterUndo.stage).toBe("routed")
    })
  },
})
