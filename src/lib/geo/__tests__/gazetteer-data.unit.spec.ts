import { INDONESIA } from "../data/indonesia"
import { WORLD } from "../data/world"

const rows = (text: string) => text.split("\n").map((line) => line.split("|"))

// ISO 3166-2:ID, including the four Papua provinces created in 2022 (PS, PT, PE, PD).
const ISO_PROVINCES =
  "AC BA BB BE BT GO JA JB JI JK JT KB KI KR KS KT KU LA MA MU NB NT PA PB PD PE PS PT RI SA SB SG SN SR SS ST SU YO"

describe("generated gazetteer data", () => {
  const indonesia = rows(INDONESIA)
  const provinces = indonesia.filter(([type]) => type === "S")

  it("has Indonesia's 38 provinces by ISO code, each with a point in Indonesia", () => {
    expect(provinces.map(([, code]) => code).sort().join(" ")).toBe(ISO_PROVINCES)
    for (const [, , , , latitude, longitude] of provinces) {
      expect(Number(latitude)).toBeGreaterThan(-11.5)
      expect(Number(latitude)).toBeLessThan(6.5)
      expect(Number(longitude)).toBeGreaterThan(94.5)
      expect(Number(longitude)).toBeLessThan(141.5)
    }
  })

  it("files every regency and place under one of those provinces", () => {
    const codes = new Set(provinces.map(([, code]) => code))
    const regencies = indonesia.filter(([type]) => type === "R")
    expect(regencies.length).toBe(514)
    const stray = indonesia.filter(([type, code]) => type !== "S" && code !== "" && !codes.has(code))
    expect(stray).toEqual([])
  })

  it("covers the other countries with well-formed rows", () => {
    expect(Object.keys(WORLD).length).toBeGreaterThan(200)
    const malformed = Object.values(WORLD)
      .flatMap(rows)
      .filter(([type, , name, ...rest]) => !["S", "P"].includes(type) || !name || rest.length !== 3)
    expect(malformed).toEqual([])
  })
})
