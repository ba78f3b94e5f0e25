import { errorStatus, isPeriodTooLong } from "../errors"

const fetchError = (message: string, status: number) => Object.assign(new Error(message), { status, statusText: "" })

describe("isPeriodTooLong", () => {
  it("recognises the KPI route's refusal of a period with too many shipments", () => {
    expect(isPeriodTooLong(fetchError("from: the period holds more than 4000 shipments; choose a shorter period or one centre", 400))).toBe(true)
  })

  it("leaves other errors alone", () => {
    expect(isPeriodTooLong(fetchError("from must be before to", 400))).toBe(false)
    expect(isPeriodTooLong(fetchError("from: the period holds more than 4000 shipments", 500))).toBe(false)
    expect(isPeriodTooLong(new Error("network"))).toBe(false)
    expect(isPeriodTooLong(null)).toBe(false)
    expect(errorStatus(fetchError("x", 404))).toBe(404)
    expect(errorStatus("x")).toBeUndefined()
  })
})
