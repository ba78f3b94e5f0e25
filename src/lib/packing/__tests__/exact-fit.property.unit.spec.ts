import fc from "fast-check"
import { fitsInCarton } from "../carton-fit"
import { exactFit } from "../exact-fit"
import type { Dims } from "../geometry"
import type { SizedItem } from "../types"
import { placementsAreValid } from "./fixtures"

const itemArb = (maxSide: number) =>
  fc.record({
    length_cm: fc.integer({ min: 1, max: maxSide }),
    width_cm: fc.integer({ min: 1, max: maxSide }),
    height_cm: fc.integer({ min: 1, max: maxSide }),
  })
const instanceArb = (maxSide: number, maxCarton: number, maxItems = 3) =>
  fc.record({
    items: fc
      .array(itemArb(maxSide), { minLength: 1, maxLength: maxItems })
      .map((items) => items.map((dims, index): SizedItem => ({ id: `i${index}`, weight_g: 0, ...dims }))),
    space: fc.tuple(
      fc.integer({ min: 1, max: maxCarton }),
      fc.integer({ min: 1, max: maxCarton }),
      fc.integer({ min: 1, max: maxCarton })
    ) as fc.Arbitrary<Dims>,
  })
const boxOf = ([L, W, H]: Dims) => ({ id: "box", inner_length_cm: L, inner_width_cm: W, inner_height_cm: H, tare_weight_g: 0, max_weight_g: 1e12, cost: 0 })

/** The plainest exhaustive search there is: every integer position, every rotation, every item. */
function gridFits(items: SizedItem[], [L, W, H]: Dims): boolean {
  const placed: Array<[number, number, number, number, number, number]> = []
  const rotations = (i: SizedItem) => {
    const [a, b, c] = [i.length_cm, i.width_cm, i.height_cm]
    return [[a, b, c], [a, c, b], [b, a, c], [b, c, a], [c, a, b], [c, b, a]]
  }
  const free = (x: number, y: number, z: number, l: number, w: number, h: number) =>
    placed.every(([px, py, pz, pl, pw, ph]) => x + l <= px || px + pl <= x || y + w <= py || py + pw <= y || z + h <= pz || pz + ph <= z)
  const place = (index: number): boolean => {
    if (index === items.length) return true
    for (const [l, w, h] of rotations(items[index])) {
      for (let x = 0; x + l <= L; x++) {
        for (let y = 0; y + w <= W; y++) {
          for (let z = 0; z + h <= H; z++) {
            if (!free(x, y, z, l, w, h)) continue
            placed.push([x, y, z, l, w, h])
            if (place(index + 1)) return true
            placed.pop()
          }
        }
      }
    }
    return false
  }
  return place(0)
}

describe("exactFit (small-instance exact checker)", () => {
  it("agrees with a plain full-grid search on tiny instances", () => {
    fc.assert(
      fc.property(instanceArb(3, 4), ({ items, space }) => {
        const exact = exactFit(items, space)
        expect(exact.fits).not.toBe("unknown")
        expect(exact.fits).toBe(gridFits(items, space))
        if (exact.fits === true) expect(placementsAreValid(exact.placements, [...space] as [number, number, number])).toBe(true)
      }),
      { numRuns: 300, seed: 11 }
    )
  })

  it("finds the textbook fits and non-fits", () => {
    const cube = (id: string, side: number): SizedItem => ({ id, weight_g: 0, length_cm: side, width_cm: side, height_cm: side })
    expect(exactFit([cube("a", 2), cube("b", 2)], [4, 2, 2]).fits).toBe(true)
    expect(exactFit([cube("a", 2), cube("b", 2)], [3, 3, 3]).fits).toBe(false) // volume 16 <= 27 but 2 + 2 > 3
    expect(() => exactFit([{ ...cube("a", 2), length_cm: 1.5 }], [3, 3, 3])).toThrow(/whole-centimetre/)
  })
})

describe("fit heuristic vs the exact checker (≤ 3 items, whole-cm sides ≤ 10)", () => {
  it("never claims a fit the exact search cannot find, and misses few real fits", () => {
    // Instances where the quick checks pass, so the heuristic itself is what is measured.
    const samples = fc.sample(instanceArb(10, 10), { numRuns: 40_000, seed: 2024 }).filter(({ items, space }) => {
      const volume = items.reduce((sum, i) => sum + i.length_cm * i.width_cm * i.height_cm, 0)
      return volume <= space[0] * space[1] * space[2] && volume >= 0.5 * space[0] * space[1] * space[2]
    })
    let realFits = 0
    let missed = 0
    let unknown = 0
    for (const { items, space } of samples) {
      const heuristic = fitsInCarton(items, boxOf(space))
      const exact = exactFit(items, space)
      if (exact.fits === "unknown") {
        unknown++
        continue
      }
      if (heuristic.fits) expect(exact.fits).toBe(true)
      if (exact.fits) realFits++
      if (exact.fits && !heuristic.fits) missed++
    }
    const missRate = missed / realFits
    console.info(
      `fit heuristic: missed ${missed} of ${realFits} real fits (${(missRate * 100).toFixed(2)}%) ` +
        `on ${samples.length} instances filled 50–100% by volume; ${unknown} undecided by the exact search`
    )
    expect(unknown).toBe(0)
    expect(realFits).toBeGreaterThan(500)
    // Measured ~0.1%; the bound only catches a regression, 0 is not required.
    expect(missRate).toBeLessThan(0.02)
  })
})
