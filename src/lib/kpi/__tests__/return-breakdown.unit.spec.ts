import fc from "fast-check"
import { refundValue, returnRates, returnRatesByGroup, topOffenders, wilsonLowerBound, type ReturnCell, type ReturnedLineFact, type ShipmentFact } from ".."
import { part, returned } from "./fixtures"

describe("return rates per group", () => {
  it("adds up the cells of one group and puts the most returned units first", () => {
    const cells: ReturnCell[] = [
      { key: "tee", shipped_units: 100, returned_units: 4, returned_lines: 3, refund: 400_000 },
      { key: "mug", shipped_units: 10, returned_units: 5, returned_lines: 2, refund: 250_000 },
      { key: "tee", shipped_units: 50, returned_units: 2, returned_lines: 1, refund: 200_000 },
      { key: "kopi", shipped_units: 0, returned_units: 0, returned_lines: 0, refund: 0 },
    ]
    const rows = returnRatesByGroup(cells)
    expect(rows.map((r) => [r.key, r.shipped_units, r.returned_units, r.returned_lines, r.refund, r.rate.rate])).toEqual([
      ["tee", 150, 6, 4, 600_000, 0.04],
      ["mug", 10, 5, 2, 250_000, 0.5],
      ["kopi", 0, 0, 0, 0, null],
    ])
    expect(rows[2].lower_bound).toBeNull()
  })

  it("values returned units at the line's unit price", () => {
    expect(refundValue(125_000, 2)).toBe(250_000)
    expect(refundValue(NaN, 2)).toBe(0)
    expect(refundValue(10, -1)).toBe(0)
  })

  it("per centre, agrees with the dashboard's return rate of that centre's parts (property)", () => {
    const centres = ["jkt", "sby", "mdn"]
    const shipmentArb = fc.record({ order: fc.integer({ min: 1, max: 6 }), centre: fc.constantFrom(...centres), stage: fc.constantFrom("delivered", "shipped", "packed", "canceled", "rerouted"), units: fc.integer({ min: 1, max: 5 }) })
    fc.assert(
      fc.property(fc.uniqueArray(shipmentArb, { selector: (s) => `${s.order}-${s.centre}`, maxLength: 12 }), fc.array(fc.record({ pick: fc.nat(), units: fc.integer({ min: 1, max: 3 }) }), { maxLength: 8 }), (shipments, picks) => {
        const facts: ShipmentFact[] = shipments.map((s) => part(`shp_${s.order}_${s.centre}`, `O${s.order}`, s.stage, { stock_location_id: s.centre, units: s.units }))
        // returns come back from a part that shipped (what the returns records trace them to)
        const shipped = facts.filter((f) => f.stage === "delivered" || f.stage === "shipped")
        const returns: ReturnedLineFact[] = shipped.length ? picks.map((p) => ({ ...returned(shipped[p.pick % shipped.length].order_id, "damaged"), shipment_id: shipped[p.pick % shipped.length].shipment_id, units: p.units })) : []
        // the cells as the route's GROUP BY builds them: shipped units of open shipped parts, returned units by their part's centre
        const centreOf = new Map(facts.map((f) => [f.shipment_id, f.stock_location_id]))
        const cells: ReturnCell[] = [
          ...shipped.map((f) => ({ key: f.stock_location_id, shipped_units: f.units, returned_units: 0, returned_lines: 0, refund: 0 })),
          ...returns.map((r) => ({ key: centreOf.get(r.shipment_id!) ?? null, shipped_units: 0, returned_units: r.units, returned_lines: 1, refund: 0 })),
        ]
        const rows = new Map(returnRatesByGroup(cells).map((r) => [r.key, r]))
        for (const centre of centres) {
          const own = facts.filter((f) => f.stock_location_id === centre)
          const ownReturns = returns.filter((r) => centreOf.get(r.shipment_id!) === centre)
          const reference = returnRates(own, ownReturns).units
          const row = rows.get(centre)
          if (!row) expect(reference.denominator).toBe(0)
          else expect(row.rate).toEqual(reference)
        }
      }),
      { numRuns: 300, seed: 17 }
    )
  })
})

describe("Wilson lower bound", () => {
  /** By bisection: the smallest p whose 95 % score interval still holds the observed share. */
  const naiveLower = (k: number, n: number) => {
    const share = Math.min(k, n) / n
    const z2 = 1.96 * 1.96
    const inside = (p: number) => (share - p) ** 2 <= (z2 * p * (1 - p)) / n
    if (inside(0)) return 0
    let lo = 0, hi = share
    for (let i = 0; i < 80; i++) {
      const mid = (lo + hi) / 2
      if (inside(mid)) hi = mid
      else lo = mid
    }
    return hi
  }

  it("matches the score interval found by bisection (property)", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 5000 }), fc.nat(5000), (n, k) => {
        expect(wilsonLowerBound(k, n)).toBeCloseTo(naiveLower(k, n), 9)
      }),
      { numRuns: 500, seed: 5 }
    )
  })

  it("ranks forty in a thousand above two in three, and is null without trials", () => {
    expect(wilsonLowerBound(3, 0)).toBeNull()
    expect(wilsonLowerBound(0, 10)).toBe(0)
    expect(wilsonLowerBound(400, 1000)!).toBeGreaterThan(wilsonLowerBound(2, 3)!)
  })
})

describe("top offenders", () => {
  it("ranks groups with returns and enough sales by their plausible rate; unknown groups never rank", () => {
    const rows = returnRatesByGroup([
      { key: "few", shipped_units: 3, returned_units: 2, returned_lines: 2, refund: 0 },
      { key: "many", shipped_units: 1000, returned_units: 400, returned_lines: 90, refund: 0 },
      { key: "some", shipped_units: 40, returned_units: 2, returned_lines: 2, refund: 0 },
      { key: "clean", shipped_units: 500, returned_units: 0, returned_lines: 0, refund: 0 },
      { key: null, shipped_units: 900, returned_units: 800, returned_lines: 9, refund: 0 },
    ])
    expect(topOffenders(rows).map((r) => r.key)).toEqual(["many", "some"])
    expect(topOffenders(rows, 1).map((r) => r.key)).toEqual(["many"])
    expect(topOffenders(rows, 5, 1).map((r) => r.key)).toEqual(["many", "few", "some"])
  })
})
