/** Seeded instance generators for the pick-path benchmark. */
import type { PickPoint, WaveCandidateOrder } from "../../src/lib/picking"
import { binCode, binCoordinates, type WarehouseLayout } from "../../src/lib/warehouse"
import { randomInt, type Random } from "../lib/prng"

/**
 * A mid-size e-commerce shelving area: 10 aisles x 30 bays of 1.3 m shelving, 3 m between aisle
 * centre lines (1.8 m walkway + two 0.6 m shelf faces), 3 m cross aisles for carts, pack station
 * in front of aisle 1 (Ratliff & Rosenthal's corner depot).
 */
export const REALISTIC: WarehouseLayout = {
  aisles: 10,
  bays_per_aisle: 30,
  levels: 5,
  bay_width_m: 1.3,
  aisle_width_m: 3,
  cross_aisles: 2,
  cross_aisle_width_m: 3,
  depot: { aisle_index: 1, position: "front" },
}

export const REALISTIC_CENTRAL_DEPOT: WarehouseLayout = { ...REALISTIC, depot: { aisle_index: 5, position: "front" } }

/** Same floor with one middle cross aisle (two blocks of 15 bays) and with two (three blocks). */
export const REALISTIC_TWO_BLOCKS: WarehouseLayout = { ...REALISTIC, cross_aisles: 3 }
export const REALISTIC_THREE_BLOCKS: WarehouseLayout = { ...REALISTIC, cross_aisles: 4 }

/** Small random layouts like the property tests: 2-8 aisles, 5-20 bays, depot anywhere. */
export function smallLayout(random: Random, crossAisles: number | [number, number]): WarehouseLayout {
  const aisles = randomInt(random, 2, 8)
  const bays = randomInt(random, 5, 20)
  const cross = typeof crossAisles === "number" ? crossAisles : randomInt(random, crossAisles[0], crossAisles[1])
  return {
    aisles,
    bays_per_aisle: bays,
    levels: 4,
    bay_width_m: [0.9, 1, 1.25, 1.3, 2.7][randomInt(random, 0, 4)],
    aisle_width_m: [2.4, 3, 3.35, 5.1][randomInt(random, 0, 3)],
    cross_aisles: Math.min(cross, bays + 1),
    cross_aisle_width_m: [1.5, 2, 3.2][randomInt(random, 0, 2)],
    depot: { aisle_index: randomInt(random, 1, aisles), position: "front" },
  }
}

/** Uniformly random bin (no ABC skew: every bin equally likely). */
export function randomBin(random: Random, layout: WarehouseLayout) {
  const aisle = randomInt(random, 1, layout.aisles)
  const bay = randomInt(random, 1, layout.bays_per_aisle)
  const level = randomInt(random, 1, layout.levels)
  const side = random() < 0.5 ? "L" : "R"
  return { aisle, bay, code: binCode("A", aisle, bay, level, side) }
}

export function randomPicks(random: Random, layout: WarehouseLayout, count: number): PickPoint[] {
  return Array.from({ length: count }, () => {
    const bin = randomBin(random, layout)
    return { aisle: bin.aisle, y_m: binCoordinates(layout, bin).y_m, bin_code: bin.code }
  })
}

/** Orders of 2-3 lines (1-2 units each) placed over one morning. */
export function randomOrders(random: Random, layout: WarehouseLayout, count: number, prefix = "order"): WaveCandidateOrder[] {
  const start = Date.parse("2025-03-03T06:00:00Z")
  return Array.from({ length: count }, (_, i) => ({
    order_id: `${prefix}_${String(i).padStart(4, "0")}`,
    placed_at: new Date(start + randomInt(random, 0, 4 * 3600) * 1000).toISOString(),
    lines: Array.from({ length: randomInt(random, 2, 3) }, (_, j) => {
      const bin = randomBin(random, layout)
      return { line_item_id: `li_${i}_${j}`, inventory_item_id: `inv_${bin.code}`, quantity: randomInt(random, 1, 2), bin_code: bin.code }
    }),
  }))
}
