import type { Carton, PackItem, Placement } from "../types"

/** A realistic small-parcel catalogue (inner cm, grams, cost in USD). */
export const CATALOGUE: Carton[] = [
  { id: "flat", name: "Flat mailer", inner_length_cm: 35, inner_width_cm: 25, inner_height_cm: 5, tare_weight_g: 60, max_weight_g: 2000, cost: 0.2 },
  { id: "small", name: "Small box", inner_length_cm: 20, inner_width_cm: 15, inner_height_cm: 8, tare_weight_g: 80, max_weight_g: 3000, cost: 0.25 },
  { id: "medium", name: "Medium box", inner_length_cm: 30, inner_width_cm: 22, inner_height_cm: 12, tare_weight_g: 150, max_weight_g: 8000, cost: 0.4 },
  { id: "large", name: "Large box", inner_length_cm: 40, inner_width_cm: 30, inner_height_cm: 20, tare_weight_g: 300, max_weight_g: 15000, cost: 0.7 },
  { id: "xl", name: "XL box", inner_length_cm: 50, inner_width_cm: 40, inner_height_cm: 30, tare_weight_g: 500, max_weight_g: 20000, cost: 1.1 },
  { id: "long", name: "Long box", inner_length_cm: 65, inner_width_cm: 15, inner_height_cm: 15, tare_weight_g: 250, max_weight_g: 10000, cost: 0.8 },
]

export const carton = (id: string): Carton => {
  const found = CATALOGUE.find((c) => c.id === id)
  if (!found) throw new Error(`no carton ${id}`)
  return found
}

export const item = (id: string, [length_cm, width_cm, height_cm]: [number, number, number], weight_g: number): PackItem => ({
  id,
  length_cm,
  width_cm,
  height_cm,
  weight_g,
})

/**
 * Written independently of the production geometry helpers on purpose, so a shared bug cannot
 * hide: true when every placement is inside the box and no two overlap (touching allowed).
 */
export function placementsAreValid(placements: Placement[], [L, W, H]: [number, number, number]): boolean {
  const eps = 1e-7
  for (const p of placements) {
    if (p.x < -eps || p.y < -eps || p.z < -eps) return false
    if (p.x + p.length_cm > L + eps || p.y + p.width_cm > W + eps || p.z + p.height_cm > H + eps) return false
  }
  for (let i = 0; i < placements.length; i++) {
    for (let j = i + 1; j < placements.length; j++) {
      const a = placements[i]
      const b = placements[j]
      const apart =
        a.x + a.length_cm <= b.x + eps ||
        b.x + b.length_cm <= a.x + eps ||
        a.y + a.width_cm <= b.y + eps ||
        b.y + b.width_cm <= a.y + eps ||
        a.z + a.height_cm <= b.z + eps ||
        b.z + b.height_cm <= a.z + eps
      if (!apart) return false
    }
  }
  return true
}

/** Each placement is a rotation of its own item, and every item is placed exactly once. */
export function placementsMatchItems(placements: Placement[], items: PackItem[]): boolean {
  if (placements.length !== items.length) return false
  const sorted = (dims: number[]) => [...dims].sort((a, b) => a - b).join(",")
  const byId = new Map(items.map((i) => [i.id, i]))
  const seen = new Set<string>()
  return placements.every((p) => {
    const original = byId.get(p.item_id)
    if (!original || seen.has(p.item_id)) return false
    seen.add(p.item_id)
    return (
      sorted([p.length_cm, p.width_cm, p.height_cm]) ===
      sorted([original.length_cm ?? 1, original.width_cm ?? 1, original.height_cm ?? 1])
    )
  })
}

export const cartonSize = (c: Carton): [number, number, number] => [c.inner_length_cm, c.inner_width_cm, c.inner_height_cm]
