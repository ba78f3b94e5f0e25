import { billableWeightG, DEFAULT_VOLUMETRIC_DIVISOR, volumetricWeightG } from "../billable-weight"

describe("billableWeightG", () => {
  it("uses the default divisor of 6000 cm³/kg", () => {
    expect(DEFAULT_VOLUMETRIC_DIVISOR).toBe(6000)
    expect(volumetricWeightG(6000)).toBe(1000)
  })

  it("bills the volumetric weight when the parcel is light for its size", () => {
    // 40×30×20 = 24,000 cm³ → 4 kg volumetric, heavier than 900 g actual.
    expect(billableWeightG(900, 24_000, 6000)).toBe(4000)
  })

  it("bills the actual weight when the parcel is dense", () => {
    // 20×15×8 = 2,400 cm³ → 400 g volumetric, lighter than 2,880 g actual.
    expect(billableWeightG(2880, 2400, 6000)).toBe(2880)
  })

  it("rounds up to the next whole gram", () => {
    // 35×25×5 = 4,375 cm³ / 6000 = 729.1666 g → 730 g.
    expect(billableWeightG(100, 4375, 6000)).toBe(730)
    expect(billableWeightG(100.2, 0, 6000)).toBe(101)
  })

  it("does not round exact values up because of floating-point noise", () => {
    expect(billableWeightG(0.1 + 0.2, 0, 6000)).toBe(1) // 0.30000000000000004 g
    expect(billableWeightG(0, 0.1 * 3 * 20_000, 6000)).toBe(1000) // 6000.000000000001 cm³
    expect(billableWeightG(1000, 6000, 6000)).toBe(1000)
  })

  it("honours another divisor (5000 cm³/kg couriers)", () => {
    expect(billableWeightG(900, 24_000, 5000)).toBe(4800)
  })

  it("rejects nonsense input", () => {
    expect(() => billableWeightG(-1, 100, 6000)).toThrow(/actual weight/)
    expect(() => billableWeightG(1, NaN, 6000)).toThrow(/volume/)
    expect(() => billableWeightG(1, 100, 0)).toThrow(/divisor/)
  })
})
