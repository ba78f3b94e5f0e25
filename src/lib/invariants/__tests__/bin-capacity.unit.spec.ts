import fc from "fast-check"
import { binCapacityRefusal, unitsBinsMayTake } from "../bin-capacity"

describe("unitsBinsMayTake", () => {
  it("is what Medusa stocks minus what bins and totes hold, never negative", () => {
    expect(unitsBinsMayTake({ stocked: 10, in_bins: 6, in_totes: 1 })).toBe(3)
    expect(unitsBinsMayTake({ stocked: 10, in_bins: 10, in_totes: 0 })).toBe(0)
    expect(unitsBinsMayTake({ stocked: 0, in_bins: 990, in_totes: 0 })).toBe(0)
  })

  it("adding at most that many units keeps bins + totes <= stocked, and one more would not (when stock allows)", () => {
    fc.assert(
      fc.property(fc.nat(1000), fc.nat(1000), fc.nat(1000), (stocked, inBins, inTotes) => {
        const mayTake = unitsBinsMayTake({ stocked, in_bins: inBins, in_totes: inTotes })
        // reference: count unit by unit how many more fit under the stocked quantity
        let fits = 0
        while (inBins + inTotes + fits + 1 <= stocked) fits++
        expect(mayTake).toBe(fits)
      })
    )
  })

  it("names the field, the SKU and the figures in the refusal", () => {
    const text = binCapacityRefusal({ sku: "TEE", quantity: 4, may_take: 3, stocked: 10, verb: "put away" })
    expect(text).toBe("quantity 4 is too many: only 3 units of SKU TEE are unassigned at this centre (Medusa stocks 10); cannot put away 4")
  })
})
