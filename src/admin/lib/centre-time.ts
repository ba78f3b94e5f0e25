/**
 * Times of a fulfilment centre's day, written in the centre's own time zone (a Makassar
 * deadline reads as Makassar's clock), with the zone's name added when the viewer's differs.
 * Pure: locale and zones come in, so it is unit-tested without a browser.
 */

const MINUTE = 60_000

const browserZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone

function safeZone(timeZone: string | null | undefined): string | undefined {
  if (!timeZone) return undefined
  try {
    new Intl.DateTimeFormat("en", { timeZone })
    return timeZone
  } catch {
    return undefined
  }
}

/** "Tue 10 Mar, 14:05" in the centre's zone ("Sel, 10 Mar, 14.05" in Indonesian), " WITA" / " GMT+8" when not the viewer's zone. */
export function formatCentreTime(instant: string | Date, locale: string, timeZone?: string | null, viewerZone: string = browserZone()): string {
  const at = typeof instant === "string" ? new Date(instant) : instant
  if (Number.isNaN(at.getTime())) return "—"
  const zone = safeZone(timeZone)
  const foreign = !!zone && zone !== viewerZone
  return new Intl.DateTimeFormat(locale, {
    weekday: "short",
    day: "numeric",
    month: "short",
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
    timeZone: zone ?? viewerZone,
    ...(foreign ? { timeZoneName: "short" } : {}),
  }).format(at)
}

/**
 * A ship-by or deliver-by deadline. The server's deadline is the exclusive end of the centre's
 * day (its midnight), which reads as the next day; the merchant's "by" is the last minute of
 * the due day, 23:59.
 */
export function formatDeadline(deadline: string | Date, locale: string, timeZone?: string | null, viewerZone?: string): string {
  const at = typeof deadline === "string" ? new Date(deadline) : deadline
  if (Number.isNaN(at.getTime())) return "—"
  return formatCentreTime(new Date(at.getTime() - MINUTE), locale, timeZone, viewerZone)
}
