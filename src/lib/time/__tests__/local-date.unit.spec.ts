import fc from "fast-check"
import { addDays, atLocalTime, endOfLocalDate, isKnownTimeZone, localDateOf, weekdayOf } from "../local-date"
import { startOfLocalDay } from "../local-day"

const clock = (d: Date, zone: string) =>
  new Intl.DateTimeFormat("en-CA", {
    timeZone: zone, hourCycle: "h23", year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit",
  }).format(d)

const ZONES = ["Asia/Jakarta", "Asia/Makassar", "Asia/Jayapura", "Asia/Kolkata", "Europe/Berlin", "America/New_York", "Australia/Adelaide", "UTC"]

describe("local dates", () => {
  it("reads the local calendar date, which can differ from the UTC one", () => {
    // 2026-03-10 17:30 UTC is already Wednesday 11 March in Jakarta (UTC+7)
    expect(localDateOf(new Date("2026-03-10T17:30:00Z"), "Asia/Jakarta")).toEqual({ year: 2026, month: 3, day: 11 })
    expect(weekdayOf({ year: 2026, month: 3, day: 11 })).toBe(3)
    expect(addDays({ year: 2026, month: 2, day: 28 }, 1)).toEqual({ year: 2026, month: 3, day: 1 })
    expect(addDays({ year: 2026, month: 1, day: 1 }, -1)).toEqual({ year: 2025, month: 12, day: 31 })
  })

  it("finds local midnight across a daylight-saving change (Berlin, 29 March 2026 is 23 hours long)", () => {
    const day = { year: 2026, month: 3, day: 29 }
    expect(atLocalTime(day, 0, "Europe/Berlin").toISOString()).toBe("2026-03-28T23:00:00.000Z") // CET
    expect(endOfLocalDate(day, "Europe/Berlin").toISOString()).toBe("2026-03-29T22:00:00.000Z") // CEST
    expect(atLocalTime(day, 14 * 60, "Europe/Berlin").toISOString()).toBe("2026-03-29T12:00:00.000Z")
    expect(startOfLocalDay(new Date("2026-03-29T20:00:00Z"), "Europe/Berlin").toISOString()).toBe("2026-03-28T23:00:00.000Z")
  })

  it("shows the wanted clock time on the wanted date in any zone, away from the small hours of a change (property)", () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date("2020-01-01T00:00:00Z"), max: new Date("2030-01-01T00:00:00Z"), noInvalidDate: true }),
        fc.integer({ min: 4 * 60, max: 24 * 60 - 1 }),
        fc.constantFrom(...ZONES),
        (instant, minutes, zone) => {
          const date = localDateOf(instant, zone)
          const hhmm = `${String(Math.floor(minutes / 60)).padStart(2, "0")}:${String(minutes % 60).padStart(2, "0")}`
          const ymd = `${date.year}-${String(date.month).padStart(2, "0")}-${String(date.day).padStart(2, "0")}`
          expect(clock(atLocalTime(date, minutes, zone), zone)).toBe(`${ymd}, ${hhmm}`)
          expect(clock(startOfLocalDay(instant, zone), zone)).toBe(`${ymd}, 00:00`)
        }
      ),
      { numRuns: 400, seed: 5 }
    )
  })

  it("knows IANA zones and refuses made-up ones", () => {
    expect(isKnownTimeZone("Asia/Jayapura")).toBe(true)
    expect(isKnownTimeZone("Asia/Atlantis")).toBe(false)
    expect(isKnownTimeZone("")).toBe(false)
  })
})
