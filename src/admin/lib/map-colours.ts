import { bucketOf, colourBuckets } from "../../lib/geo/colour-buckets"

/** Light to dark: more orders, units or kilometres read as darker. */
export const MAP_COLOURS = ["#bfdbfe", "#60a5fa", "#2563eb", "#1e40af", "#172554"]
/** A province with nothing in the period: grey, unlike the lightest blue. */
export const MAP_EMPTY = "#e2e8f0"

export interface ColourScale {
  bounds: number[]
  /** The colour of each step, beside `bounds`. */
  colours: string[]
  colourOf: (value: number | null) => string
}

/** Colour steps for the values on the map (whole numbers for orders and units). */
export function colourScale(values: (number | null)[], whole: boolean): ColourScale {
  const max = Math.max(0, ...values.map((v) => v ?? 0))
  const bounds = colourBuckets(max, MAP_COLOURS.length, whole)
  // fewer steps than colours: spread them over the whole range so the top is always the darkest
  const colours = bounds.map((_, i) => MAP_COLOURS[bounds.length === 1 ? MAP_COLOURS.length - 1 : Math.round((i * (MAP_COLOURS.length - 1)) / (bounds.length - 1))])
  return {
    bounds,
    colours,
    colourOf: (value) => {
      const index = bucketOf(value, bounds)
      return index < 0 ? MAP_EMPTY : colours[index]
    },
  }
}
