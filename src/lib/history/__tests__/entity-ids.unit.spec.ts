import { entityIds } from "../entity-ids"

describe("entityIds", () => {
  it("draws ids shaped like Medusa's: prefix, then 26 Crockford characters starting with the time", () => {
    const ids = entityIds("shp", 1000, Date.UTC(2026, 11, 1))
    expect(new Set(ids).size).toBe(1000)
    for (const id of ids) expect(id).toMatch(/^shp_[0-9A-HJKMNP-TV-Z]{26}$/)
    // the ULID time part of 2026-12-01T00:00:00Z
    expect(ids[0].slice(4, 14)).toBe("01M8QEDC00")
  })
  it("sorts later batches after earlier ones, as ULIDs do", () => {
    const [a] = entityIds("omsord", 1, 1_000)
    const [b] = entityIds("omsord", 1, 2_000)
    expect(a < b).toBe(true)
  })
})
