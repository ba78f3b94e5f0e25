/**
 * Why a picker shorted a line: one of a short list, "other" with a note. The pick line keeps it
 * as text (`short_reason`, which older rows hold as free text): the code first, then the note
 * ("damaged", "other: bin flooded"), then what the workflow adds ("(found 1 of 3)").
 */
export const SHORT_PICK_REASONS = ["damaged", "not_found", "wrong_item", "other"] as const
export type ShortPickReason = (typeof SHORT_PICK_REASONS)[number]

/** The stored text for a listed reason and its optional note (required for "other"). */
export function shortReasonRecord(reason: ShortPickReason, note?: string | null): string {
  const text = note?.trim()
  return text ? `${reason}: ${text}` : reason
}

export type ParsedShortReason =
  | { reason: ShortPickReason; note: string | null; found: number | null; quantity: number | null }
  /** A row written before the list existed: its free text, as typed. */
  | { reason: null; note: string; found: number | null; quantity: number | null }

const FOUND = /\s*\(found (\d+) of (\d+)\)$/

/** A stored short reason read back: the listed code and note, or the old free text; and the counts. */
export function parseShortReason(stored: string): ParsedShortReason {
  const counts = FOUND.exec(stored)
  const found = counts ? Number(counts[1]) : null
  const quantity = counts ? Number(counts[2]) : null
  const text = counts ? stored.slice(0, counts.index) : stored
  for (const reason of SHORT_PICK_REASONS) {
    if (text === reason) return { reason, note: null, found, quantity }
    if (text.startsWith(`${reason}: `)) return { reason, note: text.slice(reason.length + 2).trim() || null, found, quantity }
  }
  return { reason: null, note: text.trim(), found, quantity }
}
