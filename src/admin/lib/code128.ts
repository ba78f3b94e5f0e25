/**
 * Minimal Code 128 (code set B) encoder, no dependency. Each pattern lists the widths (in modules)
 * of bar, space, bar, space, bar, space; the stop pattern has a trailing 2-module bar.
 */
const PATTERNS = [
  "212222", "222122", "222221", "121223", "121322", "131222", "122213", "122312", "132212", "221213",
  "221312", "231212", "112232", "122132", "122231", "113222", "123122", "123221", "223211", "221132",
  "221231", "213212", "223112", "312131", "311222", "321122", "321221", "312212", "322112", "322211",
  "212123", "212321", "232121", "111323", "131123", "131321", "112313", "132113", "132311", "211313",
  "231113", "231311", "112133", "112331", "132131", "113123", "113321", "133121", "313121", "211331",
  "231131", "213113", "213311", "213131", "311123", "311321", "331121", "312113", "312311", "332111",
  "314111", "221411", "431111", "111224", "111422", "121124", "121421", "141122", "141221", "112214",
  "112412", "122114", "122411", "142112", "142211", "241211", "221114", "413111", "241112", "134111",
  "111242", "121142", "121241", "114212", "124112", "124211", "411212", "421112", "421211", "212141",
  "214121", "412121", "111143", "111341", "131141", "114113", "114311", "411113", "411311", "113141",
  "114131", "311141", "411131", "211412", "211214", "211232", "2331112",
]

const START_B = 104
const STOP = 106
/** Quiet zone each side, in modules (the spec asks for at least 10). */
const QUIET = 10

export interface Code128Bar {
  x: number
  width: number
}

export interface Code128Result {
  /** Symbol values: start, data, checksum, stop. */
  values: number[]
  checksum: number
  bars: Code128Bar[]
  /** Total width in modules, quiet zones included. */
  width: number
  height: number
  /** A self-contained SVG string (bars as rects), one user unit per module. */
  svg: string
}

/** Code set B values for `text`; throws on characters outside ASCII 32–126. */
export function code128Values(text: string): { values: number[]; checksum: number } {
  const data = [...text].map((ch) => {
    const code = ch.charCodeAt(0)
    if (code < 32 || code > 126) throw new Error(`Code 128 B cannot encode ${JSON.stringify(ch)}`)
    return code - 32
  })
  const checksum = data.reduce((sum, v, i) => sum + v * (i + 1), START_B) % 103
  return { values: [START_B, ...data, checksum, STOP], checksum }
}

/** Bars (x and width in modules) and an SVG for `text` in Code 128 B. */
export function code128Svg(text: string, { height = 50 }: { height?: number } = {}): Code128Result {
  const { values, checksum } = code128Values(text)
  const bars: Code128Bar[] = []
  let x = QUIET
  for (const value of values) {
    const pattern = PATTERNS[value]
    for (let i = 0; i < pattern.length; i++) {
      const w = Number(pattern[i])
      if (i % 2 === 0) bars.push({ x, width: w })
      x += w
    }
  }
  const width = x + QUIET
  const rects = bars.map((b) => `<rect x="${b.x}" y="0" width="${b.width}" height="${height}"/>`).join("")
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" ` +
    `shape-rendering="crispEdges"><rect width="${width}" height="${height}" fill="#fff"/><g fill="#000">${rects}</g></svg>`
  return { values, checksum, bars, width, height, svg }
}
