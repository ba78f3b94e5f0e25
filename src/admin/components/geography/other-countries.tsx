import { Text } from "@medusajs/ui"
import { useMemo, useState } from "react"
import type { DemandTotals } from "../../../lib/geo"
import { WORLD_COUNTRIES } from "../../../lib/geo/shapes"
import { useOmsTranslation } from "../../lib/i18n"
import { colourScale } from "../../lib/map-colours"
import { drawMap } from "../../lib/map-paths"
import { RegionList } from "./region-list"
import { ShapeMap } from "./shape-map"

const WIDTH = 720
const HEIGHT = 360

type CountryRow = DemandTotals & { country_code: string | null }

/** Orders from outside Indonesia: a world map coloured by orders per country, and the list. */
export const OtherCountries = ({
  countries,
  formatCount,
  formatKm,
}: {
  countries: CountryRow[]
  formatCount: (n: number) => string
  formatKm: (km: number | null) => string
}) => {
  const { t, locale } = useOmsTranslation()
  const [hovered, setHovered] = useState<string | null>(null)
  const drawn = useMemo(() => drawMap(WORLD_COUNTRIES, "countries", WIDTH, HEIGHT, []), [])
  const names = useMemo(() => new Intl.DisplayNames([locale], { type: "region" }), [locale])
  const nameOf = (code: string | null) => (code ? names.of(code) ?? code : t("geography.countries.unknown"))
  const byCode = new Map(countries.map((c) => [c.country_code, c]))
  const scale = colourScale(countries.map((c) => c.orders), true)
  const rows = countries.map((c) => ({ ...c, key: c.country_code ?? "-", name: nameOf(c.country_code) }))
  return (
    <div className="grid grid-cols-1 gap-4 lg:grid-cols-[minmax(0,1fr)_320px]">
      <ShapeMap
        drawn={drawn}
        width={WIDTH}
        height={HEIGHT}
        label={t("geography.countries.mapLabel")}
        fillOf={(code) => scale.colourOf(byCode.get(code)?.orders ?? 0)}
        hovered={hovered}
        onHover={setHovered}
      />
      <div className="flex flex-col gap-2">
        <Text size="small" className="text-ui-fg-subtle min-h-[20px]">
          {hovered
            ? t("geography.countries.hover", { country: nameOf(hovered), count: byCode.get(hovered)?.orders ?? 0 })
            : t("geography.countries.hint")}
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
