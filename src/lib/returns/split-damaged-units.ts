import type { ReturnedUnitFacts } from "./facts"

/**
 * A group of which only some units came back damaged, as two groups: the damaged units and the
 * rest. Classified whole, 1 damaged unit of 3 would count all 3 as damaged; split, the other 2
 * keep the cause their reason gives. Groups all damaged or not damaged at all stay as they are.
 */
export function splitDamagedUnits(facts: ReturnedUnitFacts): ReturnedUnitFacts[] {
  const damaged = Math.min(facts.damaged_quantity, facts.quantity)
  if (damaged <= 0 || damaged >= facts.quantity) return [facts]
  return [
    { ...facts, quantity: damaged, damaged_quantity: damaged },
    { ...facts, quantity: facts.quantity - damaged, damaged_quantity: 0 },
  ]
}
