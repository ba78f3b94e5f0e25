import fc from "fast-check"
import { cutoffToday } from "../cutoff"

describe("cutoffToday", () => {
  it("is the local clock time on the centre's current day", () => {
    // 2026-03-10 23:30 UTC is already 11 March 06:30 in Jakarta (UTC+7): the cut-off is 11 March 14:00 WIB.
    expect(cutoffToday(new Date("2026-03-10T23:30:00Z"), "Asia/Jakarta", "14:00").toISOString()).toBe("2026-03-11T07:00:00.000Z")
    expect(cutoffToday(new Date("2026-03-11T10:00:00Z"), "Asia/Makassar", "15:30").toISOString()).toBe("2026-03-11T07:30:00.000Z")
  })

  it("reads as HH:MM on the same local date in the zone, for any instant (property)", () => {
    const local = (d: Date, zone: string) =>
      new Intl.DateTimeFormat("en-CA", {
        timeZone: zone, hourCycle: "h23", year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit",
      }).format(d)
    fc.assert(
      fc.property(
        fc.date({ min: new Date("2020-01-01T00:00:00Z"), max: new Date("2030-01-01T00:00:00Z"), noInvalidDate: true }),
        fc.integer({ min: 0, max: 23 }),
        fc.integer({ min: 0, max: 59 }),
        fc.constantFrom("Asia/Jakarta", "Asia/Makassar", "Asia/Jayapura", "UTC"),
        (now, h, m, zone) => {
          const hhmm = `${String(h).padStart(2, "0")}:${String(m).padStart(2, "0")}`
          expect(local(cutoffToday(now, zone, hhmm), zone)).toBe(`${local(now, zone).slice(0, 10)}, ${hhmm}`)
        }
      )
    )
  })

  it("refuses a malformed time", () => {
    expect(() => cutoffToday(new Date(), "UTC", "25:00")).toThrow("HH:MM")
  })
})
