import { cleanScan, codesMatch, gtinKey, hasValidGtinCheckDigit, isMisreadGtin } from "../barcode"

describe("barcode helpers", () => {
  it("validates GS1 check digits for EAN-8, UPC-A, EAN-13 and GTIN-14", () => {
    expect(hasValidGtinCheckDigit("96385074")).toBe(true) // EAN-8
    expect(hasValidGtinCheckDigit("036000291452")).toBe(true) // UPC-A
    expect(hasValidGtinCheckDigit("4006381333931")).toBe(true) // EAN-13
    expect(hasValidGtinCheckDigit("10036000291459")).toBe(true) // GTIN-14
    expect(hasValidGtinCheckDigit("4006381333932")).toBe(false)
    expect(hasValidGtinCheckDigit("12345")).toBe(false)
  })

  it("matches a UPC-A label read as EAN-13 (leading zero)", () => {
    expect(gtinKey("036000291452")).toBe(gtinKey("0036000291452"))
    expect(codesMatch("0036000291452", "036000291452")).toBe(true)
  })

  it("strips scanner suffixes and compares SKUs ignoring case", () => {
    expect(cleanScan(" tsh-blk-m\r\n")).toBe("tsh-blk-m")
    expect(codesMatch(cleanScan("tsh-blk-m\t"), "TSH-BLK-M")).toBe(true)
    expect(codesMatch("TSH-BLK-L", "TSH-BLK-M")).toBe(false)
    expect(codesMatch("", "TSH-BLK-M")).toBe(false)
    expect(codesMatch("TSH", null)).toBe(false)
  })

  it("recognises a numeric GTIN-length code with a bad check digit as a misread", () => {
    expect(isMisreadGtin("4006381333932")).toBe(true)
    expect(isMisreadGtin("4006381333931")).toBe(false)
    expect(isMisreadGtin("SKU-123")).toBe(false)
    expect(isMisreadGtin("12345")).toBe(false) // not a GTIN length: could be an internal SKU
  })
})
