/** Units and lines a shipment ships, as the fact columns `units` and `line_count` store them. */
export function lineTotals(lines: { quantity: number }[]): { units: number; line_count: number } {
  const shipped = lines.filter((l) => l.quantity > 0)
  return { units: shipped.reduce((sum, l) => sum + l.quantity, 0), line_count: shipped.length }
}
