import fs from "node:fs"
import path from "node:path"
import en from "../../i18n/json/en.json"
import id from "../../i18n/json/id.json"
import { colourScale, MAP_COLOURS, MAP_EMPTY } from "../map-colours"

type Tree = { [key: string]: string | Tree }
const lookup = (tree: Tree, key: string) => key.split(".").reduce<Tree | string | undefined>((node, part) => (typeof node === "object" ? node[part] : undefined), tree)
const has = (tree: Tree, key: string) => typeof lookup(tree, key) === "string" || typeof lookup(tree, `${key}_other`) === "string"

const ROOT = path.join(__dirname, "..", "..")
const FILES = ["routes/oms/map/page.tsx", ...fs.readdirSync(path.join(ROOT, "components", "geography")).map((f) => `components/geography/${f}`)]

describe("orders-by-region translations", () => {
  it("hold every literal key the map page uses, in both languages, and its sidebar label", () => {
    const missing: string[] = []
    for (const file of FILES) {
      const source = fs.readFileSync(path.join(ROOT, file), "utf8")
      for (const match of source.matchAll(/\bt\(\s*"([\w.]+)"/g)) {
        for (const [lang, tree] of [["en", en], ["id", id]] as const) if (!has(tree as Tree, match[1])) missing.push(`${lang} ${file}: ${match[1]}`)
      }
    }
    expect(missing).toEqual([])
    const label = /label: "([\w.]+)",\s*translationNs: "medusa-oms"/.exec(fs.readFileSync(path.join(ROOT, "routes/oms/map/page.tsx"), "utf8"))
    expect(lookup(en as Tree, label![1])).toBe("Orders by region")
    expect(lookup(id as Tree, label![1])).toBe("Pesanan per wilayah")
  })

  it("hold the keys the page builds for each measure, with and without a product", () => {
    const keys = ["orders", "units", "distance"].flatMap((m) => [`geography.measure.${m}`, ...(m === "distance" ? [] : [`geography.measure.${m}Item`])])
    expect(keys.filter((k) => !has(en as Tree, k) || !has(id as Tree, k))).toEqual([])
  })
})

describe("map colours", () => {
  it("leave nothing uncoloured but zero, and always end on the darkest colour", () => {
    const scale = colourScale([0, 3, 12, 40], true)
    expect(scale.bounds).toEqual([10, 20, 30, 40])
    expect(scale.colourOf(0)).toBe(MAP_EMPTY)
    expect(scale.colourOf(null)).toBe(MAP_EMPTY)
    expect(scale.colourOf(3)).toBe(MAP_COLOURS[0])
    expect(scale.colourOf(40)).toBe(MAP_COLOURS[MAP_COLOURS.length - 1])
    expect(colourScale([1], true).colourOf(1)).toBe(MAP_COLOURS[MAP_COLOURS.length - 1])
    expect(colourScale([], true).bounds).toEqual([])
  })
})
