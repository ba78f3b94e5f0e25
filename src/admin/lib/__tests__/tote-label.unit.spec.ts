import fc from "fast-check"
import { parseToteLabel, toteLabel } from "../tote-label"

describe("tote labels", () => {
  it("reads back what it prints, whatever case the scanner sends", () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[0-9A-Z]{26}$/), fc.integer({ min: 1, max: 500 }), (ulid, tote) => {
        const label = toteLabel(`wave_${ulid}`, tote)
        expect(parseToteLabel(label)).toEqual({ wave_id: `wave_${ulid}`, tote })
        expect(parseToteLabel(`${label.toLowerCase()}\r`)).toEqual({ wave_id: `wave_${ulid}`, tote })
      })
    )
  })

  it("is null for order ids, display ids, bare tote numbers and tote 0", () => {
    for (const text of ["order_01ABC", "#1042", "1042", "T3", "wave_01ABC", "wave_01ABC/T0", "wave_01ABC/X3"]) {
      expect(parseToteLabel(text)).toBeNull()
    }
  })
})
