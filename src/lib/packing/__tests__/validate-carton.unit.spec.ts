import { validateCarton } from "../validate-carton"
import { CATALOGUE } from "./fixtures"

describe("validateCarton", () => {
  it("accepts every carton of a sane catalogue", () => {
    for (const carton of CATALOGUE) expect(validateCarton(carton)).toEqual([])
  })

  it("reports non-positive or missing dimensions", () => {
    const problems = validateCarton({ ...CATALOGUE[0], inner_width_cm: 0, inner_height_cm: NaN })
    expect(problems).toHaveLength(2)
    expect(problems[0]).toMatch(/inner_width_cm must be a positive number/)
    expect(problems[1]).toMatch(/inner_height_cm/)
  })

  it("reports a max weight that does not exceed the tare", () => {
    const problems = validateCarton({ ...CATALOGUE[0], tare_weight_g: 500, max_weight_g: 500 })
    expect(problems).toEqual([expect.stringMatching(/max_weight_g \(500 g\) must exceed the tare \(500 g\)/)])
  })

  it("reports negative tare and cost, and a missing id", () => {
    const problems = validateCarton({ ...CATALOGUE[0], id: "", tare_weight_g: -1, cost: -0.5 })
    expect(problems.join("\n")).toMatch(/no id/)
    expect(problems.join("\n")).toMatch(/tare_weight_g must be >= 0/)
    expect(problems.join("\n")).toMatch(/cost must be >= 0/)
  })
})
