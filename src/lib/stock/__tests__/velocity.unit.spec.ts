import fc from "fast-check"
import { dailyUnits, inventoryTurnover, stockCondition, StockInputError, velocity } from ".."

const TODAY = new Date("2026-11-30T05:00:00Z") // 12:00 in Jakarta, 30 Nov
const ZONE = "Asia/Jakarta"

describe("sales velocity", () => {
  it("counts each shipment on its local day and leaves stock-out days out", () => {
    const shipments = [
      { shipped_at: new Date("2026-11-29T18:00:00Z"), units: 3 }, // 01:00 on 30 Nov in Jakarta
      { shipped_at: new Date("2026-11-29T10:00:00Z"), units: 2 }, // 29 Nov
      { shipped_at: new Date("2026-11-20T10:00:00Z"), units: 9 }, // outside a 7-day window
    ]
    expect(dailyUnits(shipments, new Set(["2026-11-26"]), 7, TODAY, ZONE)).toEqual([0, 0, null, 0, 0, 2, 3])
    // a day that sold its last units counts them: it ran out because of demand, not instead of it
    expect(dailyUnits(shipments, new Set(["2026-11-29"]), 7, TODAY, ZONE)).toEqual([0, 0, 0, 0, 0, 2, 3])
    expect(velocity([0, 0, null, 0, 0, 2, 3], 7)).toBeCloseTo(5 / 6, 9)
    expect(velocity([4, 4, null], 2)).toBe(4)
    expect(velocity([null, null], 2)).toBe(0)
  })

  it("adds up to the units shipped in the window (property)", () => {
    fc.assert(
      fc.property(fc.array(fc.record({ offsetH: fc.integer({ min: 0, max: 24 * 40 }), units: fc.integer({ min: 1, max: 9 }) }), { maxLength: 60 }), fc.integer({ min: 1, max: 30 }), (raw, days) => {
        const shipments = raw.map((r) => ({ shipped_at: new Date(TODAY.getTime() - r.offsetH * 3_600_000), units: r.units }))
        const series = dailyUnits(shipments, new Set(), days, TODAY, ZONE)
        // the window starts at Jakarta midnight days − 1 days before today's (17:00 UTC the day before)
        const start = Date.UTC(2026, 10, 30 - days + 1) - 7 * 3_600_000
        const inWindow = shipments.filter((s) => s.shipped_at.getTime() >= start).reduce((a, s) => a + s.units, 0)
        expect(series.reduce((a: number, d) => a + (d ?? 0), 0)).toBe(inWindow)
      }),
      { numRuns: 200, seed: 9 }
    )
  })

  it("refuses a window it cannot hold, naming the field", () => {
    expect(() => dailyUnits([], new Set(), 0, TODAY, ZONE)).toThrow(StockInputError)
    try {
      dailyUnits([], new Set(), 400, TODAY, ZONE)
    } catch (e) {
      expect((e as StockInputError).field).toBe("days")
    }
  })

  it("turnover is sales over average stock", () => {
    expect(inventoryTurnover(120, 40)).toBe(3)
    expect(inventoryTurnover(5, 0)).toBeNull()
  })
})

describe("stock condition", () => {
  const T = { overstock_days: 90, dead_after_days: 60 }
  const base = { available: 20, on_hand: 20, reorder_now: false, days_of_supply: 20, days_since_last_sale: 1, backordered: 0 }
  it("names the first condition that applies", () => {
    expect(stockCondition({ ...base, available: 0, on_hand: 0, reorder_now: true }, T)).toBe("stock_out")
    expect(stockCondition({ ...base, available: 0, on_hand: 3, backordered: 2 }, T)).toBe("stock_out")
    expect(stockCondition({ ...base, reorder_now: true }, T)).toBe("low")
    expect(stockCondition({ ...base, days_of_supply: null, days_since_last_sale: null }, T)).toBe("dead")
    expect(stockCondition({ ...base, days_since_last_sale: 60 }, T)).toBe("dead")
    expect(stockCondition({ ...base, days_of_supply: 91 }, T)).toBe("overstock")
    expect(stockCondition(base, T)).toBe("ok")
    // nothing on the shelf and nothing wanted is not a problem
    expect(stockCondition({ ...base, available: 0, on_hand: 0, days_of_supply: null, days_since_last_sale: null }, T)).toBe("ok")
  })
})
