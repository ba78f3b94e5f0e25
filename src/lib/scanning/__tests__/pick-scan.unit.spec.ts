import { checkBinScan, checkItemScan } from "../pick-scan"

describe("checkBinScan", () => {
  it("accepts the expected bin, ignoring case and scanner whitespace", () => {
    expect(checkBinScan("A-01-02", "a-01-02\r\n")).toEqual({ ok: true })
  })

  it("refuses another bin and says which was expected", () => {
    expect(checkBinScan("A-01-02", "A-01-03")).toEqual({
      ok: false,
      code: "wrong_bin",
      reason: "wrong bin: scanned A-01-03, expected A-01-02",
    })
  })

  it("does not treat separators as noise (A-1-10 is not A-11-0)", () => {
    expect(checkBinScan("A-1-10", "A-11-0").ok).toBe(false)
  })

  it("refuses an empty scan", () => {
    expect(checkBinScan("A-01-02", "  ")).toMatchObject({ ok: false, code: "empty_scan" })
  })

  it("throws when the pick line has no bin to check", () => {
    expect(() => checkBinScan("", "A-01-02")).toThrow(/no bin code/)
  })
})

describe("checkItemScan", () => {
  const tee = { sku: "TSH-BLK-M", barcode: "4006381333931" }

  it("accepts the barcode or the SKU label", () => {
    expect(checkItemScan(tee, "4006381333931")).toEqual({ ok: true, matched_by: "barcode" })
    expect(checkItemScan(tee, "tsh-blk-m")).toEqual({ ok: true, matched_by: "sku" })
  })

  it("accepts a UPC-A barcode scanned as EAN-13", () => {
    expect(checkItemScan({ sku: "MUG", barcode: "036000291452" }, "0036000291452").ok).toBe(true)
  })

  it("refuses another product with the expected one named", () => {
    expect(checkItemScan(tee, "96385074")).toEqual({
      ok: false,
      code: "wrong_item",
      reason: "wrong item: scanned 96385074, expected SKU TSH-BLK-M / barcode 4006381333931",
    })
  })

  it("calls a bad check digit an unknown barcode and asks for a rescan", () => {
    expect(checkItemScan(tee, "4006381333932")).toMatchObject({
      ok: false,
      code: "unknown_barcode",
      reason: expect.stringContaining("check digit is wrong, rescan"),
    })
  })

  it("with a catalogue lookup, tells unknown codes from other products", () => {
    const known = new Set(["96385074"])
    const isKnownBarcode = (code: string) => known.has(code)
    expect(checkItemScan(tee, "96385074", { isKnownBarcode })).toMatchObject({ code: "wrong_item" })
    expect(checkItemScan(tee, "XYZ-999", { isKnownBarcode })).toMatchObject({
      code: "unknown_barcode",
      reason: "unknown barcode XYZ-999: not in the catalogue; expected SKU TSH-BLK-M / barcode 4006381333931",
    })
  })

  it("refuses an empty scan, and throws when there is nothing to check against", () => {
    expect(checkItemScan(tee, "\r\n")).toMatchObject({ ok: false, code: "empty_scan" })
    expect(() => checkItemScan({ sku: null, barcode: " " }, "X")).toThrow(/neither a SKU nor a barcode/)
  })
})
