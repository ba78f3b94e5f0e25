import { cleanScan, codesMatch, isMisreadGtin, type KnownBarcodeLookup } from "./barcode"

export type ScanCheck =
  | { ok: true; matched_by?: "barcode" | "sku" }
  | { ok: false; code: "empty_scan" | "wrong_bin" | "unknown_barcode" | "wrong_item"; reason: string }

/**
 * The picker scans the bin label before taking stock from it. Bin codes compare trimmed and
 * case-insensitively only: separators carry meaning ("A-1-10" and "A-11-0" are different bins).
 */
export function checkBinScan(expectedBinCode: string, scanned: string): ScanCheck {
  const expected = cleanScan(expectedBinCode)
  if (!expected) throw new Error("checkBinScan: the pick line has no bin code to check against")
  const code = cleanScan(scanned)
  if (!code) return { ok: false, code: "empty_scan", reason: "empty scan: scan the bin label" }
  if (code.toLowerCase() === expected.toLowerCase()) return { ok: true }
  return { ok: false, code: "wrong_bin", reason: `wrong bin: scanned ${code}, expected ${expected}` }
}

/**
 * The picker scans each unit taken. Accepts the product's barcode (EAN/UPC, leading zeros and
 * UPC-as-EAN tolerated) or its SKU. `isKnownBarcode` (optional catalogue lookup) lets the refusal
 * say "wrong item" for another real product and "unknown barcode" for a code nobody issued.
 */
export function checkItemScan(
  expected: { sku?: string | null; barcode?: string | null },
  scanned: string,
  { isKnownBarcode }: { isKnownBarcode?: KnownBarcodeLookup } = {}
): ScanCheck {
  if (!cleanScan(expected.sku) && !cleanScan(expected.barcode)) {
    throw new Error("checkItemScan: the pick line has neither a SKU nor a barcode to check against")
  }
  const code = cleanScan(scanned)
  if (!code) return { ok: false, code: "empty_scan", reason: "empty scan: scan the item's barcode" }
  if (codesMatch(code, expected.barcode)) return { ok: true, matched_by: "barcode" }
  if (codesMatch(code, expected.sku)) return { ok: true, matched_by: "sku" }
  const wanted = describeExpected(expected)
  if (isMisreadGtin(code)) {
    return { ok: false, code: "unknown_barcode", reason: `unknown barcode ${code}: check digit is wrong, rescan; expected ${wanted}` }
  }
  if (isKnownBarcode && !isKnownBarcode(code)) {
    return { ok: false, code: "unknown_barcode", reason: `unknown barcode ${code}: not in the catalogue; expected ${wanted}` }
  }
  return { ok: false, code: "wrong_item", reason: `wrong item: scanned ${code}, expected ${wanted}` }
}

function describeExpected({ sku, barcode }: { sku?: string | null; barcode?: string | null }): string {
  const parts = [cleanScan(sku) && `SKU ${cleanScan(sku)}`, cleanScan(barcode) && `barcode ${cleanScan(barcode)}`].filter(Boolean)
  return parts.join(" / ")
}
