/**
 * What PostgreSQL columns can hold. A value outside these makes the database refuse the write
 * (a 500 if it gets that far), so every validator bounds its numbers here first.
 */

/** `integer` (int4). */
export const INT4_MAX = 2_147_483_647
export const INT4_MIN = -2_147_483_648

/** `real` (float4): the largest finite value, and the smallest non-zero magnitude it stores (normal). */
export const REAL_MAX = 3.4028234663852886e38
export const REAL_MIN_MAGNITUDE = 1.1754943508222875e-38

export const isInt4 = (value: unknown): value is number =>
  typeof value === "number" && Number.isInteger(value) && value >= INT4_MIN && value <= INT4_MAX

/**
 * A number a `real` column stores without an error: finite, at most REAL_MAX in magnitude, and
 * either 0 or not so tiny that it underflows (PostgreSQL refuses "1e-50" for real).
 */
export const isStorableReal = (value: unknown): value is number =>
  typeof value === "number" &&
  Number.isFinite(value) &&
  Math.abs(value) <= REAL_MAX &&
  (value === 0 || Math.abs(value) >= REAL_MIN_MAGNITUDE)
