import fc from "fast-check"
import { StockInputError, suggestTransfers, type CentreStock } from ".."

const centre = (id: string, available: number, reorder_point: number, local_demand: number): CentreStock => ({ stock_location_id: id, available, reorder_point, local_demand })

describe("transfer suggestions", () => {
  it("moves a surplus to where nearby customers want it (hand-checked)", () => {
    // Jakarta needs 3/day × 10 = 30 and holds 100; Medan needs 2/day × 10 = 20 and holds 5
    expect(suggestTransfers([centre("jkt", 100, 12, 3), centre("mdn", 5, 8, 2)], 10)).toEqual([{ from: "jkt", to: "mdn", units: 15 }])
  })

  it("does not suggest a transfer that would take a centre below its reorder point", () => {
    // Surabaya's demand is low but its reorder point is 40: only 10 of its 50 may go
    expect(suggestTransfers([centre("sby", 50, 40, 0.5), centre("mks", 0, 5, 3)], 10)).toEqual([{ from: "sby", to: "mks", units: 10 }])
    expect(suggestTransfers([centre("sby", 40, 40, 0.5), centre("mks", 0, 5, 3)], 10)).toEqual([])
  })

  it("keeps every donor at or above its need, never gives and receives at one centre, and conserves stock (property)", () => {
    const centreArb = fc.record({
      available: fc.integer({ min: 0, max: 300 }),
      reorder_point: fc.double({ min: 0, max: 80, noNaN: true }),
      local_demand: fc.double({ min: 0, max: 10, noNaN: true }),
    })
    fc.assert(
      fc.property(fc.array(centreArb, { minLength: 1, maxLength: 6 }), fc.integer({ min: 1, max: 60 }), (raw, cover) => {
        const centres = raw.map((c, i) => ({ ...c, stock_location_id: `c${i}` }))
        const moves = suggestTransfers(centres, cover)
        const after = new Map(centres.map((c) => [c.stock_location_id, c.available]))
        for (const m of moves) {
          expect(Number.isInteger(m.units) && m.units > 0).toBe(true)
          after.set(m.from, after.get(m.from)! - m.units)
          after.set(m.to, after.get(m.to)! + m.units)
        }
        const givers = new Set(moves.map((m) => m.from))
        const takers = new Set(moves.map((m) => m.to))
        for (const id of givers) expect(takers.has(id)).toBe(false)
        for (const c of centres) {
          const need = Math.max(c.reorder_point, c.local_demand * cover)
          if (givers.has(c.stock_location_id)) expect(after.get(c.stock_location_id)!).toBeGreaterThanOrEqual(need - 1e-9)
          // a receiver is never sent more than it lacked (rounded up to a whole unit)
          if (takers.has(c.stock_location_id)) expect(after.get(c.stock_location_id)!).toBeLessThanOrEqual(Math.max(need, c.available) + 1)
        }
        expect([...after.values()].reduce((a, b) => a + b, 0)).toBe(centres.reduce((a, c) => a + c.available, 0))
      }),
      { numRuns: 400, seed: 13 }
    )
  })

  it("refuses a cover it cannot use, naming the field", () => {
    try {
      suggestTransfers([], 0)
      throw new Error("accepted")
    } catch (e) {
      expect(e).toBeInstanceOf(StockInputError)
      expect((e as StockInputError).field).toBe("cover_days")
    }
  })
})
