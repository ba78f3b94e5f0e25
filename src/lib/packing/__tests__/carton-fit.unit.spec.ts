import { fitsInCarton } from "../carton-fit"
import { carton, cartonSize, item, placementsAreValid, placementsMatchItems } from "./fixtures"

const phoneCase = item("phone-case", [16, 9, 2], 60)

describe("fitsInCarton", () => {
  it("fits a phone case in the small box, placed inside it", () => {
    const result = fitsInCarton([phoneCase], carton("small"))
    expect(result.fits).toBe(true)
    if (!result.fits) return
    expect(result.placements).toEqual([{ item_id: "phone-case", x: 0, y: 0, z: 0, length_cm: 16, width_cm: 9, height_cm: 2 }])
  })

  it("lays a 60 cm item down along the long box", () => {
    const stand = item("tripod", [10, 10, 60], 1200) // listed standing up
    const result = fitsInCarton([stand], carton("long"))
    expect(result.fits).toBe(true)
    if (!result.fits) return
    expect(result.placements[0].length_cm).toBe(60)
    expect(placementsAreValid(result.placements, cartonSize(carton("long")))).toBe(true)
  })

  it("refuses an item too long for the box in every orientation, saying which", () => {
    const result = fitsInCarton([item("tripod", [10, 10, 60], 1200)], carton("xl"))
    expect(result).toEqual({ fits: false, reason: "item tripod (10×10×60 cm) does not fit in any orientation" })
  })

  it("refuses when contents plus tare exceed the max weight", () => {
    const dumbbells = [item("db1", [10, 10, 6], 1500), item("db2", [10, 10, 6], 1500)]
    const result = fitsInCarton(dumbbells, carton("small"))
    expect(result).toEqual({ fits: false, reason: "too heavy: 3000 g of items + 80 g tare exceeds the 3000 g limit" })
  })

  it("refuses when the items' total volume exceeds the carton's", () => {
    const bricks = [1, 2, 3, 4, 5].map((n) => item(`b${n}`, [10, 7.5, 8], 100))
    const result = fitsInCarton(bricks, carton("small"))
    expect(result).toEqual({ fits: false, reason: "items total 3000 cm³, more than the carton's 2400 cm³" })
  })

  it("packs a box exactly full, flush faces included", () => {
    const bricks = [1, 2, 3, 4].map((n) => item(`b${n}`, [8, 7.5, 10], 100))
    const result = fitsInCarton(bricks, carton("small"))
    expect(result.fits).toBe(true)
    if (!result.fits) return
    expect(placementsAreValid(result.placements, cartonSize(carton("small")))).toBe(true)
    expect(placementsMatchItems(result.placements, bricks)).toBe(true)
  })

  it("says so when the volumes allow it but the shapes do not", () => {
    // 1,485 cm³ of 2,400 and each fits alone, but the 8 cm block fills the height, and beside
    // it only a 5×15×8 or 20×4×8 gap is left: no room for an 11×15 face.
    const slabs = [item("s1", [15, 11, 8], 100), item("s2", [15, 11, 1], 100)]
    expect(fitsInCarton(slabs, carton("small")).fits).toBe(false)
  })

  it("treats unknown dimensions as 1 cm each", () => {
    const mystery = { id: "mystery", weight_g: 10 }
    const result = fitsInCarton([mystery], carton("small"))
    expect(result.fits).toBe(true)
    if (result.fits) expect(result.placements[0]).toMatchObject({ length_cm: 1, width_cm: 1, height_cm: 1 })
  })

  it("an empty order fits any carton", () => {
    expect(fitsInCarton([], carton("small"))).toEqual({ fits: true, placements: [] })
  })

  it("refuses an invalid carton instead of guessing", () => {
    const broken = { ...carton("small"), inner_height_cm: 0 }
    const result = fitsInCarton([phoneCase], broken)
    expect(result.fits).toBe(false)
    if (!result.fits) expect(result.reason).toMatch(/invalid carton: .*inner_height_cm/)
  })

  it("rejects duplicate unit ids (a unit must be placed once)", () => {
    expect(() => fitsInCarton([phoneCase, phoneCase], carton("small"))).toThrow(/appears twice/)
  })
})
