import { HourRuns, hoursInRuns, runsOfHours } from "./hour-runs"
import type { ShipmentFact } from "./facts"
import { isLiveFact } from "./rows"

const HOUR_MS = 3_600_000

export interface PersonThroughput {
  person: string
  /** Clock hours in which the person finished at least one pick (or pack). */
  hours: number
  shipments: number
  lines: number
  units: number
  shipments_per_hour: number
  lines_per_hour: number
  units_per_hour: number
}

/** One person's work as it adds up across days: the clock hours worked (runs of hour numbers since the epoch) and what was done. */
export interface PersonWork {
  hour_runs: HourRuns
  shipments: number
  lines: number
  units: number
}

export type WorkByPerson = Record<string, PersonWork>

/**
 * Work per person per hour worked, where an hour worked is a clock hour (hh:00 to hh:59, UTC
 * hours, which are the local hours in whole-hour zones such as Indonesia's) in which the
 * person finished at least one part. Someone who picks from 09:10 to 10:50 has worked two
 * hours; a lone pick at 13:05 adds a whole hour, so sparse work reads as slow work. Live parts
 * count, canceled ones too (the work was done); superseded ones do not.
 */
export function workByPerson(facts: readonly ShipmentFact[], by: (f: ShipmentFact) => string | null, at: (f: ShipmentFact) => Date | null): WorkByPerson {
  const people = new Map<string, { hours: Set<number>; shipments: number; lines: number; units: number }>()
  for (const fact of facts.filter(isLiveFact)) {
    const person = by(fact)
    const time = at(fact)
    if (person === null || time === null) continue
    const work = people.get(person) ?? { hours: new Set<number>(), shipments: 0, lines: 0, units: 0 }
    work.hours.add(Math.floor(time.getTime() / HOUR_MS))
    work.shipments++
    work.lines += fact.lines
    work.units += fact.units
    people.set(person, work)
  }
  const out: WorkByPerson = {}
  for (const [person, { hours, ...work }] of people) out[person] = { ...work, hour_runs: runsOfHours(hours) }
  return out
}

/** The per-hour figures of each person, by name. */
export function throughputOf(work: WorkByPerson): PersonThroughput[] {
  return Object.entries(work)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([person, { hour_runs, shipments, lines, units }]) => {
      const hours = hoursInRuns(hour_runs)
      return { person, hours, shipments, lines, units, shipments_per_hour: shipments / hours, lines_per_hour: lines / hours, units_per_hour: units / hours }
    })
}

export const pickWork = (facts: readonly ShipmentFact[]) => workByPerson(facts, (f) => f.picked_by, (f) => f.picked_at)
export const packWork = (facts: readonly ShipmentFact[]) => workByPerson(facts, (f) => f.packed_by, (f) => f.packed_at)

/** Picks per hour per picker (`picked_by`, timed by `picked_at`); see the hour rule above. */
export const picksPerHour = (facts: readonly ShipmentFact[]) => throughputOf(pickWork(facts))

/** Packs per hour per packer (`packed_by`, timed by `packed_at`); see the hour rule above. */
export const packsPerHour = (facts: readonly ShipmentFact[]) => throughputOf(packWork(facts))
