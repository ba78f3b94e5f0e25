import { DEFAULT_OMS_OPTIONS, resolveOmsOptions } from "../oms-options"

describe("resolveOmsOptions", () => {
  it("fills the defaults, including the cost strategy's prices", () => {
    expect(resolveOmsOptions()).toEqual(DEFAULT_OMS_OPTIONS)
    expect(resolveOmsOptions().shippingCosts).toEqual({ per_parcel: 9000, per_kg_km: 20 })
    expect(resolveOmsOptions({ strategy: "cost" }).strategy).toBe("cost")
  })

  it("converts prices and zone tables to what the router reads", () => {
    const { shippingCosts } = resolveOmsOptions({
      shippingCosts: {
        perParcel: 0,
        zones: { sloc_jkt: [{ provinces: ["JK"], maxKm: 50, perParcel: 8000, perKg: 1000 }, { perParcel: 15000, perKg: 6000 }] },
      },
    })
    expect(shippingCosts).toEqual({
      per_parcel: 0,
      per_kg_km: 20,
      zones: {
        sloc_jkt: [
          { provinces: ["JK"], max_km: 50, per_parcel: 8000, per_kg: 1000 },
          { provinces: null, max_km: null, per_parcel: 15000, per_kg: 6000 },
        ],
      },
    })
  })

  it.each([
    [{ perParcel: -1 }, /shippingCosts\.perParcel must be a number >= 0, got -1/],
    [{ perKgKm: "20" }, /shippingCosts\.perKgKm must be a number >= 0, got "20"/],
    [{ perKgKm: Number.POSITIVE_INFINITY }, /shippingCosts\.perKgKm must be a number >= 0/],
    [{ zones: [] }, /shippingCosts\.zones must be an object keyed by stock location id/],
    [{ zones: { sloc_a: {} } }, /shippingCosts\.zones\.sloc_a must be a list of zones/],
    [{ zones: { sloc_a: [{ perParcel: 1 }] } }, /shippingCosts\.zones\.sloc_a\[0\]\.perKg must be a number >= 0, got undefined/],
    [{ zones: { sloc_a: [{ perParcel: 1, perKg: 1, maxKm: 0 }] } }, /shippingCosts\.zones\.sloc_a\[0\]\.maxKm must be a number > 0, got 0/],
    [{ zones: { sloc_a: [{ perParcel: 1, perKg: 1, provinces: [""] }] } }, /shippingCosts\.zones\.sloc_a\[0\]\.provinces must be a list/],
  ])("refuses %j at boot, naming the field", (shippingCosts, message) => {
    expect(() => resolveOmsOptions({ shippingCosts: shippingCosts as never })).toThrow(message)
  })
})
