import fc from "fast-check"
import {
  findUnsafeValue,
  hasUnsafeText,
  INT4_MAX,
  INT4_MIN,
  isInt4,
  isStorableReal,
  MAX_JSON_DEPTH,
  REAL_MAX,
  REAL_MIN_MAGNITUDE,
  unsafeTextProblem,
} from ".."

const RUNS = { numRuns: 500, seed: 7 }

/** Independent reference: the language's own well-formedness check plus NUL. */
const unsafeByReference = (s: string) => s.includes("\u0000") || !(s as any).isWellFormed()

/** Independent reference: what a float32 makes of the number (a real column is a float32). */
const storableByReference = (x: number) => {
  if (!Number.isFinite(x)) return false
  if (x === 0) return true
  const f = new Float32Array([x])[0]
  return Number.isFinite(f) && Math.abs(x) <= REAL_MAX && Math.abs(f) >= 2 ** -126
}

describe("text PostgreSQL refuses", () => {
  it("flags NUL and unpaired surrogates, and nothing else (against String#isWellFormed)", () => {
    const unit = fc.oneof(
      fc.string({ unit: "binary" }),
      fc.constantFrom("\u0000", "\ud800", "\udfff", "\ud83d\ude00", "a\udc00b", "\ud800\ud800\udc00")
    )
    fc.assert(fc.property(fc.array(unit, { maxLength: 5 }).map((parts) => parts.join("")), (s) => hasUnsafeText(s) === unsafeByReference(s)), RUNS)
  })

  it("names the problem", () => {
    expect(unsafeTextProblem("ab\u0000")).toBe("contains a NUL character")
    expect(unsafeTextProblem("\ud800x")).toMatch(/unpaired UTF-16 surrogate/)
    expect(unsafeTextProblem("😀 Jl. Merdeka")).toBeNull()
  })
})

describe("numbers a column stores", () => {
  it("int4 bounds are exact", () => {
    expect([INT4_MAX, INT4_MIN, 0].every(isInt4)).toBe(true)
    expect([INT4_MAX + 1, INT4_MIN - 1, 1.5, NaN, Infinity, "1"].some((v) => isInt4(v))).toBe(false)
  })

  it("real: finite, in range, not an underflowing tiny number (against Float32Array)", () => {
    const special = fc.constantFrom(0, -0, REAL_MAX, -REAL_MAX, REAL_MAX * 1.0001, REAL_MIN_MAGNITUDE, REAL_MIN_MAGNITUDE / 2, 1e-50, 1e39, NaN, Infinity, -Infinity)
    fc.assert(fc.property(fc.oneof(fc.double(), special), (x) => isStorableReal(x) === storableByReference(x)), RUNS)
  })
})

describe("findUnsafeValue", () => {
  const safeString = fc.string({ unit: "binary" }).filter((s) => !unsafeByReference(s))
  const safeJson = fc.letrec((tie) => ({
    value: fc.oneof(
      { depthSize: "small" },
      safeString,
      fc.integer(),
      fc.boolean(),
      fc.constant(null),
      fc.array(tie("value"), { maxLength: 4 }),
      fc.dictionary(safeString, tie("value"), { maxKeys: 4 })
    ),
  })).value

  it("finds nothing in JSON without unsafe text", () => {
    fc.assert(fc.property(safeJson, (value) => findUnsafeValue(value) === null), RUNS)
  })

  it("finds an unsafe string planted anywhere, with its path", () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(safeString.filter((k) => k !== "__proto__"), fc.nat(3)), { maxLength: 6 }), fc.constantFrom("\u0000", "x\ud800"), (path, bad) => {
        // Build the nesting the path describes: numbers become arrays, strings objects.
        let root: unknown = bad
        for (let i = path.length - 1; i >= 0; i--) {
          const key = path[i]
          if (typeof key === "number") {
            const arr: unknown[] = Array.from({ length: key }, () => "fine")
            arr.push(root)
            root = arr
          } else root = { [key]: root }
        }
        const found = findUnsafeValue(root)
        return found !== null && JSON.stringify(found.path) === JSON.stringify(path)
      }),
      RUNS
    )
  })

  it("reports unsafe object keys and hostile nesting without overflowing the stack", () => {
    expect(findUnsafeValue({ a: { "k\u0000": 1 } })).toEqual({ path: ["a", "k\u0000"], problem: "has a key that contains a NUL character" })
    let deep: unknown = "end"
    for (let i = 0; i < 200_000; i++) deep = [deep]
    expect(findUnsafeValue(deep)).toEqual({ path: Array(MAX_JSON_DEPTH).fill(0), problem: `is nested more than ${MAX_JSON_DEPTH} levels deep` })
  })
})
