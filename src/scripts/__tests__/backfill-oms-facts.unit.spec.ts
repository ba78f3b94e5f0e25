import { intArg } from "../backfill-oms-facts"

describe("backfill-oms-facts arguments", () => {
  it("reads name=value as medusa exec passes it on, --name=value too, the default otherwise", () => {
    expect(intArg(["batch=500"], "batch", 1000, 1)).toBe(500)
    expect(intArg(["--settle-minutes=0"], "settle-minutes", 10, 0)).toBe(0)
    expect(intArg([], "batch", 1000, 1)).toBe(1000)
    expect(intArg(["batches=5"], "batch", 1000, 1)).toBe(1000)
  })
  it("refuses what is not a whole number at least the minimum, naming the argument", () => {
    expect(() => intArg(["batch=0"], "batch", 1000, 1)).toThrow("batch must be a whole number of at least 1 (got 0)")
    expect(() => intArg(["batch=1.5"], "batch", 1000, 1)).toThrow("batch")
    expect(() => intArg(["settle-minutes=soon"], "settle-minutes", 10, 0)).toThrow("settle-minutes")
  })
})
