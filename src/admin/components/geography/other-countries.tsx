import { Text } from "@medusajs/ui"
import { useMemo, useState } from "react"
import type { DemandTotals } from "../../../lib/geo"
import { WORLD_COUNTRIES } from "../../../lib/geo/shapes"
import { useOmsTranslation } from "../../lib/i18n"
import { colourScale } from "../../lib/map-colours"
import { drawMap } from "../../lib/map-paths"
import { RegionList } from "./region-list"
import { ShapeMap, type MapMarker } from "./shape-map"

const WIDTH = 720
const HEIGHT = 360
/** The home country is on the map above; a dot on it would only repeat that map. */
const HOME_FILL = "#f8fafc"

type CountryRow = DemandTotals & { country_code: string | null }

/**
 * Orders to countries other than `home`: a world map (equal-area, Antarctica left out) coloured
 * by orders per country with a dot per country, since many are too small to see (unlabelled: neighbours'
 * labels would overlap; the list and the hover line name them), and the list.
 */
export const OtherCountries = ({
  countries,
  home,
  formatCount,
  formatKm,
}: {
  countries: CountryRow[]
  home: string
  formatCount: (n: number) => string
  formatKm: (km: number | null) => string
}) => {
  const { t, locale } = useOmsTranslation()
  const [hovered, setHovered] = useState<string | null>(null)
  const drawn = useMemo(() => drawMap(WORLD_COUNTRIES, "countries", WIDTH, HEIGHT, { leaveOut: ["AQ"], world: true }), [])
  const names = useMemo(() => new Intl.DisplayNames([locale], { type: "region" }), [locale])
  const nameOf = (code: string | null) => (code ? names.of(code) ?? code : t("geography.countries.unknown"))
  const byCode = new Map(countries.map((c) => [c.country_code, c]))
  const scale = colourScale(countries.map((c) => c.orders), true)
  const most = Math.max(1, ...countries.map((c) => c.orders))
  const centreOf = new Map(drawn.shapes.map((s) => [s.code, s.centre]))
  const markers: MapMarker[] = countries.flatMap((c) => {
    const at = c.country_code ? centreOf.get(c.country_code) : undefined
    if (!at || !Number.isFinite(at[0])) return []
    return [{ id: c.country_code!, x: at[0], y: at[1], label: "", radius: 3 + 7 * Math.sqrt(c.orders / most) }]
  })
  const rows = countries.map((c) => ({ ...c, key: c.country_code ?? "-", name: nameOf(c.country_code) }))
  return (
    <div className="grid grid-cols-1 gap-4 lg:grid-cols-[minmax(0,1fr)_320px]">
      <ShapeMap
        drawn={drawn}
        width={WIDTH}
        height={HEIGHT}
        label={t("geography.countries.mapLabel")}
        fillOf={(code) => (code === home ? HOME_FILL : scale.colourOf(byCode.get(code)?.orders ?? 0))}
        hovered={hovered}
        onHover={setHovered}
        markers={markers}
      />
      <div className="flex flex-col gap-2">
        <Text size="small" className="text-ui-fg-subtle min-h-[20px]">
          {!hovered
            ? t("geography.countries.hint")
            : hovered === home
              ? t("geography.countries.homeHover", { country: nameOf(hovered) })
              : t("geography.countries.hover", { country: nameOf(hovered), count: byCode.get(hovered)?.orders ?? 0 })}
        </Text>
        <RegionList
          rows={rows}
          highlighted={hovered}
          onHover={setHovered}
          nameHeading={t("geography.list.country")}
          formatCount={formatCount}
          formatKm={formatKm}
        />
      </div>
    </div>
  )
}
