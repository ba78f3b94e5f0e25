import { INDONESIA } from "./data/indonesia"
import { WORLD } from "./data/world"

/** The generated gazetteer rows of one country (see data/*.ts for the format), or null. */
export function countryRows(countryCode: string): string | null {
  if (countryCode === "ID") return INDONESIA
  return Object.prototype.hasOwnProperty.call(WORLD, countryCode) ? WORLD[countryCode] : null
}
