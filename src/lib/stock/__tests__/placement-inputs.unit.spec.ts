import fc from "fast-check"
import { haversineKm } from "../../geo"
import { addLocalDemand, nearestCentre, pickTransfersToValue, planBinsOut, StockInputError, type LocalUnits } from ".."

const JAKARTA = { latitude: -6.2088, longitude: 106.8456 }
const MEDAN = { latitude: 3.5952, longitude: 98.6722 }
const BANDUNG = { latitude: -6.9175, longitude: 107.6191 }
const centres = [
  { stock_location_id: "jkt", point: JAKARTA },
  { stock_location_id: "mdn", point: MEDAN },
  { stock_location_id: "nowhere", point: null },
]

describe("local demand", () => {
  it("gives each order's units to the centre nearest its destination, and leaves out orders without one (hand-checked)", () => {
    const units: LocalUnits = new Map()
    addLocalDemand(units, { ...BANDUNG, items: [{ inventory_item_id: "tee", quantity: 2 }] }, centres)
    addLocalDemand(units, { ...MEDAN, items: [{ inventory_item_id: "tee", quantity: 1 }, { inventory_item_id: "mug", quantity: 3 }] }, centres)
    addLocalDemand(units, { latitude: null, longitude: null, items: [{ inventory_item_id: "tee", quantity: 9 }] }, centres)
    expect(units.get("tee")).toEqual(new Map([["jkt", 2], ["mdn", 1]]))
    expect(units.get("mug")).toEqual(new Map([["mdn", 3]]))
  })

  it("picks a centre no farther than any other (property)", () => {
    const point = fc.record({ latitude: fc.double({ min: -60, max: 60, noNaN: true }), longitude: fc.double({ min: -170, max: 170, noNaN: true }) })
    fc.assert(
      fc.property(fc.array(point, { minLength: 1, maxLength: 6 }), point, (points, at) => {
        const cs = points.map((p, i) => ({ stock_location_id: `c${i}`, point: p }))
        const chosen = cs.find((c) => c.stock_location_id === nearestCentre(at, cs))!
        for (const c of cs) expect(haversineKm(at, chosen.point)).toBeLessThanOrEqual(haversineKm(at, c.point))
      })
    )
    expect(nearestCentre(JAKARTA, [{ stock_location_id: "x", point: null }])).toBeNull()
  })
})

describe("which suggestions a run values", () => {
  it("takes the most units × km first (hand-checked)", () => {
    const points = { jkt: JAKARTA, mdn: MEDAN, bdg: BANDUNG }
    const near = { inventory_item_id: "tee", from: "jkt", to: "bdg", units: 10 } // ~120 km × 10
    const far = { inventory_item_id: "mug", from: "jkt", to: "mdn", units: 2 } // ~1,400 km × 2
    const unknown = { inventory_item_id: "kopi", from: "jkt", to: "x", units: 50 }
    expect(pickTransfersToValue([near, unknown, far], points, 2)).toEqual([far, near])
    expect(pickTransfersToValue([near, far], points, 0)).toEqual([])
  })
})

describe("units out of the sending centre's bins", () => {
  it("takes unassigned stock first, then the fullest bins (hand-checked)", () => {
    const bins = [{ bin_id: "b1", code: "A-01", quantity: 2 }, { bin_id: "b2", code: "A-02", quantity: 5 }]
    expect(planBinsOut(3, bins, 2)).toEqual({ from_unassigned: 2, from_bins: [] })
    expect(planBinsOut(3, bins, 9)).toEqual({ from_unassigned: 3, from_bins: [{ bin_id: "b2", code: "A-02", quantity: 5 }, { bin_id: "b1", code: "A-01", quantity: 1 }] })
    expect(planBinsOut(-1, bins, 7)).toEqual({ from_unassigned: 0, from_bins: [{ bin_id: "b2", code: "A-02", quantity: 5 }, { bin_id: "b1", code: "A-01", quantity: 2 }] })
    expect(planBinsOut(0, bins, 8)).toBeNull()
    expect(() => planBinsOut(0, bins, 0)).toThrow(StockInputError)
  })

  it("takes exactly the units, never more than a bin holds, bins only once unassigned stock is used (property)", () => {
    fc.assert(
      fc.property(fc.integer({ min: -5, max: 10 }), fc.array(fc.integer({ min: 0, max: 8 }), { maxLength: 5 }), fc.integer({ min: 1, max: 40 }), (unassigned, held, units) => {
        const bins = held.map((quantity, i) => ({ bin_id: `b${i}`, code: `C-${i}`, quantity }))
        const plan = planBinsOut(unassigned, bins, units)
        const total = Math.max(0, unassigned) + held.reduce((a, b) => a + b, 0)
        if (total < units) return expect(plan).toBeNull()
        expect(plan).not.toBeNull()
        expect(plan!.from_unassigned + plan!.from_bins.reduce((a, b) => a + b.quantity, 0)).toBe(units)
        for (const b of plan!.from_bins) expect(b.quantity).toBeLessThanOrEqual(bins.find((x) => x.bin_id === b.bin_id)!.quantity)
        if (plan!.from_bins.length) expect(plan!.from_unassigned).toBe(Math.max(0, unassigned))
      })
    )
  })
})
