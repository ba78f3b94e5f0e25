import { buildKpiTiles, isEmptyPeriod, stageBreakdown } from "../kpi-tiles"
import type { KpiSummary, Rate } from "../kpi-types"

const rate = (numerator: number, denominator: number): Rate => ({ numerator, denominator, rate: denominator ? numerator / denominator : null })
const none = { count: 0, p50_ms: null, p90_ms: null }
const H = 3_600_000

function summary(overrides: Partial<KpiSummary> = {}): KpiSummary {
  return {
    orders: 0,
    shipments: 0,
    cycle_times: { placed_to_shipped: none, placed_to_delivered: none },
    stage_times: { routed: none, waved: none, picked: none, packed: none, shipped: none, delivered: none },
    on_time_shipment: rate(0, 0),
    on_time_delivery: rate(0, 0),
    perfect_orders: { perfect: rate(0, 0), in_full: rate(0, 0), on_time: rate(0, 0), damage_free: rate(0, 0), accurate: rate(0, 0), werc_index: null },
    order_accuracy: rate(0, 0),
    pick_accuracy: { units_picked: 0, mispicks_caught: 0, wrong_item_units: 0, rate: null },
    fill_rates: { line: rate(0, 0), unit: rate(0, 0), order: rate(0, 0) },
    back_order_rate: rate(0, 0),
    split_shipment_rate: rate(0, 0),
    parcels_per_order: { total: 0, orders: 0, average: null },
    cost_per_order: { total: 0, orders: 0, average: null },
    return_rates: { units: rate(0, 0), orders: rate(0, 0) },
    ...overrides,
  }
}

describe("buildKpiTiles", () => {
  it("shows every tile but on-time delivery when no shipment promised a delivery date", () => {
    const keys = buildKpiTiles(summary({ orders: 3 }), summary()).map((t) => t.key)
    expect(keys).not.toContain("on_time_delivery")
    expect(keys).toEqual([
      "orders",
      "placed_to_shipped",
      "placed_to_delivered",
      "on_time_shipment",
      "perfect_order",
      "order_accuracy",
      "pick_accuracy",
      "fill_rate",
      "back_order_rate",
      "split_shipment_rate",
      "parcels_per_order",
      "cost_per_order",
      "return_rate",
    ])
  })

  it("keeps on-time delivery when either period has data", () => {
    const keys = buildKpiTiles(summary(), summary({ on_time_delivery: rate(3, 4) })).map((t) => t.key)
    expect(keys).toContain("on_time_delivery")
  })

  it("shows customer satisfaction once a period has ratings, with the average beside it", () => {
    const csat = (happy: number, all: number, average: number | null) => ({ satisfied: rate(happy, all), average, distribution: [0, 0, 0, 0, 0] })
    expect(buildKpiTiles(summary({ csat: csat(0, 0, null) }), summary()).map((t) => t.key)).not.toContain("csat")
    const tile = buildKpiTiles(summary({ csat: csat(8, 10, 4.3) }), summary({ csat: csat(6, 10, 3.9) })).find((t) => t.key === "csat")!
    expect(tile).toMatchObject({ value: 0.8, previous: 0.6, details: [{ key: "average", kind: "decimal", value: 4.3 }], basis: { key: "basis", count: 8, total: 10 } })
    expect(tile.change).toMatchObject({ direction: "up", tone: "good" })
  })

  it("compares the main value and colours it by the KPI's good direction", () => {
    const tiles = buildKpiTiles(
      summary({
        orders: 120,
        back_order_rate: rate(6, 120),
        on_time_shipment: rate(114, 120),
        cycle_times: { placed_to_shipped: { count: 100, p50_ms: 20 * H, p90_ms: 40 * H }, placed_to_delivered: none },
      }),
      summary({
        orders: 100,
        back_order_rate: rate(3, 100),
        on_time_shipment: rate(90, 100),
        cycle_times: { placed_to_shipped: { count: 90, p50_ms: 26 * H, p90_ms: 50 * H }, placed_to_delivered: none },
      })
    )
    const tile = (key: string) => tiles.find((t) => t.key === key)!
    expect(tile("orders").change).toMatchObject({ direction: "up", tone: "neutral" })
    expect(tile("back_order_rate").change).toMatchObject({ direction: "up", tone: "bad" })
    expect(tile("on_time_shipment").change).toMatchObject({ direction: "up", tone: "good" })
    expect(tile("on_time_shipment").basis).toEqual({ key: "basis", count: 114, total: 120 })
    expect(tile("placed_to_shipped")).toMatchObject({ value: 20 * H, previous: 26 * H, change: { direction: "down", tone: "good" } })
    expect(tile("placed_to_shipped").details).toEqual([{ key: "p90", kind: "duration", value: 40 * H }])
  })

  it("has nothing to compare against an empty previous period", () => {
    const tiles = buildKpiTiles(summary({ on_time_shipment: rate(9, 10) }), summary())
    expect(tiles.find((t) => t.key === "on_time_shipment")!.change.direction).toBe("none")
  })

  it("gives the WERC index and the line and unit fill beside the main figures", () => {
    const tiles = buildKpiTiles(
      summary({
        perfect_orders: { perfect: rate(8, 10), in_full: rate(9, 10), on_time: rate(9, 10), damage_free: rate(10, 10), accurate: rate(10, 10), werc_index: 0.81 },
        fill_rates: { line: rate(19, 20), unit: rate(45, 50), order: rate(8, 10) },
      }),
      summary()
    )
    expect(tiles.find((t) => t.key === "perfect_order")!.details).toEqual([{ key: "werc", kind: "rate", value: 0.81 }])
    expect(tiles.find((t) => t.key === "fill_rate")!.details.map((d) => d.value)).toEqual([0.95, 0.9])
  })
})

describe("stage breakdown and empty periods", () => {
  it("lists the stages up to shipped, in order", () => {
    const bars = stageBreakdown({ ...summary().stage_times, picked: { count: 4, p50_ms: 2 * H, p90_ms: 3 * H } })
    expect(bars.map((b) => b.stage)).toEqual(["routed", "waved", "picked", "packed", "shipped"])
    expect(bars[2]).toEqual({ stage: "picked", p50_ms: 2 * H, count: 4 })
  })

  it("is empty when no order was placed", () => {
    expect(isEmptyPeriod(summary())).toBe(true)
    expect(isEmptyPeriod(summary({ orders: 1 }))).toBe(false)
  })
})
