/**
 * A routing sentence twice: in English for API users and logs (`text`), and as phrases the admin
 * puts into the merchant's language (`phrases`: a key of the admin's `routing.phrase.*` with its
 * values, read in order). Parameters keep their kind in their name: `line` is an order line id
 * (the admin shows the item's title), `*_km` a distance, `amount*` a sum of money, `count` the number
 * that picks a plural form.
 */
export interface Phrase {
  code: string
  params?: Record<string, string | number>
}

export interface Said {
  text: string
  phrases: Phrase[]
}

export const say = (text: string, code: string, params?: Phrase["params"]): Said => ({
  text,
  phrases: [params ? { code, params } : { code }],
})

/** Sentences one after the other, as written (separators are phrases too). */
export function joinSaid(...parts: (Said | null | undefined)[]): Said {
  const present = parts.filter((p): p is Said => !!p)
  return { text: present.map((p) => p.text).join(""), phrases: present.flatMap((p) => p.phrases) }
}

/** Items of a list, separated by ", ". */
export function listSaid(items: Said[]): Said {
  return joinSaid(...items.flatMap((item, i) => (i ? [say(", ", "comma"), item] : [item])))
}
