import { customPeriod, formatPeriod, parseDateInput, presetPeriod, toDateInput } from "../periods"

describe("periods", () => {
  it("a preset is that many whole local days ending tonight, the same all day", () => {
    const morning = presetPeriod(7, new Date(2026, 10, 9, 8, 15))
    const evening = presetPeriod(7, new Date(2026, 10, 9, 23, 59))
    expect(morning).toEqual(evening)
    expect(new Date(morning.to)).toEqual(new Date(2026, 10, 10))
    expect(new Date(morning.from)).toEqual(new Date(2026, 10, 3))
    expect(formatPeriod(morning, "en-GB")).toMatch(/^3\s?–\s?9 Nov 2026$/)
  })

  it("a custom range includes its last day", () => {
    const period = customPeriod("2026-10-01", "2026-10-31")!
    expect(new Date(period.from)).toEqual(new Date(2026, 9, 1))
    expect(new Date(period.to)).toEqual(new Date(2026, 10, 1))
    expect(formatPeriod(period, "en-GB")).toMatch(/^1\s?–\s?31 Oct 2026$/)
    expect(formatPeriod(customPeriod("2026-10-05", "2026-10-05")!, "id-ID")).toBe("5 Okt 2026")
  })

  it("refuses what is not a range", () => {
    expect(customPeriod("2026-10-31", "2026-10-01")).toBeNull()
    expect(customPeriod("2026-02-30", "2026-03-01")).toBeNull()
    expect(customPeriod("", "2026-03-01")).toBeNull()
    expect(customPeriod(null, undefined)).toBeNull()
    expect(parseDateInput("2026-1-5")).toBeNull()
  })

  it("date inputs read back what they write", () => {
    const day = new Date(2026, 0, 5)
    expect(parseDateInput(toDateInput(day))).toEqual(day)
  })
})
