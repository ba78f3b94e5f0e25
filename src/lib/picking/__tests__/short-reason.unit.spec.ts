import fc from "fast-check"
import { parseShortReason, SHORT_PICK_REASONS, shortReasonRecord } from "../short-reason"

describe("short-pick reasons", () => {
  it("read back what was stored, with the counts the workflow adds", () => {
    expect(parseShortReason(`${shortReasonRecord("damaged")} (found 1 of 3)`)).toEqual({ reason: "damaged", note: null, found: 1, quantity: 3 })
    expect(parseShortReason(shortReasonRecord("other", "  bin flooded "))).toEqual({ reason: "other", note: "bin flooded", found: null, quantity: null })
  })

  it("keep free text written before the list as it was typed", () => {
    expect(parseShortReason("bin empty (found 0 of 2)")).toEqual({ reason: null, note: "bin empty", found: 0, quantity: 2 })
    expect(parseShortReason("damaged box")).toEqual({ reason: null, note: "damaged box", found: null, quantity: null })
  })

  it("round-trip any listed reason and note", () => {
    const note = fc.string({ maxLength: 60 }).filter((s) => s.trim() === s && !/\(found \d+ of \d+\)$/.test(s))
    fc.assert(
      fc.property(fc.constantFrom(...SHORT_PICK_REASONS), note, fc.nat(50), fc.nat(50), (reason, text, found, quantity) => {
        const parsed = parseShortReason(`${shortReasonRecord(reason, text)} (found ${found} of ${quantity})`)
        expect(parsed).toEqual({ reason, note: text || null, found, quantity })
      })
    )
  })
})
