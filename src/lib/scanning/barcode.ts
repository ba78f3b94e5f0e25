/**
 * Barcode comparison shared by picking and packing. Scanners differ in what they send for the same
 * label (trailing CR/LF or tab, leading zeros, UPC-A as EAN-13), so codes are compared by meaning,
 * not by raw string.
 */

const GTIN_LENGTHS = new Set([8, 12, 13, 14])

/** Trims whitespace and the control characters scanners append or prefix (CR, LF, TAB, GS...). */
export function cleanScan(raw: string | null | undefined): string {
  // eslint-disable-next-line no-control-regex
  return (raw ?? "").replace(/[\u0000-\u001f\u007f]/g, "").trim()
}

/** GS1 mod-10 check digit over all digits but the last. */
export function hasValidGtinCheckDigit(digits: string): boolean {
  if (!/^\d+$/.test(digits) || !GTIN_LENGTHS.has(digits.length)) return false
  let sum = 0
  const body = digits.slice(0, -1)
  for (let i = 0; i < body.length; i++) {
    // Weights alternate 3, 1, ... counting from the digit next to the check digit.
    const weight = (body.length - i) % 2 === 1 ? 3 : 1
    sum += Number(body[i]) * weight
  }
  return (10 - (sum % 10)) % 10 === Number(digits[digits.length - 1])
}

/**
 * EAN-8/UPC-A/EAN-13/GTIN-14 as one 14-digit key, so a UPC-A label read as EAN-13 ("0" + UPC)
 * still matches. Null when the code is not a valid GTIN.
 */
export function gtinKey(code: string): string | null {
  return hasValidGtinCheckDigit(code) ? code.padStart(14, "0") : null
}

/** Numeric, GTIN-length, but the check digit fails: almost certainly a misread, not a real product. */
export function isMisreadGtin(code: string): boolean {
  return /^\d+$/.test(code) && GTIN_LENGTHS.has(code.length) && !hasValidGtinCheckDigit(code)
}

/**
 * True when a scanned code denotes the expected code: same GTIN, or the same text ignoring case
 * (SKUs typed or read by keyboard-wedge scanners often change case with caps lock).
 */
export function codesMatch(scanned: string, expected: string | null | undefined): boolean {
  const wanted = cleanScan(expected)
  if (!scanned || !wanted) return false
  const scannedKey = gtinKey(scanned)
  if (scannedKey !== null && scannedKey === gtinKey(wanted)) return true
  return scanned.toLowerCase() === wanted.toLowerCase()
}

/** Optional catalogue lookup: tells "a real product that is not ours" from "a code we never issued". */
export type KnownBarcodeLookup = (code: string) => boolean
