import { canComplete, scanItem, startPackSession, summary } from "../pack-session"

const ORDER = [
  { line_item_id: "li_tee", sku: "TSH-BLK-M", barcode: "4006381333931", quantity: 3 },
  { line_item_id: "li_mug", sku: "MUG-WHT", barcode: "036000291452", quantity: 1 },
]

describe("pack session", () => {
  it("accepts expected units, reports progress, and completes when all are scanned", () => {
    let state = startPackSession(ORDER)
    expect(canComplete(state)).toBe(false)
    const first = scanItem(state, "4006381333931")
    expect(first).toMatchObject({
      outcome: "accepted",
      line_item_id: "li_tee",
      progress: { packed_units: 1, expected_units: 4, remaining_units: 3, complete: false },
    })
    state = first.state
    for (const code of ["4006381333931", "tsh-blk-m", "0036000291452"]) state = scanItem(state, code).state
    expect(canComplete(state)).toBe(true)
    expect(summary(state)).toMatchObject({ complete: true, packed_units: 4, accepted_scans: 4, refused_scans: 0, scan_accuracy: 1 })
  })

  it("refuses a fourth unit of a line of three", () => {
    let state = startPackSession(ORDER)
    for (let i = 0; i < 3; i++) state = scanItem(state, "4006381333931").state
    const extra = scanItem(state, "4006381333931")
    expect(extra).toMatchObject({ outcome: "refused", reason: "quantity exceeded (3 of 3 already packed)" })
    expect(extra.state.lines[0].packed).toBe(3)
    expect(extra.state.refused_scans).toBe(1)
  })

  it("refuses an item that is not in the order, and counts it as a caught mis-pick", () => {
    const result = scanItem(startPackSession(ORDER), "96385074")
    expect(result).toMatchObject({ outcome: "refused", reason: "item does not belong to this order" })
    expect(summary(result.state).refusals).toEqual({ unknown_barcode: 0, not_in_order: 1, quantity_exceeded: 0 })
  })

  it("refuses misreads and codes the catalogue does not know as unknown barcodes", () => {
    const state = startPackSession(ORDER)
    expect(scanItem(state, "4006381333932").reason).toBe("unknown barcode") // check digit fails
    expect(scanItem(state, "   ").reason).toBe("unknown barcode")
    const isKnownBarcode = (code: string) => code === "96385074"
    expect(scanItem(state, "GARBAGE", { isKnownBarcode }).reason).toBe("unknown barcode")
    expect(scanItem(state, "96385074", { isKnownBarcode }).reason).toBe("item does not belong to this order")
  })

  it("fills lines of the same product in order, then reports the order's total", () => {
    let state = startPackSession([
      { line_item_id: "li_a", sku: "TSH", quantity: 1 },
      { line_item_id: "li_b", sku: "TSH", quantity: 1 },
    ])
    const first = scanItem(state, "TSH")
    const second = scanItem(first.state, "TSH")
    expect([first.line_item_id, second.line_item_id]).toEqual(["li_a", "li_b"])
    state = second.state
    expect(scanItem(state, "TSH").reason).toBe("quantity exceeded (2 of 2 already packed)")
  })

  it("never changes the state it was given", () => {
    const state = startPackSession(ORDER)
    const before = JSON.stringify(state)
    scanItem(state, "4006381333931")
    scanItem(state, "nope")
    expect(JSON.stringify(state)).toBe(before)
    expect(Object.isFrozen(state) && Object.isFrozen(state.lines) && Object.isFrozen(state.lines[0])).toBe(true)
  })

  it("summarises what is missing and the scan accuracy", () => {
    let state = startPackSession(ORDER)
    state = scanItem(state, "4006381333931").state
    state = scanItem(state, "96385074").state
    expect(summary(state)).toEqual({
      packed_units: 1,
      expected_units: 4,
      remaining_units: 3,
      complete: false,
      accepted_scans: 1,
      refused_scans: 1,
      refusals: { unknown_barcode: 0, not_in_order: 1, quantity_exceeded: 0 },
      scan_accuracy: 0.5,
      lines: [
        { line_item_id: "li_tee", sku: "TSH-BLK-M", expected: 3, packed: 1, missing: 2 },
        { line_item_id: "li_mug", sku: "MUG-WHT", expected: 1, packed: 0, missing: 1 },
      ],
    })
    expect(state.events.map((e) => e.outcome)).toEqual(["accepted", "refused"])
  })

  it("rejects sessions that cannot be scanned", () => {
    expect(() => startPackSession([])).toThrow(/nothing to pack/)
    expect(() => startPackSession([{ line_item_id: "a", sku: "X", quantity: 1.5 }])).toThrow(/whole number/)
    expect(() => startPackSession([{ line_item_id: "a", quantity: 1 }])).toThrow(/neither SKU nor barcode/)
    expect(() => startPackSession([ORDER[0], ORDER[0]])).toThrow(/listed twice/)
  })
})
