import fc from "fast-check"
import { fitsInCarton } from "../carton-fit"
import { cartonArb, itemsArb } from "./arbitraries"
import { cartonSize, placementsAreValid, placementsMatchItems } from "./fixtures"

const RUNS = { numRuns: 600, seed: 4242 }

describe("fitsInCarton properties", () => {
  it("every reported fit has placements inside the carton that never overlap, one per item in one of its rotations", () => {
    let fits = 0
    fc.assert(
      fc.property(itemsArb({ maxItems: 10, maxSide: 30 }), cartonArb("c", { minSide: 10, maxSide: 60 }), (items, carton) => {
        const result = fitsInCarton(items, carton)
        if (!result.fits) return true
        fits++
        return placementsAreValid(result.placements, cartonSize(carton)) && placementsMatchItems(result.placements, items)
      }),
      RUNS
    )
    // Guard against a vacuous pass: enough generated cases must actually fit.
    expect(fits).toBeGreaterThan(RUNS.numRuns / 5)
  })

  it("never fits when the total weight with tare exceeds the max weight, or the volume does not add up", () => {
    fc.assert(
      fc.property(itemsArb(), cartonArb("c"), (items, carton) => {
        const result = fitsInCarton(items, carton)
        const weight = items.reduce((sum, i) => sum + (i.weight_g ?? 0), 0) + carton.tare_weight_g
        const volume = items.reduce((sum, i) => sum + i.length_cm! * i.width_cm! * i.height_cm!, 0)
        const [L, W, H] = cartonSize(carton)
        if (weight > carton.max_weight_g || volume > L * W * H + 1e-6) return !result.fits
        return true
      }),
      RUNS
    )
  })

  it("is deterministic: equal inputs give equal answers", () => {
    fc.assert(
      fc.property(itemsArb({ maxItems: 6 }), cartonArb("c"), (items, carton) => {
        expect(fitsInCarton(items, carton)).toEqual(fitsInCarton(items.map((i) => ({ ...i })), carton))
      }),
      { numRuns: 200, seed: 7 }
    )
  })
})
