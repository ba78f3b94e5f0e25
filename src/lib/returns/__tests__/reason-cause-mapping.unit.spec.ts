import { parseReasonCauseMapping, ReasonCauseMappingError, type ReasonCauseMappingProblem } from ".."

function problem(input: unknown): ReasonCauseMappingError {
  try {
    parseReasonCauseMapping(input)
  } catch (error) {
    if (error instanceof ReasonCauseMappingError) return error
    throw error
  }
  throw new Error("expected the mapping to be refused")
}

describe("parseReasonCauseMapping", () => {
  it("accepts a mapping of reason values to causes, own entries only", () => {
    const parsed = parseReasonCauseMapping(JSON.parse('{"gift":"changed_mind","__proto__":"other","constructor":"product"}'))
    expect({ ...parsed }).toEqual({ gift: "changed_mind", ["__proto__"]: "other", constructor: "product" })
    expect(Object.getPrototypeOf(parsed)).toBeNull()
    expect(parseReasonCauseMapping({})).toEqual({})
  })

  it.each<[string, unknown, ReasonCauseMappingProblem, string]>([
    ["null", null, "not_an_object", "reason_cause_mapping"],
    ["an array", [["gift", "other"]], "not_an_object", "reason_cause_mapping"],
    ["a string", "gift=other", "not_an_object", "reason_cause_mapping"],
    ["a symbol key", { [Symbol("x")]: "other" }, "key_not_a_string", "reason_cause_mapping"],
    ["an empty key", { "": "other" }, "empty_key", "reason_cause_mapping"],
    ["a key over 100 characters", { ["k".repeat(101)]: "other" }, "key_too_long", `reason_cause_mapping["${"k".repeat(40)}…"]`],
    ["a NUL in a key", { "a\u0000b": "other" }, "unsafe_key", 'reason_cause_mapping["a\\u0000b"]'],
    ["an unknown cause", { gift: "changed_minds" }, "unknown_cause", 'reason_cause_mapping["gift"]'],
    ["a cause that is not a string", { gift: 3 }, "unknown_cause", 'reason_cause_mapping["gift"]'],
  ])("refuses %s", (_, input, kind, field) => {
    const error = problem(input)
    expect(error).toBeInstanceOf(Error)
    expect(error.name).toBe("ReasonCauseMappingError")
    expect(error.kind).toBe(kind)
    expect(error.field).toBe(field)
    expect(error.message.startsWith(field)).toBe(true)
  })

  it("accepts 500 entries and a 100-character key, refuses 501 entries", () => {
    const entries = (n: number) => Object.fromEntries(Array.from({ length: n }, (_, i) => [`r${i}`, "other"]))
    expect(Object.keys(parseReasonCauseMapping(entries(500)))).toHaveLength(500)
    expect(parseReasonCauseMapping({ ["k".repeat(100)]: "damaged" })).toBeTruthy()
    const error = problem(entries(501))
    expect(error.kind).toBe("too_many_entries")
    expect(error.message).toMatch(/501 entries; at most 500/)
  })

  it("names the allowed causes for an unknown one", () => {
    expect(problem({ gift: "meh" }).message).toMatch(/wrong_item, damaged, late_delivery, product, changed_mind, other/)
  })
})
