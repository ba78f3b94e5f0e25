const numberFormat = new Intl.NumberFormat(undefined, { maximumFractionDigits: 0 })
const oneDecimal = new Intl.NumberFormat(undefined, { maximumFractionDigits: 1, minimumFractionDigits: 1 })

export function formatNumber(value: number | null | undefined): string {
  return value == null || Number.isNaN(value) ? "—" : numberFormat.format(value)
}

/** split_rate is a share (0..1). */
export function formatPercent(share: number | null | undefined): string {
  if (share == null || Number.isNaN(share)) return "—"
  return `${oneDecimal.format(share * 100)}%`
}

export function humanize(value: string): string {
  const text = value.replace(/[_.]/g, " ")
  return text.charAt(0).toUpperCase() + text.slice(1)
}

/** Server sentences name order lines by id ("line ordli_01…"); show the item titles instead. */
export function withItemTitles(text: string, items: { id: string; title: string }[]): string {
  let out = text
  for (const item of items) {
    if (!item.id || !item.title) continue
    out = out.split(`line ${item.id}`).join(`“${item.title}”`).split(item.id).join(`“${item.title}”`)
  }
  return out
}

/** How staff name a wave: when it was made, never its id (`Wave of 14:05`, or with the date when not today). */
export function waveName(wave: { created_at: string | Date }): string {
  const at = new Date(wave.created_at)
  const time = at.toLocaleTimeString([], { hour: "2-digit", minute: "2-digit" })
  const today = new Date().toDateString() === at.toDateString()
  return today ? `Wave of ${time}` : `Wave of ${at.toLocaleDateString()} ${time}`
}

const WALK_NAMES: Record<string, string> = {
  "ratliff-rosenthal": "shortest walk",
  "multi-block": "short walk across blocks",
  "s-shape": "aisle by aisle",
}

/** The planned walk in staff words instead of the algorithm's name. */
export const walkName = (method: string | null | undefined) => (method ? WALK_NAMES[method] ?? "planned walk" : undefined)
