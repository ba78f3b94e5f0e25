import fc from "fast-check"
import {
  changeOf,
  formatChange,
  formatDuration,
  formatMoney,
  formatRate,
  formatValue,
  type DurationUnits,
  type FormatContext,
} from "../kpi-format"

const MIN = 60_000
const H = 60 * MIN
const D = 24 * H
const ID_UNITS: DurationUnits = { day: "hari", hour: "jam", minute: "menit", underMinute: "< 1 menit" }
const en: FormatContext = { locale: "en-GB", currency: "IDR", units: { day: "d", hour: "h", minute: "min", underMinute: "< 1 min" }, points: "pts" }
const id: FormatContext = { locale: "id-ID", currency: "IDR", units: ID_UNITS, points: "poin" }

describe("formatDuration", () => {
  it("writes two units at most, the way a merchant says it", () => {
    expect(formatDuration(D + 4 * H)).toBe("1 d 4 h")
    expect(formatDuration(3 * H + 20 * MIN)).toBe("3 h 20 min")
    expect(formatDuration(45 * MIN)).toBe("45 min")
    expect(formatDuration(2 * D)).toBe("2 d")
    expect(formatDuration(3 * H)).toBe("3 h")
    expect(formatDuration(30_000)).toBe("< 1 min")
    expect(formatDuration(0)).toBe("< 1 min")
  })

  it("rounds to the smaller unit and carries over", () => {
    expect(formatDuration(D + 23 * H + 40 * MIN)).toBe("2 d") // 47.67 h → 48 h
    expect(formatDuration(59 * MIN + 45_000)).toBe("1 h") // 59.75 min → 60 min
    expect(formatDuration(23 * H + 59 * MIN + 50_000)).toBe("1 d") // rounds to 24 h
    expect(formatDuration(D + 29 * MIN)).toBe("1 d")
  })

  it("uses the words given (Bahasa Indonesia)", () => {
    expect(formatDuration(D + 4 * H, ID_UNITS)).toBe("1 hari 4 jam")
    expect(formatDuration(3 * H + 20 * MIN, ID_UNITS)).toBe("3 jam 20 menit")
    expect(formatDuration(10_000, ID_UNITS)).toBe("< 1 menit")
  })

  it("shows a dash for nothing to show", () => {
    for (const v of [null, undefined, NaN, Infinity, -1]) expect(formatDuration(v)).toBe("—")
  })

  it("never shows a zero unit, a unit out of range, or more than two units", () => {
    fc.assert(
      fc.property(fc.integer({ min: MIN, max: 400 * D }), (ms) => {
        const text = formatDuration(ms)
        const parts = text.split(" ")
        expect(parts.length === 2 || parts.length === 4).toBe(true)
        const numbers = parts.filter((_, i) => i % 2 === 0).map(Number)
        expect(numbers.every((n) => Number.isInteger(n) && n > 0)).toBe(true)
        if (parts[1] === "h") expect(numbers[0]).toBeLessThan(24)
        if (parts[3] === "h") expect(numbers[1]).toBeLessThan(24)
        if (parts[3] === "min" || parts[1] === "min") expect(numbers[numbers.length - 1]).toBeLessThan(60)
      })
    )
  })
})

describe("numbers and money", () => {
  it("writes percentages with one decimal in the admin's language", () => {
    expect(formatRate(0.98345, "en-GB")).toBe("98.3%")
    expect(formatRate(0.98345, "id-ID")).toBe("98,3%")
    expect(formatRate(1, "en-GB")).toBe("100.0%")
    expect(formatRate(null, "en-GB")).toBe("—")
  })

  it("writes money in the store's currency, without minor units from 1,000 up", () => {
    expect(formatMoney(12500, "idr", "id-ID")).toMatch(/^Rp\s?12\.500$/)
    expect(formatMoney(12500, "IDR", "en-GB")).toMatch(/^Rp\s?12,500$/)
    expect(formatMoney(3.5, "eur", "en-GB")).toBe("€3.50")
    expect(formatMoney(12.5, null, "en-GB")).toBe("12.5")
    expect(formatMoney(12.5, "not-a-currency", "en-GB")).toBe("12.5")
    expect(formatMoney(null, "IDR", "en-GB")).toBe("—")
  })

  it("formats each kind of value", () => {
    expect(formatValue("count", 12345, en)).toBe("12,345")
    expect(formatValue("count", 12345, id)).toBe("12.345")
    expect(formatValue("decimal", 1.234, id)).toBe("1,23")
    expect(formatValue("duration", 3 * H, id)).toBe("3 jam")
  })
})

describe("changeOf", () => {
  it("colours a move by whether it is good for that KPI", () => {
    expect(changeOf(0.95, 0.9, "up")).toMatchObject({ direction: "up", tone: "good" })
    expect(changeOf(0.85, 0.9, "up")).toMatchObject({ direction: "down", tone: "bad" })
    expect(changeOf(2 * H, 3 * H, "down")).toMatchObject({ direction: "down", tone: "good" })
    expect(changeOf(4 * H, 3 * H, "down")).toMatchObject({ direction: "up", tone: "bad" })
    expect(changeOf(120, 100, "neither")).toMatchObject({ direction: "up", tone: "neutral", relative: 0.2 })
  })

  it("calls a move within epsilon the same, and a missing side nothing to compare", () => {
    expect(changeOf(0.9003, 0.9, "up", 0.0005)).toMatchObject({ direction: "same", tone: "neutral" })
    expect(changeOf(0.9, null, "up")).toEqual({ delta: null, relative: null, direction: "none", tone: "neutral" })
    expect(changeOf(null, 0.9, "up").direction).toBe("none")
    expect(changeOf(5, 0, "neither")).toMatchObject({ delta: 5, relative: null, direction: "up" })
  })

  it("is good exactly when it moves the better way", () => {
    fc.assert(
      fc.property(fc.double({ min: -1e6, max: 1e6, noNaN: true }), fc.double({ min: -1e6, max: 1e6, noNaN: true }), fc.constantFrom("up" as const, "down" as const), (a, b, better) => {
        const c = changeOf(a, b, better)
        if (a === b) expect(c.direction).toBe("same")
        else expect(c.tone === "good").toBe(better === "up" ? a > b : a < b)
      })
    )
  })
})

describe("formatChange", () => {
  it("writes counts relative, percentages in points, the rest as differences", () => {
    expect(formatChange("count", changeOf(120, 100, "neither"), en)).toBe("+20%")
    expect(formatChange("count", changeOf(7, 0, "neither"), en)).toBe("+7")
    expect(formatChange("count", changeOf(5, 5, "neither"), en)).toBe("±0")
    expect(formatChange("rate", changeOf(0.88, 0.9, "up"), en)).toBe("−2.0 pts")
    expect(formatChange("rate", changeOf(0.913, 0.9, "up"), id)).toBe("+1,3 poin")
    expect(formatChange("duration", changeOf(2 * H, 5 * H + 20 * MIN, "down"), en)).toBe("−3 h 20 min")
    expect(formatChange("decimal", changeOf(1.25, 1.2, "down"), en)).toBe("+0.05")
    expect(formatChange("money", changeOf(13700, 12500, "down"), id)).toMatch(/^\+Rp\s?1\.200$/)
    expect(formatChange("rate", changeOf(0.9, null, "up"), en)).toBeNull()
  })
})
