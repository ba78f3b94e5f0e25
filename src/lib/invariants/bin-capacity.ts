/**
 * How many more units the bins of one centre may take of one item: what Medusa stocks there and
 * no bin or tote holds yet. Everything that adds units to bins from outside (a putaway, an
 * "adjust" into a bin) is bounded by it, so bins + totes never exceed Medusa's stocked quantity.
 */
export function unitsBinsMayTake(stock: { stocked: number; in_bins: number; in_totes: number }): number {
  return Math.max(0, stock.stocked - stock.in_bins - stock.in_totes)
}

/** The refusal a merchant reads when an addition to the bins would exceed Medusa's stock. */
export function binCapacityRefusal(input: {
  sku: string
  quantity: number
  may_take: number
  stocked: number
  verb: string
}): string {
  return (
    `quantity ${input.quantity} is too many: only ${input.may_take} units of SKU ${input.sku} are unassigned ` +
    `at this centre (Medusa stocks ${input.stocked}); cannot ${input.verb} ${input.quantity}`
  )
}
