import { localDateOf, type LocalDate } from "../time/local-date"

/**
 * How staff name a wave: the centre's short code, the centre's local day (day and month) and the
 * wave's number that day, "JKT-0112-3". Never the wave's id.
 */

const VOWELS = new Set(["A", "E", "I", "O", "U"])

/**
 * A centre's short code from its name: a name that already is a code ("JKT", "WH2") stays as it
 * is; otherwise the first word's first letter, its next consonant and its last one ("Jakarta" →
 * "JKT", "Surabaya FC" → "SRY"), or its first three letters when it has fewer consonants.
 */
export function centreCode(name: string | null | undefined): string {
  const plain = (name ?? "").normalize("NFD").replace(/[\u0300-\u036f]/g, "").toUpperCase()
  const words = plain.split(/[^A-Z0-9]+/).filter(Boolean)
  if (!words.length) return "WH"
  if (words.length === 1 && /^[A-Z0-9]{2,5}$/.test(words[0]) && (name ?? "").trim() === words[0]) return words[0]
  const [first] = words
  const rest = [...first.slice(1)]
  const consonants = rest.filter((c) => !VOWELS.has(c))
  if (consonants.length >= 2) return first[0] + consonants[0] + consonants[consonants.length - 1]
  return first.slice(0, 3)
}

const two = (n: number) => String(n).padStart(2, "0")

export const waveName = (code: string, date: LocalDate, number: number) => `${code}-${two(date.day)}${two(date.month)}-${number}`

export interface NamedWave {
  id: string
  created_at: string | Date
}

/**
 * Names for waves of one centre: each wave's number counts the centre's waves of its local day
 * up to it, oldest first (ties by id). Pass every wave of those days, canceled ones included, so
 * a name never changes once given.
 */
export function waveNames(waves: NamedWave[], { code, timeZone }: { code: string; timeZone: string }): Map<string, string> {
  const sorted = [...waves].sort((a, b) => {
    const at = new Date(a.created_at).getTime() - new Date(b.created_at).getTime()
    return at !== 0 ? at : a.id < b.id ? -1 : a.id > b.id ? 1 : 0
  })
  const perDay = new Map<string, number>()
  const names = new Map<string, string>()
  for (const wave of sorted) {
    const date = localDateOf(new Date(wave.created_at), timeZone)
    const day = `${date.year}-${date.month}-${date.day}`
    const number = (perDay.get(day) ?? 0) + 1
    perDay.set(day, number)
    names.set(wave.id, waveName(code, date, number))
  }
  return names
}
