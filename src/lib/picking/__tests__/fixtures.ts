import fc from "fast-check"
import { binCode, binCoordinates, crossAisleCentres, type WarehouseLayout } from "../../warehouse/layout"
import type { PickPoint, PickRoute } from "../types"

/**
 * Hand-checkable single block: 3 aisles 3 m apart, 10 bays of 1 m, 2 m cross aisles, depot in
 * front of aisle 1. Aisles are 12 m long (front to back centre line); bay b is at y = b + 0.5.
 */
export const SMALL: WarehouseLayout = {
  aisles: 3,
  bays_per_aisle: 10,
  levels: 3,
  bay_width_m: 1,
  aisle_width_m: 3,
  cross_aisles: 2,
  cross_aisle_width_m: 2,
  depot: { aisle_index: 1, position: "front" },
}

export const pick = (layout: WarehouseLayout, aisle: number, bay: number, level = 1, side: "L" | "R" = "L"): PickPoint => {
  const { y_m } = binCoordinates(layout, { aisle, bay })
  return { aisle, y_m, bin_code: binCode("A", aisle, bay, level, side) }
}

export const layoutArb = (opts: { crossAisles: fc.Arbitrary<number>; aisles?: [number, number]; bays?: [number, number] }) =>
  fc
    .record({
      aisles: fc.integer({ min: opts.aisles?.[0] ?? 2, max: opts.aisles?.[1] ?? 8 }),
      bays_per_aisle: fc.integer({ min: opts.bays?.[0] ?? 5, max: opts.bays?.[1] ?? 20 }),
      bay_width_m: fc.constantFrom(0.9, 1, 1.25, 1.3, 2.7),
      aisle_width_m: fc.constantFrom(2.4, 3, 3.35, 5.1),
      cross_aisle_width_m: fc.constantFrom(1.5, 2, 3.2),
      cross_aisles: opts.crossAisles,
      depotShare: fc.double({ min: 0, max: 1, noNaN: true, maxExcluded: true }),
    })
    .map(({ depotShare, ...rest }): WarehouseLayout => ({
      ...rest,
      cross_aisles: Math.min(rest.cross_aisles, rest.bays_per_aisle + 1),
      levels: 4,
      depot: { aisle_index: 1 + Math.floor(depotShare * rest.aisles), position: "front" },
    }))

/** Random bins of the layout as picks (duplicates allowed: same bin twice, or L/R of one bay). */
export const picksArb = (layout: WarehouseLayout, min: number, max: number) =>
  fc
    .array(
      fc.record({
        aisle: fc.integer({ min: 1, max: layout.aisles }),
        bay: fc.integer({ min: 1, max: layout.bays_per_aisle }),
        level: fc.integer({ min: 1, max: layout.levels }),
        side: fc.constantFrom<"L" | "R">("L", "R"),
      }),
      { minLength: min, maxLength: max }
    )
    .map((bins) => bins.map((b) => pick(layout, b.aisle, b.bay, b.level, b.side)))

export const layoutWithPicks = (layout: fc.Arbitrary<WarehouseLayout>, min: number, max: number) =>
  layout.chain((l) => picksArb(l, min, max).map((picks) => ({ layout: l, picks })))

/**
 * Independent reference for walking distances: the explicit aisle graph (every aisle/cross-aisle
 * crossing plus every pick point, edges along aisles and cross aisles) solved with Floyd-Warshall.
 */
export function graphDistances(layout: WarehouseLayout, points: { aisle: number; y_m: number }[]): number[][] {
  const mm = (m: number) => Math.round(m * 1000)
  const ys = crossAisleCentres(layout).map(mm)
  const nodes: { aisle: number; y: number }[] = []
  const idOf = new Map<string, number>()
  const add = (aisle: number, y: number) => {
    const key = `${aisle}:${y}`
    if (!idOf.has(key)) {
      idOf.set(key, nodes.length)
      nodes.push({ aisle, y })
    }
    return idOf.get(key)!
  }
  for (let a = 1; a <= layout.aisles; a++) for (const y of ys) add(a, y)
  const terminals = points.map((p) => add(p.aisle, mm(p.y_m)))
  const n = nodes.length
  const d = Array.from({ length: n }, (_, i) => Array.from({ length: n }, (_, j) => (i === j ? 0 : Infinity)))
  const link = (i: number, j: number, w: number) => {
    d[i][j] = Math.min(d[i][j], w)
    d[j][i] = Math.min(d[j][i], w)
  }
  for (let a = 1; a <= layout.aisles; a++) {
    const inAisle = nodes.map((node, i) => ({ ...node, i })).filter((node) => node.aisle === a).sort((p, q) => p.y - q.y)
    for (let k = 0; k + 1 < inAisle.length; k++) link(inAisle[k].i, inAisle[k + 1].i, inAisle[k + 1].y - inAisle[k].y)
  }
  const x = (a: number) => mm((a - 1) * layout.aisle_width_m)
  for (const y of ys) for (let a = 1; a < layout.aisles; a++) link(idOf.get(`${a}:${y}`)!, idOf.get(`${a + 1}:${y}`)!, x(a + 1) - x(a))
  for (let k = 0; k < n; k++) for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) {
    if (d[i][k] + d[k][j] < d[i][j]) d[i][j] = d[i][k] + d[k][j]
  }
  return terminals.map((i) => terminals.map((j) => d[i][j]))
}

/** Length (mm) of walking the route's stops in order via shortest paths, from the reference graph. */
export function walkedMm(layout: WarehouseLayout, route: PickRoute): number {
  const d = graphDistances(layout, route.stops)
  let total = 0
  for (let i = 0; i + 1 < route.stops.length; i++) total += d[i][i + 1]
  return total
}

export const mmOf = (metres: number) => Math.round(metres * 1000)

/** Every pick index appears in exactly one stop, and stops start and end at the depot. */
export function expectVisitsEachPickOnce(layout: WarehouseLayout, route: PickRoute, pickCount: number) {
  const seen = route.stops.flatMap((s) => s.pick_indexes).sort((a, b) => a - b)
  expect(seen).toEqual(Array.from({ length: pickCount }, (_, i) => i))
  const first = route.stops[0]
  const last = route.stops[route.stops.length - 1]
  for (const end of [first, last]) {
    expect(end).toMatchObject({ kind: "depot", aisle: layout.depot.aisle_index, y_m: 0 })
  }
  expect(route.stops.map((s) => s.order)).toEqual(route.stops.map((_, i) => i))
  expect(route.stops.slice(1, -1).every((s) => s.kind === "pick" && s.pick_indexes.length > 0)).toBe(true)
}
