import fc from "fast-check"
import { checkCalendars, cutoffOnDayOf, deliverByDeadline, InvalidCalendarError, KpiInputError, shipByDay, shipByDeadline } from ".."
import { CUTOFF_MINUTES, instantArb, OFFSET_HOURS } from "./arbitraries"
import { CALENDARS, errorOf } from "./fixtures"
import { naiveDeliverBy, naiveShipBy } from "./naive"

const at = (iso: string) => new Date(iso)
const deadline = (iso: string, centre: keyof typeof CALENDARS) => shipByDeadline(at(iso), CALENDARS[centre]).toISOString()

const thrown = (run: () => unknown) => errorOf(run) as InvalidCalendarError

describe("ship-by deadline", () => {
  it("is the end of the placement's day one minute before the cut-off, and of the next working day from the cut-off on", () => {
    // Jakarta, cut-off 14:00 WIB (07:00 UTC), Tuesday 10 March 2026
    expect(deadline("2026-03-10T06:59:00Z", "jkt")).toBe("2026-03-10T17:00:00.000Z") // 13:59 → Tuesday, ends Wed 00:00 WIB
    expect(deadline("2026-03-10T07:00:00Z", "jkt")).toBe("2026-03-11T17:00:00.000Z") // 14:00 sharp → Wednesday
    expect(deadline("2026-03-10T07:01:00Z", "jkt")).toBe("2026-03-11T17:00:00.000Z") // 14:01 → Wednesday
    expect(deadline("2026-03-10T06:59:59.999Z", "jkt")).toBe("2026-03-10T17:00:00.000Z")
  })

  it("moves weekend placements, and Friday's after the cut-off, to Monday", () => {
    const monday = "2026-03-16T17:00:00.000Z" // end of Monday 16 March in Jakarta
    expect(deadline("2026-03-13T06:59:00Z", "jkt")).toBe("2026-03-13T17:00:00.000Z") // Friday 13:59
    expect(deadline("2026-03-13T08:00:00Z", "jkt")).toBe(monday) // Friday 15:00
    expect(deadline("2026-03-14T02:00:00Z", "jkt")).toBe(monday) // Saturday 09:00, before the cut-off all the same
    expect(deadline("2026-03-15T16:59:00Z", "jkt")).toBe(monday) // Sunday 23:59
    expect(deadline("2026-03-15T17:00:00Z", "jkt")).toBe(monday) // Monday 00:00, before the cut-off
  })

  it("reads the same instant in each centre's own zone (Jakarta +7, Makassar +8, Jayapura +9)", () => {
    const instant = at("2026-03-10T06:30:00Z") // 13:30 WIB, 14:30 WITA, 15:30 WIT
    const sameCutoff = (time_zone: string) => shipByDay(instant, { time_zone, cutoff_time: "14:00" })
    expect(sameCutoff("Asia/Jakarta")).toEqual({ year: 2026, month: 3, day: 10 })
    expect(sameCutoff("Asia/Makassar")).toEqual({ year: 2026, month: 3, day: 11 })
    expect(sameCutoff("Asia/Jayapura")).toEqual({ year: 2026, month: 3, day: 11 })
    // Makassar's own 15:00 cut-off: 14:59 WITA is still Tuesday, which ends at 16:00 UTC
    expect(deadline("2026-03-10T06:59:00Z", "mks")).toBe("2026-03-10T16:00:00.000Z")
    expect(deadline("2026-03-10T07:00:00Z", "mks")).toBe("2026-03-11T16:00:00.000Z")
  })

  it("takes the local day of a placement just before local midnight, not the UTC one", () => {
    // Monday 23:59 WIB is after the cut-off: due Tuesday; a minute later it is Tuesday 00:00, before it: due Tuesday too
    expect(deadline("2026-03-09T16:59:00Z", "jkt")).toBe("2026-03-10T17:00:00.000Z")
    expect(deadline("2026-03-09T17:00:00Z", "jkt")).toBe("2026-03-10T17:00:00.000Z")
    // Jayapura has no cut-off: Friday 23:59 WIT is due that Friday; Saturday 00:01 WIT (still Friday in UTC) waits for Monday
    expect(deadline("2026-03-13T14:59:00Z", "jyp")).toBe("2026-03-13T15:00:00.000Z")
    expect(deadline("2026-03-13T15:01:00Z", "jyp")).toBe("2026-03-16T15:00:00.000Z")
  })

  it("uses the centre's working days when given (a centre that works Saturdays)", () => {
    const saturdays = { time_zone: "Asia/Jakarta", cutoff_time: "12:00", working_days: [1, 2, 3, 4, 5, 6] }
    expect(shipByDay(at("2026-03-13T06:00:00Z"), saturdays)).toEqual({ year: 2026, month: 3, day: 14 }) // Friday 13:00 → Saturday
    expect(shipByDay(at("2026-03-14T04:00:00Z"), saturdays)).toEqual({ year: 2026, month: 3, day: 14 }) // Saturday 11:00
    expect(shipByDay(at("2026-03-14T05:00:00Z"), saturdays)).toEqual({ year: 2026, month: 3, day: 16 }) // Saturday 12:00 → Monday
  })

  it("ends the local day at local midnight across a daylight-saving change", () => {
    const berlin = { time_zone: "Europe/Berlin", cutoff_time: "14:00", working_days: [0, 1, 2, 3, 4, 5, 6] }
    expect(shipByDeadline(at("2026-03-29T08:00:00Z"), berlin).toISOString()).toBe("2026-03-29T22:00:00.000Z")
    expect(cutoffOnDayOf(at("2026-03-29T08:00:00Z"), berlin).toISOString()).toBe("2026-03-29T12:00:00.000Z")
  })

  it("agrees with a fixed-offset reference for any placement, cut-off and working week (property)", () => {
    fc.assert(
      fc.property(
        instantArb,
        fc.constantFrom("jkt", "mks", "jyp"),
        fc.option(fc.integer({ min: 0, max: 24 * 60 - 1 }), { nil: null }),
        fc.uniqueArray(fc.integer({ min: 0, max: 6 }), { minLength: 1, maxLength: 7 }),
        (placed, centre, cutoff, working_days) => {
          const cutoff_time = cutoff === null ? null : `${String(Math.floor(cutoff / 60)).padStart(2, "0")}:${String(cutoff % 60).padStart(2, "0")}`
          const calendar = { time_zone: CALENDARS[centre].time_zone, cutoff_time, working_days }
          expect(shipByDeadline(placed, calendar).toISOString()).toBe(naiveShipBy(placed, OFFSET_HOURS[centre], cutoff, working_days).toISOString())
        }
      ),
      { numRuns: 500, seed: 3 }
    )
  })
})

