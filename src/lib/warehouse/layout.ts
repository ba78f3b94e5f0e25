import { binCode } from "./bin-code"
import type { Bin, BinAddress, BinCoordinates, RackSide, WarehouseLayout } from "./types"
import { assertValidLayout } from "./validate-layout"

export * from "./types"
export { binCode, parseBinCode, whyNotInLayout, isValidZoneCode, BIN_CODE_EXAMPLE } from "./bin-code"
export { validateLayout, assertValidLayout, LAYOUT_LIMITS } from "./validate-layout"

/*
 * Geometry (all in metres, origin = centre line of the front cross aisle in front of aisle 1):
 * - aisle a's centre line is at x = (a - 1) * aisle_width_m; pickers walk on centre lines only,
 *   so the L and R faces of a bay share one pick position;
 * - cross aisle k (0 = front, cross_aisles - 1 = back) has its centre line at y = Y[k];
 *   consecutive cross aisles are one cross-aisle width plus the bays of the block between them
 *   apart, so a bay's first metre starts half a cross-aisle width after the centre line;
 * - bays are spread over the blocks as evenly as whole bays allow.
 */

/** Number of bays in each block, front block first. */
export function baysPerBlock(layout: WarehouseLayout): number[] {
  const blocks = layout.cross_aisles - 1
  const counts: number[] = []
  for (let k = 0; k < blocks; k++) {
    counts.push(Math.floor(((k + 1) * layout.bays_per_aisle) / blocks) - Math.floor((k * layout.bays_per_aisle) / blocks))
  }
  return counts
}

/** y of every cross aisle's centre line, front (0) to back. */
export function crossAisleCentres(layout: WarehouseLayout): number[] {
  const ys = [0]
  for (const bays of baysPerBlock(layout)) {
    ys.push(ys[ys.length - 1] + layout.cross_aisle_width_m + bays * layout.bay_width_m)
  }
  return ys
}

export const aisleX = (layout: WarehouseLayout, aisle: number) => (aisle - 1) * layout.aisle_width_m

export const depotPoint = (layout: WarehouseLayout) => ({
  aisle: layout.depot.aisle_index,
  x_m: aisleX(layout, layout.depot.aisle_index),
  y_m: 0,
})

const toMillimetrePrecision = (metres: number) => Math.round(metres * 1000) / 1000

/** Pick position of a bin (level and side do not change where the picker stands). */
export function binCoordinates(layout: WarehouseLayout, bin: Pick<BinAddress, "aisle" | "bay">): BinCoordinates {
  if (!Number.isInteger(bin.aisle) || bin.aisle < 1 || bin.aisle > layout.aisles) {
    throw new RangeError(`aisle ${bin.aisle} is outside 1..${layout.aisles}`)
  }
  if (!Number.isInteger(bin.bay) || bin.bay < 1 || bin.bay > layout.bays_per_aisle) {
    throw new RangeError(`bay ${bin.bay} is outside 1..${layout.bays_per_aisle}`)
  }
  const counts = baysPerBlock(layout)
  const ys = crossAisleCentres(layout)
  let firstBay = 1
  let block = 0
  while (bin.bay >= firstBay + counts[block]) firstBay += counts[block++]
  const y = ys[block] + layout.cross_aisle_width_m / 2 + (bin.bay - firstBay + 0.5) * layout.bay_width_m
  return {
    x_m: toMillimetrePrecision(aisleX(layout, bin.aisle)),
    y_m: toMillimetrePrecision(y),
    aisle: bin.aisle,
    block: block + 1,
  }
}

/** Aisles covered by a zone; a layout without zones is one zone spanning every aisle. */
export function zoneAisles(layout: WarehouseLayout, zoneCode: string): { from: number; to: number } {
  if (!layout.zones?.length) return { from: 1, to: layout.aisles }
  const zone = layout.zones.find((z) => z.code === zoneCode)
  if (!zone) throw new RangeError(`zone ${zoneCode} is not defined in the layout`)
  return { from: zone.from_aisle, to: zone.to_aisle }
}

/** Every bin of a zone with its code and pick position, ordered by aisle, bay, level, side. */
export function generateBins(layout: WarehouseLayout, zoneCode: string): Bin[] {
  assertValidLayout(layout)
  const { from, to } = zoneAisles(layout, zoneCode)
  const sides: RackSide[] = ["L", "R"]
  const bins: Bin[] = []
  for (let aisle = from; aisle <= to; aisle++) {
    for (let bay = 1; bay <= layout.bays_per_aisle; bay++) {
      const { x_m, y_m, block } = binCoordinates(layout, { aisle, bay })
      for (let level = 1; level <= layout.levels; level++) {
        for (const side of sides) {
          bins.push({ code: binCode(zoneCode, aisle, bay, level, side), zone: zoneCode, aisle, bay, level, side, x_m, y_m, block })
        }
      }
    }
  }
  return bins
}
