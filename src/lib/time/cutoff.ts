import { atLocalTime, localDateOf } from "./local-date"

/** Minutes after midnight for a 24-hour "HH:MM", or null when the text is not one. */
export function parseClockTime(text: string): number | null {
  const match = /^([01]\d|2[0-3]):([0-5]\d)$/.exec(text)
  return match ? Number(match[1]) * 60 + Number(match[2]) : null
}

/**
 * Today's cut-off at a centre as a UTC instant: "HH:MM" on the centre's current local day.
 * Orders placed before it are the ones that should leave today.
 */
export function cutoffToday(now: Date, timeZone: string, cutoffTime: string): Date {
  const minutes = parseClockTime(cutoffTime)
  if (minutes === null) throw new Error(`cut-off time must be HH:MM, got ${cutoffTime}`)
  return atLocalTime(localDateOf(now, timeZone), minutes, timeZone)
}
