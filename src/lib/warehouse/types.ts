/**
 * Warehouse layout model: a rectangle of parallel vertical aisles crossed by horizontal cross aisles.
 *
 * Numbering (human-facing, also used in bin codes): aisles 1..aisles from left to right, bays
 * 1..bays_per_aisle from the front cross aisle to the back, levels 1..levels from the floor up,
 * blocks 1..(cross_aisles - 1) from the front. Every aisle has rack faces on both sides
 * (L and R); both faces of one bay are picked from the same spot on the aisle's centre line.
 */
export interface WarehouseLayout {
  aisles: number
  bays_per_aisle: number
  levels: number
  /** Length of one bay along the aisle. */
  bay_width_m: number
  /** Centre-to-centre distance between adjacent aisles (aisle floor + two rack depths). */
  aisle_width_m: number
  /** Number of cross aisles including the front and the back one: 2 = single block. */
  cross_aisles: number
  cross_aisle_width_m: number
  /**
   * The depot (pack station) stands on the centre line of the front cross aisle, directly in front
   * of aisle `aisle_index` (1-based aisle number, same numbering as bin codes).
   */
  depot: { aisle_index: number; position: "front" }
  /** Optional zones, each a contiguous range of aisles (inclusive). Aisles may be unzoned. */
  zones?: WarehouseZone[]
}

export interface WarehouseZone {
  code: string
  from_aisle: number
  to_aisle: number
}

export type RackSide = "L" | "R"

/** A bin's address, as printed in its code. */
export interface BinAddress {
  zone: string
  aisle: number
  bay: number
  level: number
  side: RackSide
}

/** Where the picker stands to pick a bin: x across aisles, y along the aisle from the front. */
export interface BinCoordinates {
  x_m: number
  y_m: number
  aisle: number
  /** 1 = the block touching the front cross aisle. */
  block: number
}

export interface Bin extends BinAddress, BinCoordinates {
  code: string
}

export type ParsedBinCode = { ok: true; bin: BinAddress } | { ok: false; reason: string }
