import { stockHealthRow } from ".."

const SETTINGS = { lead_time_days: 5, service_level: 0.95, target_days_of_supply: 30 }
const THRESHOLDS = { overstock_days: 120, dead_after_days: 60 }
const base = { on_order: 0, backordered: 0, days_since_last_sale: 0, average_on_hand: 50 }

describe("stock-health row", () => {
  it("a steady seller running low: velocities, reorder point, order and condition (hand-checked)", () => {
    const row = stockHealthRow({ ...base, daily_units: Array(90).fill(4), on_hand: 25, reserved: 5 }, SETTINGS, THRESHOLDS)
    expect(row).toMatchObject({
      available: 20, velocity_7: 4, velocity_28: 4, velocity_90: 4, reorder_point: 20, reorder_now: true,
      suggested_quantity: 100, days_of_supply: 5, stock_out_days: 0, demand_missed: 0, condition: "low",
    })
    expect(row.turnover_90).toBeCloseTo(360 / 50, 9)
  })

  it("a stock-out: the empty days' likely demand is counted, and the SKU is out", () => {
    const daily = [...Array(80).fill(3), ...Array(10).fill(null)]
    const row = stockHealthRow({ ...base, daily_units: daily, on_hand: 0, reserved: 0, days_since_last_sale: 10 }, SETTINGS, THRESHOLDS)
    expect(row).toMatchObject({ stock_out_days: 10, demand_missed: 30, condition: "stock_out", velocity_7: 0, velocity_90: 3 })
  })

  it("dead stock and overstock", () => {
    expect(stockHealthRow({ ...base, daily_units: Array(90).fill(0), on_hand: 40, reserved: 0, days_since_last_sale: null }, SETTINGS, THRESHOLDS).condition).toBe("dead")
    expect(stockHealthRow({ ...base, daily_units: Array(90).fill(1), on_hand: 500, reserved: 0 }, SETTINGS, THRESHOLDS).condition).toBe("overstock")
  })
})
