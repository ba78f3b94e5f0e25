import type { CauseCentreCount, RootCause } from "./kpi-types"

export interface CauseCentreMatrix {
  /** Causes with at least one unit, most units first (ties in the given order). */
  causes: RootCause[]
  /** Centres (stock_location_id; null = not traced to a centre), most returned units first, the untraced last. */
  centres: (string | null)[]
  /** units[cause][centre key]; a missing cell is 0. */
  units: Record<string, Record<string, number>>
  causeTotals: Record<string, number>
  centreTotals: Record<string, number>
  total: number
  /** The largest cell, for shading. */
  max: number
}

/** The key a centre has in the matrix maps (null → "none"). */
export const centreKey = (id: string | null) => id ?? "none"

/**
 * Units returned per cause and centre, from the server's grouped counts (rows of the same cause
 * and centre are added up). Causes and centres are sorted by their returned units (causes' ties
 * in `order`, the server's list; centres' ties by name, via `nameOf`), and units that no centre
 * shipped come last.
 */
export function buildCauseCentreMatrix(
  rows: readonly CauseCentreCount[],
  order: readonly RootCause[],
  nameOf: (id: string) => string = (id) => id
): CauseCentreMatrix {
  const units: Record<string, Record<string, number>> = {}
  const causeTotals: Record<string, number> = {}
  const centreTotals: Record<string, number> = {}
  const centres = new Map<string, string | null>()
  let total = 0
  for (const row of rows) {
    const n = Number(row.units) || 0
    if (n <= 0) continue
    const key = centreKey(row.stock_location_id)
    centres.set(key, row.stock_location_id)
    units[row.cause] ??= {}
    units[row.cause][key] = (units[row.cause][key] ?? 0) + n
    causeTotals[row.cause] = (causeTotals[row.cause] ?? 0) + n
    centreTotals[key] = (centreTotals[key] ?? 0) + n
    total += n
  }
  const known = new Set<string>(order)
  const extra = Object.keys(causeTotals).filter((c) => !known.has(c)).sort() as RootCause[]
  // most returned first, like the bars beside it; ties keep the server's order
  const causes = [...order, ...extra].filter((c) => (causeTotals[c] ?? 0) > 0).sort((a, b) => causeTotals[b] - causeTotals[a])
  const sortedCentres = [...centres.values()].sort((a, b) => {
    if (a === null) return 1
    if (b === null) return -1
    return centreTotals[centreKey(b)] - centreTotals[centreKey(a)] || nameOf(a).localeCompare(nameOf(b))
  })
  const max = Math.max(0, ...Object.values(units).flatMap((byCentre) => Object.values(byCentre)))
  return { causes, centres: sortedCentres, units, causeTotals, centreTotals, total, max }
}

/** A cell's share of the largest cell, 0..1, for a heat shade. */
export const cellShade = (matrix: CauseCentreMatrix, cause: string, centre: string | null) =>
  matrix.max > 0 ? (matrix.units[cause]?.[centreKey(centre)] ?? 0) / matrix.max : 0
