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
