import fc from "fast-check"
import { demandStats, reorderAdvice, StockInputError } from ".."

const SETTINGS = { lead_time_days: 4, service_level: 0.95, target_days_of_supply: 30 }

describe("demand and reorder point", () => {
  it("zero demand: no reorder point, nothing to order, days of supply unknown", () => {
    const stats = demandStats({ daily_units: [0, 0, 0, 0] })
    expect(stats).toEqual({ in_stock_days: 4, stock_out_days: 0, mean: 0, std_dev: 0 })
    expect(reorderAdvice(stats, 0, 0, SETTINGS)).toEqual({ safety_stock: 0, reorder_point: 0, reorder_now: false, suggested_quantity: 0, days_of_supply: null })
  })

  it("steady demand: no safety stock, reorder at lead-time demand, order up to the target", () => {
    const stats = demandStats({ daily_units: Array(28).fill(10) })
    const advice = reorderAdvice(stats, 40, 0, SETTINGS)
    expect(advice).toMatchObject({ safety_stock: 0, reorder_point: 40, reorder_now: true, suggested_quantity: 260, days_of_supply: 4 })
    expect(reorderAdvice(stats, 41, 0, SETTINGS).reorder_now).toBe(false)
    // units already on order count toward the position
    expect(reorderAdvice(stats, 20, 30, SETTINGS)).toMatchObject({ reorder_now: false })
  })

  it("a spike raises the safety stock by Z × σ × √L (hand-checked)", () => {
    // 27 days of 10 and one of 66: mean 12, σ = √((27·4 + 54²)/28) = √108 ≈ 10.392
    const stats = demandStats({ daily_units: [...Array(27).fill(10), 66] })
    expect(stats.mean).toBeCloseTo(12, 9)
    expect(stats.std_dev).toBeCloseTo(Math.sqrt(108), 9)
    const advice = reorderAdvice(stats, 10, 0, SETTINGS)
    expect(advice.safety_stock).toBeCloseTo(1.644854 * Math.sqrt(108) * 2, 4)
    expect(advice.reorder_point).toBeCloseTo(48 + 1.644854 * Math.sqrt(108) * 2, 4)
  })

  it("a stock-out hides demand rather than lowering it: empty days are left out", () => {
    const seen = demandStats({ daily_units: [8, 8, 8, null, null, null, null] })
    expect(seen).toMatchObject({ in_stock_days: 3, stock_out_days: 4, mean: 8 })
    expect(reorderAdvice(seen, 0, 0, SETTINGS).reorder_point).toBe(32)
  })

  it("a new SKU with one day of history has a mean and no spread yet", () => {
    expect(demandStats({ daily_units: [5] })).toEqual({ in_stock_days: 1, stock_out_days: 0, mean: 5, std_dev: 0 })
    expect(demandStats({ daily_units: [] })).toEqual({ in_stock_days: 0, stock_out_days: 0, mean: 0, std_dev: 0 })
  })

  it("orders enough to reach the target and never more than a unit over it (property)", () => {
    fc.assert(
      fc.property(
        fc.array(fc.option(fc.integer({ min: 0, max: 50 }), { nil: null, freq: 8 }), { minLength: 1, maxLength: 90 }),
        fc.integer({ min: 0, max: 500 }),
        fc.integer({ min: 0, max: 100 }),
        fc.record({ lead_time_days: fc.integer({ min: 0, max: 30 }), service_level: fc.double({ min: 0.5, max: 0.999, noNaN: true }), target_days_of_supply: fc.integer({ min: 0, max: 90 }) }),
        (daily_units, available, onOrder, settings) => {
          const stats = demandStats({ daily_units })
          const advice = reorderAdvice(stats, available, onOrder, settings)
          const target = stats.mean * settings.target_days_of_supply + advice.safety_stock
          if (advice.reorder_now) {
            expect(available + onOrder + advice.suggested_quantity).toBeGreaterThanOrEqual(target - 1e-6)
            expect(available + onOrder + advice.suggested_quantity - 1).toBeLessThan(Math.max(target, available + onOrder))
          } else expect(advice.suggested_quantity).toBe(0)
          // more certainty wanted or a longer wait never lowers the reorder point
          const stricter = reorderAdvice(stats, available, onOrder, { ...settings, service_level: Math.min(0.9999, settings.service_level + 0.0001), lead_time_days: settings.lead_time_days + 1 })
          expect(stricter.reorder_point).toBeGreaterThanOrEqual(advice.reorder_point - 1e-9)
        }
      ),
      { numRuns: 300, seed: 11 }
    )
  })

  it("refuses bad settings and series, naming the field", () => {
    const stats = demandStats({ daily_units: [1] })
    const fieldOf = (run: () => unknown) => {
      try {
        run()
      } catch (e) {
        return e instanceof StockInputError || (e as any).field ? (e as any).field : "other"
      }
      return null
    }
    expect(fieldOf(() => reorderAdvice(stats, 0, 0, { ...SETTINGS, lead_time_days: -1 }))).toBe("lead_time_days")
    expect(fieldOf(() => reorderAdvice(stats, 0, 0, { ...SETTINGS, target_days_of_supply: 1000 }))).toBe("target_days_of_supply")
    expect(fieldOf(() => reorderAdvice(stats, 0, 0, { ...SETTINGS, service_level: 1 }))).toBe("service_level")
    expect(fieldOf(() => demandStats({ daily_units: [1, -2] }))).toBe("daily_units")
  })
})
