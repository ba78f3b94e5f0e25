import fc from "fast-check"
import { normalQuantile, ServiceLevelError } from "../normal"

/** The standard normal CDF by numeric integration (Simpson), an independent reference. */
function cdf(x: number): number {
  const n = 2000
  const a = -10
  const h = (x - a) / n
  const f = (t: number) => Math.exp((-t * t) / 2) / Math.sqrt(2 * Math.PI)
  let sum = f(a) + f(x)
  for (let i = 1; i < n; i++) sum += f(a + i * h) * (i % 2 ? 4 : 2)
  return (sum * h) / 3
}

describe("service-level factor (normal quantile)", () => {
  it("gives the textbook Z values", () => {
    expect(normalQuantile(0.5)).toBeCloseTo(0, 9)
    expect(normalQuantile(0.9)).toBeCloseTo(1.281552, 5)
    expect(normalQuantile(0.95)).toBeCloseTo(1.644854, 5)
    expect(normalQuantile(0.99)).toBeCloseTo(2.326348, 5)
    expect(normalQuantile(0.999)).toBeCloseTo(3.090232, 5)
  })

  it("is the inverse of the normal distribution (property)", () => {
    fc.assert(
      fc.property(fc.double({ min: 0.001, max: 0.999, noNaN: true }), (p) => {
        expect(cdf(normalQuantile(p))).toBeCloseTo(p, 6)
      }),
      { numRuns: 200, seed: 3 }
    )
  })

  it("refuses a level of 0, 1 or outside, naming the field", () => {
    for (const p of [0, 1, -0.1, 1.5, NaN]) {
      const error = (() => {
        try {
          normalQuantile(p)
        } catch (e) {
          return e
        }
      })()
      expect(error).toBeInstanceOf(ServiceLevelError)
      expect((error as ServiceLevelError).field).toBe("service_level")
    }
  })
})
