import fc from "fast-check"
import { RETURN_EXPORT_HEADERS, returnExportRecord, ROOT_CAUSE_LABELS, spreadsheetSafe } from ".."

describe("returns export", () => {
  const row = {
    requested_at: new Date("2026-11-02T03:04:05.000Z"),
    received_at: null,
    order_id: "order_1",
    product_id: "prod_1",
    variant_id: "variant_1",
    quantity: 2,
    received_quantity: 1,
    damaged_quantity: 1,
    reason_path: [{ value: "oms_damaged", label: "Rusak" }, { value: "oms_damaged_in_transit", label: "Rusak di jalan" }],
    note: "=HYPERLINK(\"http://x\")",
    cause: "damaged",
    rule: "damaged_units_received",
    stock_location_id: "sloc_1",
    picked_by: null,
    packed_by: "user_1",
    carton_code: "M",
    shipped_late: false,
    days_in_transit: 2.5,
  }

  it("writes one cell per header, the cause in the chosen language, a formula as text", () => {
    const record = returnExportRecord(row, "id")
    expect(record).toHaveLength(RETURN_EXPORT_HEADERS.length)
    const cell = (header: string) => record[RETURN_EXPORT_HEADERS.indexOf(header)]
    expect(cell("requested_at")).toBe("2026-11-02T03:04:05.000Z")
    expect(cell("received_at")).toBe("")
    expect(cell("reason")).toBe("Rusak / Rusak di jalan")
    expect(cell("cause")).toBe(ROOT_CAUSE_LABELS.damaged.id)
    expect(cell("customer_words")).toBe("'=HYPERLINK(\"http://x\")")
    expect(cell("shipped_late")).toBe("no")
    expect(cell("quantity")).toBe(2)
  })

  it("never leaves a text cell that a spreadsheet would run (property)", () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        const safe = spreadsheetSafe(text) as string
        expect(/^[=+\-@\t\r]/.test(safe)).toBe(false)
        // nothing else is changed
        expect(safe === text || safe === `'${text}`).toBe(true)
      }),
      { numRuns: 500, seed: 3 }
    )
    expect(spreadsheetSafe(-3)).toBe(-3)
  })
})
