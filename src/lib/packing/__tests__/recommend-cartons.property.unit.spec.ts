import fc from "fast-check"
import { billableWeightG } from "../billable-weight"
import { fitsInCarton } from "../carton-fit"
import { recommendCartons } from "../recommend-cartons"
import type { Carton, PackItem } from "../types"
import { catalogueArb, itemsArb } from "./arbitraries"
import { cartonSize, placementsAreValid, placementsMatchItems } from "./fixtures"

const RUNS = { numRuns: 300, seed: 99 }
const DIVISORS = fc.constantFrom(4000, 5000, 6000)

/** Brute force over single cartons: the same fit check, every carton tried, best by the documented order. */
function bruteForceSingle(items: PackItem[], cartons: Carton[], divisor: number) {
  const options = cartons
    .filter((carton) => fitsInCarton(items, carton).fits)
    .map((carton) => {
      const [L, W, H] = cartonSize(carton)
      const actual = items.reduce((sum, i) => sum + (i.weight_g ?? 0), 0) + carton.tare_weight_g
      return { carton, billable: billableWeightG(actual, L * W * H, divisor), volume: L * W * H }
    })
    .sort((a, b) => a.billable - b.billable || a.carton.cost - b.carton.cost || a.volume - b.volume || (a.carton.id < b.carton.id ? -1 : 1))
  return options[0] ?? null
}

describe("recommendCartons properties", () => {
  it("a single-carton recommendation is never beaten on billable weight by another carton that fits", () => {
    fc.assert(
      fc.property(itemsArb({ maxItems: 5, maxSide: 30 }), catalogueArb(6), DIVISORS, (items, cartons, divisor) => {
        const result = recommendCartons(items, cartons, { divisor })
        if (result.mode !== "single") return true
        const chosen = result.parcels[0]
        return cartons.every((carton) => {
          if (!fitsInCarton(items, carton).fits) return true
          const [L, W, H] = cartonSize(carton)
          const actual = items.reduce((sum, i) => sum + (i.weight_g ?? 0), 0) + carton.tare_weight_g
          return chosen.billable_weight_g <= billableWeightG(actual, L * W * H, divisor)
        })
      }),
      RUNS
    )
  })

  it("agrees with the brute-force optimum on small instances (≤ 4 items, ≤ 5 cartons)", () => {
    let agreedOnAFit = 0
    fc.assert(
      fc.property(itemsArb({ maxItems: 4, maxSide: 30 }), catalogueArb(5), DIVISORS, (items, cartons, divisor) => {
        const result = recommendCartons(items, cartons, { divisor })
        // Items no carton holds even alone are set aside; the rest is what gets boxed.
        const unpackable = new Set(result.unpackable.map((u) => u.item_id))
        for (const item of items.filter((i) => unpackable.has(i.id))) {
          expect(cartons.some((carton) => fitsInCarton([item], carton).fits)).toBe(false)
        }
        const packable = items.filter((i) => !unpackable.has(i.id))
        const best = packable.length ? bruteForceSingle(packable, cartons, divisor) : null
        if (!best) {
          expect(result.mode).not.toBe("single")
          return
        }
        expect(result.mode).toBe("single")
        expect(result.parcels[0].carton_id).toBe(best.carton.id)
        expect(result.parcels[0].billable_weight_g).toBe(best.billable)
        agreedOnAFit++
      }),
      { numRuns: 500, seed: 5 }
    )
    expect(agreedOnAFit).toBeGreaterThan(100)
  })

  it("packs every item exactly once (parcel or unpackable), in valid placements within each carton's limits", () => {
    fc.assert(
      fc.property(itemsArb({ maxItems: 8, maxSide: 45 }), catalogueArb(5), (items, cartons) => {
        const result = recommendCartons(items, cartons)
        const ids = [...result.parcels.flatMap((p) => p.items), ...result.unpackable.map((u) => u.item_id)]
        expect(ids.sort()).toEqual(items.map((i) => i.id).sort())
        for (const parcel of result.parcels) {
          const carton = cartons.find((c) => c.id === parcel.carton_id)!
          const contents = items.filter((i) => parcel.items.includes(i.id))
          expect(placementsAreValid(parcel.placements, cartonSize(carton))).toBe(true)
          expect(placementsMatchItems(parcel.placements, contents)).toBe(true)
          expect(parcel.actual_weight_g).toBeLessThanOrEqual(carton.max_weight_g)
          expect(parcel.billable_weight_g).toBe(Math.max(parcel.actual_weight_g, parcel.volumetric_weight_g))
        }
        expect(result.total_billable_weight_g).toBe(result.parcels.reduce((sum, p) => sum + p.billable_weight_g, 0))
        expect(result.mode === "split").toBe(result.parcels.length > 1)
        expect(result.alternatives.length).toBeLessThanOrEqual(3)
        expect(recommendCartons(items, cartons)).toEqual(result) // deterministic
      }),
      { numRuns: 200, seed: 3 }
    )
  })
})
