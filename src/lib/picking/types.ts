/** A place to pick from: an aisle and a position along it (e.g. a bin's coordinates). */
export interface PickPoint {
  aisle: number
  /** Metres from the centre line of the front cross aisle, along the aisle. */
  y_m: number
  bin_code?: string
}

export type RouteMethod = "ratliff-rosenthal" | "s-shape" | "multi-block-heuristic" | "exhaustive"

export interface RouteStop {
  /** Position in the walk: 0 is the depot start, the last stop is the depot again. */
  order: number
  kind: "depot" | "pick"
  aisle: number
  y_m: number
  /** First bin picked here (convenience for the common one-bin stop). */
  bin_code?: string
  /** Every bin picked at this spot (both rack faces and all levels share one position). */
  bin_codes: string[]
  /** Indexes into the `picks` array that are picked at this stop. */
  pick_indexes: number[]
}

export interface PickRoute {
  stops: RouteStop[]
  /** Walking distance from the depot through every stop and back to the depot. */
  distance_m: number
  method: RouteMethod
}
