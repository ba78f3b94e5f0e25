/**
 * Mean units on the shelf over a window from sparse samples (oldest first, null = no sample that
 * day): a day without a sample held what the last sample before it found, days before the first
 * sample what that first sample found; with no sample at all, `current`.
 */
export function averageOnHand(samples: readonly (number | null)[], current: number): number {
  const first = samples.find((s): s is number => s !== null)
  if (first === undefined || !samples.length) return current
  let held = first
  let sum = 0
  for (const s of samples) {
    if (s !== null) held = s
    sum += held
  }
  return sum / samples.length
}

