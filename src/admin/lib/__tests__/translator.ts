import type { Translate } from "../translate"

export type Tree = { [key: string]: string | Tree }

/** i18next's lookup as the admin does it: plural by `count` (Indonesian has only `other`), {{placeholders}}. */
export const translator =
  (strings: Tree, lang: "en" | "id"): Translate =>
  (key, options = {}) => {
    const lookup = (k: string) => k.split(".").reduce<string | Tree | undefined>((node, part) => (typeof node === "object" ? node[part] : undefined), strings)
    const plural = typeof options.count === "number" ? `${key}_${lang === "en" && options.count === 1 ? "one" : "other"}` : null
    const text = (plural && lookup(plural)) ?? lookup(key) ?? options.defaultValue
    if (typeof text !== "string") throw new Error(`no string for ${key}`)
    return text.replace(/\{\{(\w+)\}\}/g, (_, name) => String(options[name]))
  }