describe("deliver-by deadline", () => {
  it("counts promised days as working days after the ship-by day", () => {
    // placed Friday 15:00 WIB, after the cut-off: ship by Monday; 2 working days → Wednesday
    expect(deliverByDeadline(at("2026-03-13T08:00:00Z"), 2, CALENDARS.jkt).toISOString()).toBe("2026-03-18T17:00:00.000Z")
    // placed Thursday 09:00: ship by Thursday; 1 working day → Friday; 2 → Monday (not Saturday)
    expect(deliverByDeadline(at("2026-03-12T02:00:00Z"), 1, CALENDARS.jkt).toISOString()).toBe("2026-03-13T17:00:00.000Z")
    expect(deliverByDeadline(at("2026-03-12T02:00:00Z"), 2, CALENDARS.jkt).toISOString()).toBe("2026-03-16T17:00:00.000Z")
    expect(deliverByDeadline(at("2026-03-12T02:00:00Z"), 0, CALENDARS.jkt)).toEqual(shipByDeadline(at("2026-03-12T02:00:00Z"), CALENDARS.jkt))
  })

  it("agrees with a fixed-offset reference (property)", () => {
    fc.assert(
      fc.property(instantArb, fc.constantFrom("jkt", "mks", "jyp"), fc.integer({ min: 0, max: 15 }), (placed, centre, days) => {
        expect(deliverByDeadline(placed, days, CALENDARS[centre]).toISOString()).toBe(
          naiveDeliverBy(placed, days, OFFSET_HOURS[centre], CUTOFF_MINUTES[centre]).toISOString()
        )
      }),
      { numRuns: 300, seed: 4 }
    )
  })

  it("refuses promised days that are not a whole number of days", () => {
    for (const days of [-1, 1.5, NaN, 10_000]) {
      const error = thrown(() => deliverByDeadline(at("2026-03-12T02:00:00Z"), days, CALENDARS.jkt))
      expect(error).toBeInstanceOf(KpiInputError)
      expect(error.field).toBe("promised_days")
    }
  })
})

describe("bad calendars", () => {
  const placed = at("2026-03-10T02:00:00Z")

  it("throw an InvalidCalendarError naming the field", () => {
    const cases: [object, string][] = [
      [{ time_zone: "Asia/Atlantis", cutoff_time: "14:00" }, "time_zone"],
      [{ time_zone: "", cutoff_time: "14:00" }, "time_zone"],
      [{ time_zone: "Asia/Jakarta", cutoff_time: "25:00" }, "cutoff_time"],
      [{ time_zone: "Asia/Jakarta", cutoff_time: "9:00" }, "cutoff_time"],
      [{ time_zone: "Asia/Jakarta", cutoff_time: "14:00", working_days: [] }, "working_days"],
      [{ time_zone: "Asia/Jakarta", cutoff_time: "14:00", working_days: [1, 7] }, "working_days"],
    ]
    for (const [calendar, field] of cases) {
      const error = thrown(() => shipByDeadline(placed, calendar as never))
      expect(error).toBeInstanceOf(InvalidCalendarError)
      expect(error).toBeInstanceOf(KpiInputError)
      expect(error.field).toBe(field)
    }
  })

  it("name the centre when checked as a set", () => {
    const error = thrown(() => checkCalendars({ ...CALENDARS, sby: { time_zone: "Asia/Surabaya", cutoff_time: null } }))
    expect(error.field).toBe("time_zone")
    expect(error.stock_location_id).toBe("sby")
    expect(error.message).toMatch(/sby/)
  })

  it("pass when valid, and no calendars at all is not an error", () => {
    expect(() => checkCalendars(CALENDARS)).not.toThrow()
    expect(() => checkCalendars({})).not.toThrow()
  })
})
