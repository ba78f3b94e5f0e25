import fc from "fast-check"
import type { Carton, PackItem } from "../types"

/** Whole centimetres mostly, tenths sometimes: catalogue data has both. */
export const sideArb = (min: number, max: number) =>
  fc.oneof(fc.integer({ min, max }), fc.integer({ min: min * 10, max: max * 10 }).map((tenths) => tenths / 10))

export const itemsArb = ({ maxItems = 8, maxSide = 40 } = {}): fc.Arbitrary<PackItem[]> =>
  fc
    .array(
      fc.record({
        length_cm: sideArb(1, maxSide),
        width_cm: sideArb(1, maxSide),
        height_cm: sideArb(1, maxSide),
        weight_g: fc.integer({ min: 0, max: 5000 }),
      }),
      { minLength: 1, maxLength: maxItems }
    )
    .map((items) => items.map((item, index) => ({ id: `item_${index}`, ...item })))

export const cartonArb = (id: string, { minSide = 5, maxSide = 60 } = {}): fc.Arbitrary<Carton> =>
  fc
    .record({
      inner_length_cm: sideArb(minSide, maxSide),
      inner_width_cm: sideArb(minSide, maxSide),
      inner_height_cm: sideArb(minSide, maxSide),
      tare_weight_g: fc.integer({ min: 0, max: 500 }),
      extra_capacity_g: fc.integer({ min: 1, max: 30_000 }),
      cost: fc.integer({ min: 0, max: 300 }).map((cents) => cents / 100),
    })
    .map(({ extra_capacity_g, ...rest }) => ({ id, ...rest, max_weight_g: rest.tare_weight_g + extra_capacity_g }))

export const catalogueArb = (maxCartons: number) =>
  fc.integer({ min: 1, max: maxCartons }).chain((count) => fc.tuple(...Array.from({ length: count }, (_, i) => cartonArb(`carton_${i}`))))
