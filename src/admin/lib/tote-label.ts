/**
 * Tote labels: "<wave id>/T<tote>", printed as a barcode on the pick list for the picker to stick
 * on the tote, and scanned at the packing bench to open the order in it. Tote numbers alone
 * repeat in every wave; the wave id makes the label unique.
 */
export const toteLabel = (waveId: string, tote: number) => `${waveId}/T${tote}`

/** { wave_id, tote } for a scanned tote label, null for anything else. Tolerates scanner case. */
export function parseToteLabel(scanned: string): { wave_id: string; tote: number } | null {
  const match = /^wave_([0-9a-z]+)\/t(\d+)$/i.exec(scanned.trim())
  if (!match) return null
  const tote = Number(match[2])
  return tote >= 1 ? { wave_id: `wave_${match[1].toUpperCase()}`, tote } : null
}
