import { crossAisleCentres, validateLayout, type WarehouseLayout } from "../warehouse/layout"
import type { PickPoint, PickRoute, RouteMethod, RouteStop } from "./types"

/*
 * Walking model shared by every router. The warehouse is a graph: aisle centre lines (vertical,
 * running the full depth through every cross aisle) and cross-aisle centre lines (horizontal,
 * from the first to the last aisle). Aisle width therefore only enters as the horizontal distance
 * between aisle centre lines, cross-aisle width as the extra depth each cross aisle adds.
 * Positions are snapped to whole millimetres so every router sums the same integers and lengths
 * compare exactly (no floating-point drift between the DP and the exhaustive search).
 */
export interface RouteGrid {
  /** Aisle centre-line x in mm, index = aisle - 1. */
  xs: number[]
  /** Cross-aisle centre-line y in mm, front (0) to back. */
  crossYs: number[]
  depotAisle: number
}

/** A distinct pick position: every pick at the same aisle and y is one stop. */
export interface Location {
  aisle: number
  /** mm along the aisle. */
  y: number
  pickIndexes: number[]
  binCodes: string[]
}

export const toMm = (metres: number) => Math.round(metres * 1000)
export const toMetres = (mm: number) => mm / 1000

export function gridOf(layout: WarehouseLayout): RouteGrid {
  const problems = validateLayout(layout)
  if (problems.length) throw new Error(`invalid warehouse layout: ${problems.join("; ")}`)
  return {
    xs: Array.from({ length: layout.aisles }, (_, i) => toMm(i * layout.aisle_width_m)),
    crossYs: crossAisleCentres(layout).map(toMm),
    depotAisle: layout.depot.aisle_index,
  }
}

export const backY = (grid: RouteGrid) => grid.crossYs[grid.crossYs.length - 1]

/** Merges picks by position and sorts them by aisle, then y; rejects positions off the grid. */
export function locationsOf(grid: RouteGrid, picks: PickPoint[]): Location[] {
  const byKey = new Map<string, Location>()
  picks.forEach((pick, index) => {
    const y = toMm(pick.y_m)
    if (!Number.isInteger(pick.aisle) || pick.aisle < 1 || pick.aisle > grid.xs.length) {
      throw new RangeError(`pick ${index}: aisle ${pick.aisle} is outside 1..${grid.xs.length}`)
    }
    if (!Number.isFinite(y) || y < 0 || y > backY(grid)) {
      throw new RangeError(`pick ${index}: y_m ${pick.y_m} is outside 0..${toMetres(backY(grid))}`)
    }
    const key = `${pick.aisle}:${y}`
    let location = byKey.get(key)
    if (!location) byKey.set(key, (location = { aisle: pick.aisle, y, pickIndexes: [], binCodes: [] }))
    location.pickIndexes.push(index)
    if (pick.bin_code !== undefined && !location.binCodes.includes(pick.bin_code)) location.binCodes.push(pick.bin_code)
  })
  return [...byKey.values()].sort((a, b) => a.aisle - b.aisle || a.y - b.y)
}

export const depotLocation = (grid: RouteGrid): Location => ({ aisle: grid.depotAisle, y: 0, pickIndexes: [], binCodes: [] })

/**
 * Exact shortest walk between two positions on the aisle graph, in mm. Within one aisle walk
 * straight (aisles run through the cross aisles); otherwise change aisle on the cross aisle that
 * needs the least walking up and down, since every aisle meets every cross aisle.
 */
export function distanceMm(grid: RouteGrid, p: { aisle: number; y: number }, q: { aisle: number; y: number }): number {
  if (p.aisle === q.aisle) return Math.abs(p.y - q.y)
  let vertical = Infinity
  for (const y of grid.crossYs) vertical = Math.min(vertical, Math.abs(p.y - y) + Math.abs(q.y - y))
  return Math.abs(grid.xs[p.aisle - 1] - grid.xs[q.aisle - 1]) + vertical
}

/** Length of the closed walk depot → locations in order → depot, via shortest paths. */
export function tourLengthMm(grid: RouteGrid, ordered: Location[]): number {
  let total = 0
  let at: Location = depotLocation(grid)
  for (const next of ordered) {
    total += distanceMm(grid, at, next)
    at = next
  }
  return total + distanceMm(grid, at, depotLocation(grid))
}

export function buildRoute(grid: RouteGrid, ordered: Location[], distance: number, method: RouteMethod): PickRoute {
  const depotStop = (order: number): RouteStop => ({
    order,
    kind: "depot",
    aisle: grid.depotAisle,
    y_m: 0,
    bin_codes: [],
    pick_indexes: [],
  })
  const stops: RouteStop[] = [depotStop(0)]
  for (const location of ordered) {
    stops.push({
      order: stops.length,
      kind: "pick",
      aisle: location.aisle,
      y_m: toMetres(location.y),
      ...(location.binCodes.length ? { bin_code: location.binCodes[0] } : {}),
      bin_codes: location.binCodes,
      pick_indexes: location.pickIndexes,
    })
  }
  stops.push(depotStop(stops.length))
  return { stops, distance_m: toMetres(distance), method }
}
