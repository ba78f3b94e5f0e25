import fc from "fast-check"
import { INT4_MAX, INT4_MIN, REAL_MAX } from "../../../src/lib/limits"

/**
 * fast-check arbitraries for the HTTP fuzz suite: valid-looking values derived from a route's zod
 * schema (zod v4 definitions read through `_zod.def`), and hostile values that once reached
 * PostgreSQL (numbers at and past column limits, NUL, unpaired surrogates, deep nesting, wrong types).
 */

type Def = { type: string; [key: string]: any }
const defOf = (schema: any): Def => schema?._zod?.def ?? { type: "unknown" }

/** Valid-looking ids for a field, by name (real fixture ids, foreign ids, unknown ids). */
export type IdsFor = (field: string) => fc.Arbitrary<string> | null

const deep = (depth: number, leaf: unknown = "x"): unknown => {
  let value: unknown = leaf
  for (let i = 0; i < depth; i++) value = i % 2 ? [value] : { d: value }
  return value
}

export const HOSTILE_STRINGS = [
  "", " ", "\u0000", "a\u0000b", "\ud800", "x\udfff", "\udc00\ud800", "😀", "x".repeat(5000), "1e999", "NaN", "null",
  "../../etc/passwd", "' OR 1=1 --", "%00", "<script>", "A-01-01-1-L\u0000",
]
export const HOSTILE_NUMBERS = [
  INT4_MAX, INT4_MAX + 1, INT4_MIN - 1, -1, 0, -0, 0.5, 1.5, 2 ** 53, -(2 ** 53), 1e308, -1e308, REAL_MAX * 2, 1e-50, -1e-45, 1e39, 5e-324,
]
export const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom(...HOSTILE_STRINGS),
  fc.constantFrom(...HOSTILE_NUMBERS),
  fc.constantFrom(null, true, false, [], {}, [1, 2], { a: 1 }, ["\u0000"], { "\u0000": 1 }, deep(40), deep(8, "\ud800")),
  fc.string({ unit: "binary", maxLength: 20 }),
  fc.double(),
  fc.integer({ min: INT4_MIN * 4, max: INT4_MAX * 4 })
)

/** Small numbers mostly (so accepted requests stay cheap), the bounds of the range sometimes. */
function numberArb(def: Def): fc.Arbitrary<number> {
  let min = -1000
  let max = 1000
  let minExclusive = false
  let int = false
  for (const check of def.checks ?? []) {
    const c = check._zod.def
    if (c.check === "number_format" && /int/.test(c.format)) int = true
    if (c.check === "greater_than") [min, minExclusive] = [c.value, !c.inclusive]
    if (c.check === "less_than") max = c.value
  }
  // Small values near 0 (or the minimum) keep accepted requests cheap: a layout of 8 × 8 × 8, not 2^31 aisles.
  if (int) {
    const lo = minExclusive ? min + 1 : min
    const small = fc.integer({ min: Math.max(lo, -2), max: Math.min(max, Math.max(lo, 0) + 8) })
    return fc.oneof({ weight: 4, arbitrary: small }, fc.constantFrom(lo, max))
  }
  const lo = minExclusive ? Math.max(min, 0) + 0.01 : min
  const small = fc.double({ min: Math.max(lo, -10), max: Math.min(max, Math.max(lo, 0) + 100), noNaN: true, noDefaultInfinity: true })
  return fc.oneof({ weight: 4, arbitrary: small }, fc.constantFrom(lo, max))
}

function stringArb(def: Def): fc.Arbitrary<string> {
  let minLength = 0
  let maxLength = 24
  let pattern: RegExp | null = null
  for (const check of def.checks ?? []) {
    const c = check._zod.def
    if (c.check === "min_length") minLength = c.minimum
    if (c.check === "max_length") maxLength = Math.min(c.maximum, 40)
    if (c.check === "length_equals") minLength = maxLength = c.length
    if (c.check === "string_format" && c.pattern) pattern = c.pattern
  }
  if (pattern) return fc.stringMatching(pattern).filter((s) => s.length >= minLength && s.length <= Math.max(maxLength, minLength))
  return fc.string({ minLength, maxLength: Math.max(minLength, maxLength) })
}

/** An arbitrary producing values the schema would likely accept. `field` is the key it sits under. */
export function arbitraryOf(schema: unknown, ids: IdsFor, field = ""): fc.Arbitrary<unknown> {
  const def = defOf(schema)
  const idArb = field ? ids(field) : null
  switch (def.type) {
    case "object": {
      const shape: Record<string, unknown> = def.shape ?? {}
      const entries = Object.entries(shape)
      const required = entries.filter(([, s]) => !["optional", "default"].includes(defOf(s).type)).map(([k]) => k)
      return fc.record(Object.fromEntries(entries.map(([k, s]) => [k, arbitraryOf(s, ids, k)])), { requiredKeys: required })
    }
    case "optional":
    case "default":
    case "nonoptional":
    case "readonly":
    case "catch":
      return arbitraryOf(def.innerType, ids, field)
    case "nullable":
      return fc.option(arbitraryOf(def.innerType, ids, field), { nil: null, freq: 5 })
    case "pipe":
      return defOf(def.in).type === "transform" ? arbitraryOf(def.out, ids, field) : arbitraryOf(def.out ?? def.in, ids, field)
    case "string":
      return idArb ?? stringArb(def)
    case "number":
      return numberArb(def)
    case "boolean":
      return fc.boolean()
    case "enum":
      return fc.constantFrom(...Object.values(def.entries as Record<string, string>))
    case "literal":
      return fc.constantFrom(...(def.values as unknown[]))
    case "array": {
      let minLength = 0
      let maxLength = 4
      for (const check of def.checks ?? []) {
        const c = check._zod.def
        if (c.check === "min_length") minLength = c.minimum
        if (c.check === "max_length") maxLength = Math.min(c.maximum, 4)
      }
      return fc.array(arbitraryOf(def.element, ids, field), { minLength, maxLength: Math.max(minLength, maxLength) })
    }
    case "record":
      return fc.dictionary(fc.string({ maxLength: 8 }), fc.jsonValue({ maxDepth: 2 }), { maxKeys: 4 })
    case "union":
      return fc.oneof(...(def.options as unknown[]).map((o) => arbitraryOf(o, ids, field)))
    default:
      return idArb ?? fc.jsonValue({ maxDepth: 2 })
  }
}

/** Object keys of a schema (through optional/pipe wrappers), for mutating one field at a time. */
export function objectKeys(schema: unknown): string[] {
  let def = defOf(schema)
  while (def.type === "pipe" || def.type === "optional" || def.type === "default") def = defOf(def.in ?? def.innerType)
  return def.type === "object" ? Object.keys(def.shape ?? {}) : []
}
