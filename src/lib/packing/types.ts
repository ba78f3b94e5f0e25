/**
 * Shapes shared by the carton fit check and the recommendation. Plain data so workflows can build
 * them from Medusa inventory items and the centre's carton catalogue without this code knowing Medusa.
 *
 * Axes: a placement's x runs along the carton's inner length, y along its width, z along its height
 * (z = 0 is the carton floor).
 */

/** One physical unit to pack (expand quantities first, see `unitsFromLines`). */
export interface PackItem {
  id: string
  /** Grams. Missing → counted as 0 g and reported in the warnings. */
  weight_g?: number | null
  /** Centimetres, in any order: the fit check tries every axis-aligned rotation. */
  length_cm?: number | null
  width_cm?: number | null
  height_cm?: number | null
}

/** A unit whose size and weight are known (unknowns replaced, see `normalizeItems`). */
export interface SizedItem {
  id: string
  weight_g: number
  length_cm: number
  width_cm: number
  height_cm: number
}

export interface Carton {
  id: string
  name?: string
  inner_length_cm: number
  inner_width_cm: number
  inner_height_cm: number
  /** Empty carton plus packing material, grams. */
  tare_weight_g: number
  /** Gross limit (contents + tare), grams. */
  max_weight_g: number
  /** Cost of the carton itself, in the centre's currency; used as a tie-breaker. */
  cost: number
}

/** Where one unit sits in the carton, with its dimensions after rotation. */
export interface Placement {
  item_id: string
  x: number
  y: number
  z: number
  /** Extent along x / y / z after rotation. */
  length_cm: number
  width_cm: number
  height_cm: number
}

export type FitResult =
  | { fits: true; placements: Placement[] }
  | { fits: false; reason: string }

export interface Parcel {
  carton_id: string
  items: string[]
  /** Contents + tare. */
  actual_weight_g: number
  volumetric_weight_g: number
  billable_weight_g: number
  cost: number
  placements: Placement[]
}

export interface CartonAlternative {
  carton_id: string
  fits: boolean
  billable_weight_g?: number
  cost?: number
  /** Why it does not fit, when it does not. */
  reason?: string
}

export interface UnpackableItem {
  item_id: string
  reason: string
}

export interface CartonRecommendation {
  /** "single": one carton holds everything; "split": several parcels; "none": nothing could be packed. */
  mode: "single" | "split" | "none"
  parcels: Parcel[]
  unpackable: UnpackableItem[]
  total_billable_weight_g: number
  total_cost: number
  warnings: string[]
  /** Up to 3 other single cartons, fitting ones first (lowest billable weight), then why others fail. */
  alternatives: CartonAlternative[]
}

export interface RecommendOptions {
  /** Volumetric divisor in cm³ per kg (carrier specific). Default 6000. */
  divisor?: number
}
