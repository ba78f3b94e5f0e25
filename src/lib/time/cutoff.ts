import { startOfLocalDay } from "./local-day"

/**
 * Today's cut-off at a centre as a UTC instant: local midnight plus "HH:MM" in its time zone.
 * Orders placed before it are the ones that should leave today. Assumes no daylight-saving
 * change between midnight and the cut-off (true for the zones without DST; elsewhere the
 * instant can be an hour off on the two changeover days).
 */
export function cutoffToday(now: Date, timeZone: string, cutoffTime: string): Date {
  const match = /^([01]\d|2[0-3]):([0-5]\d)$/.exec(cutoffTime)
  if (!match) throw new Error(`cut-off time must be HH:MM, got ${cutoffTime}`)
  const midnight = startOfLocalDay(now, timeZone).getTime()
  return new Date(midnight + (Number(match[1]) * 60 + Number(match[2])) * 60_000)
}
