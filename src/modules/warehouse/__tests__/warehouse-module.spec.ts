import { moduleIntegrationTestRunner } from "@medusajs/test-utils"
import { MedusaError } from "@medusajs/framework/utils"
import { WAREHOUSE_MODULE } from ".."
import WarehouseModuleService from "../service"
import { MoveBinStockInput } from "../types"
import Bin from "../models/bin"
import BinMovement from "../models/bin-movement"
import BinStock from "../models/bin-stock"
import Carton from "../models/carton"
import PackSession from "../models/pack-session"
import PickLine from "../models/pick-line"
import WarehouseLayout from "../models/warehouse-layout"
import Wave from "../models/wave"
import WaveOrder from "../models/wave-order"

jest.setTimeout(60 * 1000)

const JKT = "sloc_jkt"
const SBY = "sloc_sby"
const ITEM = "iitem_1"

const layoutInput = (stock_location_id: string) => ({
  stock_location_id,
  zone_code: "A",
  aisles: 4,
  bays_per_aisle: 10,
  levels: 3,
  bay_width_m: 1.2,
  aisle_width_m: 3,
  cross_aisles: 2,
  cross_aisle_width_m: 2,
  depot_aisle: 1,
})

const binInput = (layout_id: string, stock_location_id: string, code: string, extra: Record<string, unknown> = {}) => ({
  layout_id,
  stock_location_id,
  code,
  zone: "A",
  aisle: 1,
  bay: 1,
  level: 1,
  side: "L" as const,
  x_m: 0,
  y_m: 1.6,
  block: 1,
  ...extra,
})

const emptyRoute = { stops: [], distance_m: 0, s_shape_distance_m: 0, method: "s-shape" }

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

