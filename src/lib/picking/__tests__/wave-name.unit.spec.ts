import fc from "fast-check"
import { centreCode, waveName, waveNames } from "../wave-name"

describe("centreCode", () => {
  it("takes the first letter, the next consonant and the last one, or keeps a name that is a code", () => {
    expect(centreCode("Jakarta FC")).toBe("JKT")
    expect(centreCode("Surabaya")).toBe("SRY")
    expect(centreCode("Bandung Warehouse")).toBe("BNG")
    expect(centreCode("Aia")).toBe("AIA") // too few consonants: its first letters
    expect(centreCode("JKT2")).toBe("JKT2")
    expect(centreCode("Médan")).toBe("MDN")
    expect(centreCode("")).toBe("WH")
    expect(centreCode(null)).toBe("WH")
  })

  it("is always 1..5 capital letters or digits", () => {
    fc.assert(fc.property(fc.string({ maxLength: 40 }), (name) => expect(centreCode(name)).toMatch(/^[A-Z0-9]{1,5}$/)))
  })
})

describe("waveNames", () => {
  it("numbers a centre's waves per local day, oldest first: Jakarta's day starts at 17:00 UTC", () => {
    const names = waveNames(
      [
        { id: "w3", created_at: "2026-12-01T18:00:00Z" }, // 2 Dec 01:00 in Jakarta
        { id: "w1", created_at: "2026-12-01T02:00:00Z" },
        { id: "w2", created_at: "2026-12-01T16:59:00Z" }, // 1 Dec 23:59 in Jakarta
      ],
      { code: "JKT", timeZone: "Asia/Jakarta" }
    )
    expect(Object.fromEntries(names)).toEqual({ w1: "JKT-0112-1", w2: "JKT-0112-2", w3: "JKT-0212-1" })
  })

  it("gives each wave of a day a distinct number 1..n, in creation order, whatever the input order", () => {
    const wave = fc.record({ id: fc.uuid(), at: fc.integer({ min: Date.UTC(2026, 0, 1), max: Date.UTC(2026, 0, 4) }) })
    fc.assert(
      fc.property(fc.uniqueArray(wave, { selector: (w) => w.id, maxLength: 30 }), (list) => {
        const waves = list.map((w) => ({ id: w.id, created_at: new Date(w.at).toISOString() }))
        const names = waveNames(waves, { code: "X", timeZone: "UTC" })
        // reference: count by hand the same day's waves created before each one
        for (const w of list) {
          const day = new Date(w.at).toISOString().slice(0, 10)
          const before = list.filter((o) => new Date(o.at).toISOString().slice(0, 10) === day && (o.at < w.at || (o.at === w.at && o.id < w.id)))
          const date = { year: Number(day.slice(0, 4)), month: Number(day.slice(5, 7)), day: Number(day.slice(8, 10)) }
          expect(names.get(w.id)).toBe(waveName("X", date, before.length + 1))
        }
      })
    )
  })
})
