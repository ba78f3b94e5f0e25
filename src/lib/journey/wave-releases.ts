import { isInWave, ShipmentStage } from "./stages"

export interface WaveRelease {
  wave_id: string
  stock_location_id: string
  order_ids: string[]
}

interface WavedPart {
  order_id: string
  stage: string
  wave_id?: string | null
  stock_location_id?: string | null
}

/** The parts that sit in a pick wave, one entry per wave: what must leave the wave before they move on. */
export function waveReleases(parts: WavedPart[]): WaveRelease[] {
  const releases: WaveRelease[] = []
  for (const part of parts) {
    if (!isInWave(part.stage as ShipmentStage) || !part.wave_id || !part.stock_location_id) continue
    const group = releases.find((r) => r.wave_id === part.wave_id)
    if (group) {
      if (!group.order_ids.includes(part.order_id)) group.order_ids.push(part.order_id)
    } else {
      releases.push({ wave_id: part.wave_id, stock_location_id: part.stock_location_id, order_ids: [part.order_id] })
    }
  }
  return releases
}