moduleIntegrationTestRunner<WarehouseModuleService>({
  moduleName: WAREHOUSE_MODULE,
  moduleModels: [WarehouseLayout, Bin, BinStock, BinMovement, Carton, Wave, WaveOrder, PickLine, PackSession],
  resolve: "./src/modules/warehouse",
  // Build the test schema from the committed migration, so the partial unique indexes and
  // checks under test are the ones a host gets from `medusa db:migrate`.
  pathToMigrations: "./src/modules/warehouse/migrations",
  testSuite: ({ service, MikroOrmWrapper }) => {
    /** Two bins at JKT (A1, A2), one inactive bin at JKT (A9) and one bin at SBY (S1). */
    const setupBins = async () => {
      const [jkt, sby] = await service.createWarehouseLayouts([layoutInput(JKT), layoutInput(SBY)])
      const [a1, a2, a9, s1] = await service.createBins([
        binInput(jkt.id, JKT, "A-01-01-1-L"),
        binInput(jkt.id, JKT, "A-01-02-1-L", { bay: 2, y_m: 2.8 }),
        binInput(jkt.id, JKT, "A-01-09-1-L", { bay: 9, y_m: 11.2, active: false }),
        binInput(sby.id, SBY, "A-01-01-1-L"),
      ])
      return { a1, a2, a9, s1 }
    }

    /** Bin stock and movements as plain data, to show a refused move changed nothing. */
    const snapshot = async () => {
      const stock = await service.listBinStocks({}, { order: { id: "ASC" } })
      const movements = await service.listBinMovements({}, { order: { id: "ASC" } })
      return {
        stock: stock.map((s) => ({ id: s.id, bin_id: s.bin_id, item: s.inventory_item_id, quantity: s.quantity })),
        movements: movements.map((m) => m.id),
      }
    }

    const quantityIn = async (bin_id: string, inventory_item_id = ITEM) => {
      const [row] = await service.listBinStocks({ bin_id, inventory_item_id })
      return row ? row.quantity : 0
    }

    describe("uniqueness", () => {
      it("keeps bin codes unique per centre, not across centres", async () => {
        const { a1 } = await setupBins()
        await expect(service.createBins(binInput(a1.layout_id, JKT, "A-01-01-1-L"))).rejects.toThrow()
        // Same code in another centre is fine (S1 at SBY already has it); a new code is fine too.
        await service.createBins(binInput(a1.layout_id, JKT, "A-02-01-1-R", { aisle: 2, side: "R" }))
        expect(await service.listBins({ code: "A-01-01-1-L" })).toHaveLength(2)
        // A soft-deleted bin frees its code.
        await service.softDeleteBins(a1.id)
        await service.createBins(binInput(a1.layout_id, JKT, "A-01-01-1-L"))
      })

      it("keeps one layout per centre and one carton code per centre", async () => {
        await service.createWarehouseLayouts(layoutInput(JKT))
        await expect(service.createWarehouseLayouts(layoutInput(JKT))).rejects.toThrow()
        const carton = {
          code: "S1",
          name: "Small",
          inner_length_cm: 20,
          inner_width_cm: 15,
          inner_height_cm: 10,
          tare_g: 80,
          max_weight_g: 5000,
          cost: 1500,
        }
        await service.createCartons({ ...carton, stock_location_id: JKT })
        await service.createCartons({ ...carton, stock_location_id: SBY })
        await expect(service.createCartons({ ...carton, stock_location_id: JKT })).rejects.toThrow()
      })

      it("keeps one bin stock row per (bin, item) and refuses negative quantities", async () => {
        const { a1 } = await setupBins()
        await service.createBinStocks({ bin_id: a1.id, stock_location_id: JKT, inventory_item_id: ITEM, quantity: 3 })
        await expect(
          service.createBinStocks({ bin_id: a1.id, stock_location_id: JKT, inventory_item_id: ITEM, quantity: 1 })
        ).rejects.toThrow()
        await service.createBinStocks({ bin_id: a1.id, stock_location_id: JKT, inventory_item_id: "iitem_2", quantity: 1 })
        await expect(
          service.createBinStocks({ bin_id: a1.id, stock_location_id: JKT, inventory_item_id: "iitem_3", quantity: -1 })
        ).rejects.toThrow()
      })
    })

    describe("moveBinStock", () => {
      it("puts away, moves, picks and adjusts, writing one movement per call", async () => {
        const { a1, a2 } = await setupBins()
        const base = { stock_location_id: JKT, inventory_item_id: ITEM, actor: "user_1" }

        expect(await service.moveBinStock({ ...base, to_bin_id: a1.id, quantity: 10, reason: "putaway" })).toMatchObject({
          from_quantity: null,
          to_quantity: 10,
        })
        expect(
          await service.moveBinStock({ ...base, from_bin_id: a1.id, to_bin_id: a2.id, quantity: 4, reason: "move" })
        ).toMatchObject({ from_quantity: 6, to_quantity: 4 })
        expect(await service.moveBinStock({ ...base, from_bin_id: a2.id, quantity: 3, reason: "pick" })).toMatchObject({
          from_quantity: 1,
          to_quantity: null,
        })
        await service.moveBinStock({ ...base, to_bin_id: a1.id, quantity: 2, reason: "adjust" })
        await service.moveBinStock({ ...base, from_bin_id: a2.id, quantity: 1, reason: "adjust" })

        expect(await quantityIn(a1.id)).toBe(8)
        // The emptied row is deleted, not left at 0.
        expect(await service.listBinStocks({ bin_id: a2.id }, { withDeleted: true })).toHaveLength(0)

        const movements = await service.listBinMovements({ inventory_item_id: ITEM }, { order: { at: "ASC" } })
        expect(movements.map((m) => [m.reason, m.from_bin_id, m.to_bin_id, m.quantity])).toEqual([
          ["putaway", null, a1.id, 10],
          ["move", a1.id, a2.id, 4],
          ["pick", a2.id, null, 3],
          ["adjust", null, a1.id, 2],
          ["adjust", a2.id, null, 1],
        ])
        expect(movements.every((m) => m.actor === "user_1" && m.stock_location_id === JKT)).toBe(true)
      })

      it("refuses bad moves with a clear INVALID_DATA error and changes nothing", async () => {
        const { a1, a2, a9, s1 } = await setupBins()
        await service.moveBinStock({ stock_location_id: JKT, inventory_item_id: ITEM, to_bin_id: a1.id, quantity: 5, reason: "putaway" })
        const before = await snapshot()

        const base = { stock_location_id: JKT, inventory_item_id: ITEM }
        const refusals: [Partial<MoveBinStockInput>, RegExp][] = [
          [{ from_bin_id: a1.id, to_bin_id: a2.id, quantity: 6, reason: "move" }, /holds 5 unit\(s\).*cannot take 6/],
          [{ from_bin_id: a2.id, quantity: 1, reason: "pick" }, /A-01-02-1-L holds 0 unit\(s\)/],
          [{ from_bin_id: a1.id, to_bin_id: s1.id, quantity: 1, reason: "move" }, /belongs to stock location sloc_sby, not sloc_jkt/],
          [{ to_bin_id: s1.id, quantity: 1, reason: "putaway" }, /belongs to stock location sloc_sby/],
          [{ from_bin_id: a1.id, quantity: 0, reason: "pick" }, /positive whole number/],
          [{ from_bin_id: a1.id, quantity: -2, reason: "pick" }, /positive whole number/],
          [{ from_bin_id: a1.id, quantity: 1.5, reason: "pick" }, /positive whole number/],
          [{ from_bin_id: a1.id, quantity: Number.NaN, reason: "pick" }, /positive whole number/],
          [{ from_bin_id: a1.id, quantity: "2" as unknown as number, reason: "pick" }, /positive whole number/],
          [{ from_bin_id: a1.id, quantity: 1, reason: "steal" as never }, /reason must be one of/],
          [{ to_bin_id: a2.id, quantity: 1, reason: "move" }, /needs from_bin_id/],
          [{ from_bin_id: a1.id, to_bin_id: a2.id, quantity: 1, reason: "pick" }, /takes no to_bin_id/],
          [{ from_bin_id: a1.id, to_bin_id: a2.id, quantity: 1, reason: "putaway" }, /takes no from_bin_id/],
          [{ from_bin_id: a1.id, to_bin_id: a2.id, quantity: 1, reason: "adjust" }, /exactly one bin/],
          [{ from_bin_id: a1.id, to_bin_id: a1.id, quantity: 1, reason: "move" }, /same bin/],
          [{ from_bin_id: a1.id, to_bin_id: a9.id, quantity: 1, reason: "move" }, /A-01-09-1-L is inactive/],
        ]
        for (const [input, message] of refusals) {
          const error = await service.moveBinStock({ ...base, ...input } as MoveBinStockInput).then(
            () => null,
            (e: MedusaError) => e
          )
          expect({ input, type: error?.type, message: error?.message }).toEqual({
            input,
            type: MedusaError.Types.INVALID_DATA,
            message: expect.stringMatching(message),
          })
          expect(await snapshot()).toEqual(before)
        }

        await expect(
          service.moveBinStock({ ...base, from_bin_id: "bin_missing", quantity: 1, reason: "pick" })
        ).rejects.toMatchObject({ type: MedusaError.Types.NOT_FOUND })
        expect(await snapshot()).toEqual(before)

        // Picking out of an inactive bin is allowed (emptying it).
        await service.createBinStocks({ bin_id: a9.id, stock_location_id: JKT, inventory_item_id: ITEM, quantity: 1 })
        await service.moveBinStock({ ...base, from_bin_id: a9.id, quantity: 1, reason: "pick" })
        expect(await quantityIn(a9.id)).toBe(0)
      })

      it("lets exactly one of two concurrent moves take the last units", async () => {
        const { a1, a2 } = await setupBins()
        const base = { stock_location_id: JKT, inventory_item_id: ITEM }
        await service.moveBinStock({ ...base, to_bin_id: a1.id, quantity: 2, reason: "putaway" })

        const results = await Promise.allSettled([
          service.moveBinStock({ ...base, from_bin_id: a1.id, quantity: 2, reason: "pick" }),
          service.moveBinStock({ ...base, from_bin_id: a1.id, to_bin_id: a2.id, quantity: 2, reason: "move" }),
        ])
        expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1)
        const [refused] = results.filter((r): r is PromiseRejectedResult => r.status === "rejected")
        expect(refused.reason).toMatchObject({ type: MedusaError.Types.INVALID_DATA, message: expect.stringMatching(/holds 0 unit/) })

        expect(await quantityIn(a1.id)).toBe(0)
        const movements = await service.listBinMovements({ from_bin_id: a1.id })
        expect(movements).toHaveLength(1)
        // Units are conserved: whatever won, 2 left A1 and A2 holds 2 only if the move won.
        expect(await quantityIn(a2.id)).toBe(movements[0].reason === "move" ? 2 : 0)
      })

      it("serialises many concurrent picks: never more units leave than the bin holds", async () => {
        const { a1 } = await setupBins()
        const base = { stock_location_id: JKT, inventory_item_id: ITEM }
        await service.moveBinStock({ ...base, to_bin_id: a1.id, quantity: 3, reason: "putaway" })
        const results = await Promise.allSettled(
          Array.from({ length: 6 }, () => service.moveBinStock({ ...base, from_bin_id: a1.id, quantity: 1, reason: "pick" }))
        )
        expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(3)
        expect(await quantityIn(a1.id)).toBe(0)
        expect(await service.listBinMovements({ reason: "pick" })).toHaveLength(3)
      })

      it("waits for a transaction holding the bin stock row, then reads what it committed", async () => {
        const { a1 } = await setupBins()
        const base = { stock_location_id: JKT, inventory_item_id: ITEM }
        await service.moveBinStock({ ...base, to_bin_id: a1.id, quantity: 2, reason: "putaway" })

        let settled = false
        let move: Promise<unknown> = Promise.resolve()
        await MikroOrmWrapper.forkManager().transactional(async (em) => {
          await em.execute(`select id from oms_bin_stock where bin_id = '${a1.id}' for update`)
          move = service.moveBinStock({ ...base, from_bin_id: a1.id, quantity: 1, reason: "pick" })
          move.then(
            () => (settled = true),
            () => (settled = true)
          )
          await sleep(500)
          expect(settled).toBe(false) // blocked on the row lock
          await em.execute(`update oms_bin_stock set quantity = 0 where bin_id = '${a1.id}'`)
        })
        await expect(move).rejects.toMatchObject({ message: expect.stringMatching(/holds 0 unit/) })
      })
    })

    describe("writeOffBinStock", () => {
      it("lowers a bin to the counted units, never raises it, and writes the units off once under a race", async () => {
        const { a1 } = await setupBins()
        const base = { stock_location_id: JKT, inventory_item_id: ITEM }
        await service.moveBinStock({ ...base, to_bin_id: a1.id, quantity: 10, reason: "putaway" })

        const counts = await Promise.all([
          service.writeOffBinStock({ ...base, bin_id: a1.id, keep: 4 }),
          service.writeOffBinStock({ ...base, bin_id: a1.id, keep: 4 }),
        ])
        expect(counts.map((c) => c.written_off).sort()).toEqual([0, 6])
        expect(await quantityIn(a1.id)).toBe(4)
        expect(await service.writeOffBinStock({ ...base, bin_id: a1.id, keep: 9 })).toEqual({ written_off: 0, movement_id: null })
        expect(await quantityIn(a1.id)).toBe(4)
        const movements = await service.listBinMovements({ from_bin_id: a1.id })
        expect(movements.map((m) => [m.reason, m.quantity])).toEqual([["adjust", 6]])
        await expect(service.writeOffBinStock({ ...base, bin_id: a1.id, keep: -1 })).rejects.toMatchObject({
          type: MedusaError.Types.INVALID_DATA,
        })
      })
    })

    describe("unassignedStock", () => {
      it("compares Medusa's stocked quantities with bin stock at one location", async () => {
        const { a1, a2, s1 } = await setupBins()
        const put = (bin_id: string, stock_location_id: string, inventory_item_id: string, quantity: number) =>
          service.moveBinStock({ stock_location_id, inventory_item_id, to_bin_id: bin_id, quantity, reason: "putaway" })
        await put(a1.id, JKT, "item_1", 5)
        await put(a2.id, JKT, "item_1", 3)
        await put(a1.id, JKT, "item_2", 4)
        await put(a2.id, JKT, "item_3", 2)
        await put(s1.id, SBY, "item_1", 50) // other centre: ignored

        const more = "bins and totes hold more than Medusa stocks"
        expect(await service.unassignedStock(JKT, { item_1: 10, item_2: 3, item_4: 7 })).toEqual({
          item_1: { stocked: 10, in_bins: 8, in_totes: 0, unassigned: 2, problem: null },
          item_2: { stocked: 3, in_bins: 4, in_totes: 0, unassigned: -1, problem: more },
          item_3: { stocked: 0, in_bins: 2, in_totes: 0, unassigned: -2, problem: more },
          item_4: { stocked: 7, in_bins: 0, in_totes: 0, unassigned: 7, problem: null },
        })

        // Picked units sit in totes until their claim is packed; other claims do not count.
        const [wave] = await service.createWaves([{ stock_location_id: JKT, mode: "batch", route: emptyRoute }])
        const claim = (order_id: string, status: string) =>
          service.createWaveOrders({ wave_id: wave.id, order_id, stock_location_id: JKT, tote: 1, status: status as never })
        const line = (order_id: string, picked_quantity: number) =>
          service.createPickLines({
            wave_id: wave.id, order_id, line_item_id: `li_${order_id}`, inventory_item_id: "item_1",
            bin_id: a1.id, bin_code: a1.code, sequence: 1, quantity: 5, picked_quantity,
          })
        await claim("order_picked", "picked")
        await line("order_picked", 2)
        await claim("order_waiting", "waiting")
        await line("order_waiting", 1)
        await claim("order_packed", "packed")
        await line("order_packed", 5)
        await claim("order_canceled", "canceled")
        await line("order_canceled", 4)
        expect((await service.unassignedStock(JKT, { item_1: 10 })).item_1).toEqual({
          stocked: 10, in_bins: 8, in_totes: 3, unassigned: -1, problem: more,
        })
        expect((await service.unassignedStock(JKT, { item_1: 11 })).item_1).toMatchObject({ in_totes: 3, unassigned: 0, problem: null })
        expect(await service.unassignedStock("sloc_empty", {})).toEqual({})

        // The same units for chosen centre × item pairs only, across centres.
        expect(
          await service.heldUnits([
            { stock_location_id: JKT, inventory_item_id: "item_1" },
            { stock_location_id: SBY, inventory_item_id: "item_1" },
            { stock_location_id: JKT, inventory_item_id: "item_9" },
          ])
        ).toEqual([
          { stock_location_id: JKT, inventory_item_id: "item_1", in_bins: 8, in_totes: 3 },
          { stock_location_id: SBY, inventory_item_id: "item_1", in_bins: 50, in_totes: 0 },
          { stock_location_id: JKT, inventory_item_id: "item_9", in_bins: 0, in_totes: 0 },
        ])
        expect(await service.heldUnits([])).toEqual([])
      })
    })

    describe("guards", () => {
      it("refuses a second active wave claim on the same order at the same centre, not at another", async () => {
        const [w1, w2] = await service.createWaves([
          { stock_location_id: JKT, mode: "batch", route: emptyRoute },
          { stock_location_id: JKT, mode: "batch", route: emptyRoute },
        ])
        const [first] = await service.createWaveOrders([{ wave_id: w1.id, order_id: "order_1", stock_location_id: JKT, tote: 1 }])
        await expect(service.createWaveOrders({ wave_id: w2.id, order_id: "order_1", stock_location_id: JKT, tote: 1 })).rejects.toThrow()

        // Picked (or short) still holds the order.
        await service.updateWaveOrders({ id: first.id, status: "picked" })
        await expect(service.createWaveOrders({ wave_id: w2.id, order_id: "order_1", stock_location_id: JKT, tote: 1 })).rejects.toThrow()

        // Released by canceling the row...
        await service.updateWaveOrders({ id: first.id, status: "canceled" })
        const [second] = await service.createWaveOrders([{ wave_id: w2.id, order_id: "order_1", stock_location_id: JKT, tote: 2 }])
        // ...or by soft-deleting it.
        await expect(service.createWaveOrders({ wave_id: w1.id, order_id: "order_1", stock_location_id: JKT, tote: 3 })).rejects.toThrow()
        await service.softDeleteWaveOrders(second.id)
        await service.createWaveOrders({ wave_id: w1.id, order_id: "order_1", stock_location_id: JKT, tote: 3 })

        // A split order's part at another centre is claimed there independently.
        const [sby] = await service.createWaves([{ stock_location_id: SBY, mode: "batch", route: emptyRoute }])
        await service.createWaveOrders({ wave_id: sby.id, order_id: "order_1", stock_location_id: SBY, tote: 1 })

        // Two waves claiming the same order at the same time: exactly one wins.
        const racers = await Promise.allSettled([
          service.createWaveOrders({ wave_id: w1.id, order_id: "order_2", stock_location_id: JKT, tote: 4 }),
          service.createWaveOrders({ wave_id: w2.id, order_id: "order_2", stock_location_id: JKT, tote: 4 }),
        ])
        expect(racers.filter((r) => r.status === "fulfilled")).toHaveLength(1)
      })

      it("refuses a second open pack session for an order until the first is completed", async () => {
        const session = { order_id: "order_1", stock_location_id: JKT, packed_by: "user_1" }
        const [first] = await service.createPackSessions([session])
        expect(first).toMatchObject({ status: "open", parcels: [], scans: { accepted: 0, refused: 0 }, refused_count: 0 })
        await expect(service.createPackSessions({ ...session, packed_by: "user_2" })).rejects.toThrow()

        await service.updatePackSessions({ id: first.id, status: "completed", completed_at: new Date() })
        const [second] = await service.createPackSessions([{ ...session, packed_by: "user_2" }])
        expect(second.status).toBe("open")
        expect(await service.listPackSessions({ order_id: "order_1" })).toHaveLength(2)

        // Other orders are independent.
        await service.createPackSessions({ ...session, order_id: "order_2" })
      })
    })
  },
})
