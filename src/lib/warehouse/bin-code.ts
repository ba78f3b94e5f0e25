import type { BinAddress, ParsedBinCode, RackSide, WarehouseLayout } from "./types"

/**
 * Bin code format: `ZONE-AISLE-BAY-LEVEL-SIDE`, e.g. `A-03-12-2-L`.
 *   ZONE  1–4 characters, an upper-case letter then upper-case letters/digits (`A`, `B2`, `COLD`)
 *   AISLE 1..999, zero-padded to at least 2 digits (`03`, `12`, `120`)
 *   BAY   1..999, zero-padded to at least 2 digits
 *   LEVEL 1..99, no padding (`2`, `11`)
 *   SIDE  `L` or `R` (rack face on the picker's left/right when walking from the front)
 * Only A–Z, 0–9 and `-` are used, so every code is in Code 128 set B (and set A), fits in 17
 * characters, and has exactly one spelling: parseBinCode rejects non-canonical padding so a
 * scanned code always matches the printed label byte for byte.
 */
export const BIN_CODE_EXAMPLE = "A-03-12-2-L"
const ZONE_PATTERN = /^[A-Z][A-Z0-9]{0,3}$/
const MAX_CODE_LENGTH = 17

export const isValidZoneCode = (zone: unknown): zone is string => typeof zone === "string" && ZONE_PATTERN.test(zone)

const isWhole = (value: unknown, min: number, max: number): value is number =>
  typeof value === "number" && Number.isInteger(value) && value >= min && value <= max

const padded = (value: number) => String(value).padStart(2, "0")

/** Builds the canonical code; throws RangeError on parts that cannot be encoded. */
export function binCode(zone: string, aisle: number, bay: number, level: number, side: RackSide): string {
  if (!isValidZoneCode(zone)) throw new RangeError(`zone "${zone}" must be 1-4 upper-case letters/digits starting with a letter`)
  if (!isWhole(aisle, 1, 999)) throw new RangeError(`aisle ${aisle} must be a whole number from 1 to 999`)
  if (!isWhole(bay, 1, 999)) throw new RangeError(`bay ${bay} must be a whole number from 1 to 999`)
  if (!isWhole(level, 1, 99)) throw new RangeError(`level ${level} must be a whole number from 1 to 99`)
  if (side !== "L" && side !== "R") throw new RangeError(`side ${side} must be "L" or "R"`)
  return `${zone}-${padded(aisle)}-${padded(bay)}-${level}-${side}`
}

function parseNumberPart(name: string, text: string, canonical: (n: number) => string, max: number) {
  if (!/^\d+$/.test(text)) return { reason: `${name} "${text}" must be digits` }
  const value = Number(text)
  if (value < 1 || value > max) return { reason: `${name} "${text}" must be from 1 to ${max}` }
  if (canonical(value) !== text) return { reason: `${name} "${text}" is not canonical (expected "${canonical(value)}")` }
  return { value }
}

/**
 * Parses and validates a scanned or typed code. With a layout, also checks that the bin exists
 * there (aisle/bay/level in range, zone known and containing the aisle).
 */
export function parseBinCode(code: unknown, layout?: WarehouseLayout): ParsedBinCode {
  const fail = (reason: string): ParsedBinCode => ({ ok: false, reason })
  if (typeof code !== "string") return fail("bin code must be a string")
  if (code.length === 0) return fail("bin code is empty")
  if (code.length > MAX_CODE_LENGTH) return fail(`bin code is longer than ${MAX_CODE_LENGTH} characters`)
  if (!/^[A-Z0-9-]+$/.test(code)) {
    return fail(`bin code may contain only A-Z, 0-9 and "-" (format ${BIN_CODE_EXAMPLE})`)
  }
  const parts = code.split("-")
  if (parts.length !== 5) {
    return fail(`bin code needs 5 parts ZONE-AISLE-BAY-LEVEL-SIDE (like ${BIN_CODE_EXAMPLE}), got ${parts.length}`)
  }
  const [zone, aisleText, bayText, levelText, side] = parts
  if (!isValidZoneCode(zone)) return fail(`zone "${zone}" must be 1-4 upper-case letters/digits starting with a letter`)
  const aisle = parseNumberPart("aisle", aisleText, padded, 999)
  if (aisle.reason) return fail(aisle.reason)
  const bay = parseNumberPart("bay", bayText, padded, 999)
  if (bay.reason) return fail(bay.reason)
  const level = parseNumberPart("level", levelText, String, 99)
  if (level.reason) return fail(level.reason)
  if (side !== "L" && side !== "R") return fail(`side "${side}" must be L or R`)
  const bin: BinAddress = { zone, aisle: aisle.value!, bay: bay.value!, level: level.value!, side }
  const missing = layout ? whyNotInLayout(bin, layout) : null
  return missing ? fail(missing) : { ok: true, bin }
}

/** Null when the bin exists in the layout, otherwise the reason it does not. */
export function whyNotInLayout(bin: BinAddress, layout: WarehouseLayout): string | null {
  if (bin.aisle > layout.aisles) return `aisle ${bin.aisle} does not exist (layout has ${layout.aisles} aisles)`
  if (bin.bay > layout.bays_per_aisle) return `bay ${bin.bay} does not exist (aisles have ${layout.bays_per_aisle} bays)`
  if (bin.level > layout.levels) return `level ${bin.level} does not exist (racks have ${layout.levels} levels)`
  if (!layout.zones?.length) return null
  const zone = layout.zones.find((z) => z.code === bin.zone)
  if (!zone) return `zone ${bin.zone} is not defined in the layout`
  if (bin.aisle < zone.from_aisle || bin.aisle > zone.to_aisle) {
    return `aisle ${bin.aisle} is not in zone ${zone.code} (aisles ${zone.from_aisle}-${zone.to_aisle})`
  }
  return null
}
