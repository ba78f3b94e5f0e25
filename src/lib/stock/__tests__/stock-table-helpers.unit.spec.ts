import fc from "fast-check"
import { averageOnHand, daySeries, DEFAULT_STOCK_OPTIONS, effectiveSettings, windowDays } from ".."

describe("settings in force", () => {
  it("takes each field from the SKU, else the centre, else the plugin option, and says which", () => {
    const s = effectiveSettings(DEFAULT_STOCK_OPTIONS, { lead_time_days: 3, target_days_of_supply: 60 }, { lead_time_days: 14, service_level: null })
    expect(s).toEqual({
      service_level: 0.95,
      lead_time_days: 14,
      target_days_of_supply: 60,
      overstock_days: 120,
      source: { service_level: "default", lead_time_days: "sku", target_days_of_supply: "centre", overstock_days: "default" },
    })
    expect(effectiveSettings(DEFAULT_STOCK_OPTIONS).source.lead_time_days).toBe("default")
    // 0 is a setting (same-day replenishment), not a missing one
    expect(effectiveSettings(DEFAULT_STOCK_OPTIONS, { lead_time_days: 0 }).lead_time_days).toBe(0)
  })
})

describe("average on hand from sparse samples", () => {
  it("carries the last sample forward and the first one back", () => {
    expect(averageOnHand([null, 4, null, null, 8], 99)).toBeCloseTo((4 + 4 + 4 + 4 + 8) / 5, 9)
    expect(averageOnHand([null, null], 7)).toBe(7)
    expect(averageOnHand([], 7)).toBe(7)
  })

  it("equals the plain mean when every day has a sample, and stays between the lowest and highest sample (property)", () => {
    fc.assert(
      fc.property(fc.array(fc.option(fc.integer({ min: 0, max: 500 }), { nil: null }), { minLength: 1, maxLength: 90 }), (samples) => {
        const known = samples.filter((s): s is number => s !== null)
        const avg = averageOnHand(samples, -1)
        if (!known.length) return expect(avg).toBe(-1)
        expect(avg).toBeGreaterThanOrEqual(Math.min(...known) - 1e-9)
        expect(avg).toBeLessThanOrEqual(Math.max(...known) + 1e-9)
        if (known.length === samples.length) expect(avg).toBeCloseTo(known.reduce((a, b) => a + b, 0) / known.length, 9)
      }),
      { numRuns: 300, seed: 3 }
    )
  })
})

describe("day rows laid over the window", () => {
  it("spans month ends, marks stock-out days without sales null in the demand series and finds the last sale", () => {
    expect(windowDays("2026-03-01", 3)).toEqual(["2026-02-27", "2026-02-28", "2026-03-01"])
    const s = daySeries(
      [
        { day: "2026-11-29", units: 2, backordered: 1, on_hand: 5, stock_out: false },
        { day: "2026-11-30", units: 0, backordered: 0, on_hand: 0, stock_out: true },
        { day: "2026-12-01", units: 1, backordered: 0, on_hand: 0, stock_out: true }, // sold its last unit, then empty
        { day: "2026-10-01", units: 9, backordered: 9, on_hand: null, stock_out: false }, // outside the window
      ],
      "2026-12-01",
      3
    )
    expect(s.days).toEqual(["2026-11-29", "2026-11-30", "2026-12-01"])
    expect(s.daily_units).toEqual([2, null, 1])
    expect(s.units).toEqual([2, 0, 1])
    expect(s.stock_out).toEqual([false, true, true])
    expect(s.on_hand).toEqual([5, 0, 0])
    expect(s.backordered).toBe(1)
    expect([s.last_sale_day, s.days_since_last_sale]).toEqual(["2026-12-01", 0])
  })

  it("keeps every unit of the window's rows (property)", () => {
    const days = windowDays("2026-12-01", 90)
    fc.assert(
      fc.property(fc.uniqueArray(fc.record({ i: fc.integer({ min: 0, max: 89 }), units: fc.integer({ min: 0, max: 50 }) }), { selector: (r) => r.i, maxLength: 40 }), (rows) => {
        const s = daySeries(rows.map((r) => ({ day: days[r.i], units: r.units, backordered: 0, on_hand: null, stock_out: false })), "2026-12-01", 90)
        expect(s.units.reduce((a, b) => a + b, 0)).toBe(rows.reduce((a, r) => a + r.units, 0))
        const sold = rows.filter((r) => r.units > 0).map((r) => r.i)
        expect(s.days_since_last_sale).toBe(sold.length ? 89 - Math.max(...sold) : null)
      }),
      { numRuns: 200, seed: 5 }
    )
  })
})
