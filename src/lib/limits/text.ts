/**
 * Text PostgreSQL refuses: a NUL character (text and jsonb both reject it) and a lone UTF-16
 * surrogate (jsonb rejects the `\ud800` escape JSON.stringify writes for it). Either one reaching
 * a query is a 500, so requests carrying them are refused up front.
 */

const UNSAFE_CHAR = /\u0000|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/

/** True when the string holds a NUL or an unpaired surrogate. */
export const hasUnsafeText = (value: string): boolean => UNSAFE_CHAR.test(value)

/** What is wrong with the string, in words, or null when it is fine. */
export function unsafeTextProblem(value: string): string | null {
  if (value.includes("\u0000")) return "contains a NUL character"
  if (hasUnsafeText(value)) return "contains an invalid character (an unpaired UTF-16 surrogate)"
  return null
}
