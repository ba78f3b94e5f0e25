import { defineRouteConfig } from "@medusajs/admin-sdk"
import { Map as MapIcon } from "@medusajs/icons"
import { Container, Heading, Skeleton, Text } from "@medusajs/ui"
import { useMemo, useState } from "react"
import { drawnIndonesianProvince, type DemandTotals } from "../../../../lib/geo"
import { INDONESIA_PROVINCES } from "../../../../lib/geo/shapes"
import { ChannelFilter, FilterSelect, PeriodFilter } from "../../../components/dashboard/dashboard-filters"
import { CentreStock } from "../../../components/geography/centre-stock"
import { MapLegend } from "../../../components/geography/map-legend"
import { OtherCountries } from "../../../components/geography/other-countries"
import { ProvinceDetails } from "../../../components/geography/province-details"
import { RegionList } from "../../../components/geography/region-list"
import { ShapeMap, type MapInset, type MapMarker } from "../../../components/geography/shape-map"
import { SkuPicker } from "../../../components/geography/sku-picker"
import { errorMessage } from "../../../lib/errors"
import { useOmsTranslation } from "../../../lib/i18n"
import { colourScale } from "../../../lib/map-colours"
import { drawMap, type DrawnMap } from "../../../lib/map-paths"
import { asDateInputs, formatPeriod } from "../../../lib/periods"
import { productName, useGeography } from "../../../lib/use-geography"
import { useChosenPeriod } from "../../../lib/use-chosen-period"
import { useUrlParams } from "../../../lib/use-url-state"

const PRESETS = [7, 30, 90, 365]
const DEFAULT_DAYS = 30
const PARAMS = ["range", "from", "to", "channel", "measure", "sku"] as const
const MEASURES = ["orders", "units", "distance"] as const
type Measure = (typeof MEASURES)[number]
const WIDTH = 960
/**
 * Jakarta and the west of Java, where most orders go and the provinces are smallest, enlarged in
 * the sea below the map (the map itself is drawn in the top MAP_HEIGHT of the box).
 */
const WEST_JAVA = ["BT", "JK", "JB", "JT", "YO"]
const MAP_HEIGHT = 380
const INSET = { x: 12, y: 372, width: 400, height: 150 }
const HEIGHT = INSET.y + INSET.height + 8
const NO_TOTALS: DemandTotals = { orders: 0, units: 0, average_distance_km: null }

const valueOf = (totals: DemandTotals | undefined, measure: Measure) =>
  !totals ? 0 : measure === "orders" ? totals.orders : measure === "units" ? totals.units : totals.average_distance_km

const OrdersByRegionPage = () => {
  const { t, locale } = useOmsTranslation()
  const [params, setParams] = useUrlParams(PARAMS)
  const { range, period, incomplete } = useChosenPeriod(params, PRESETS, DEFAULT_DAYS)
  const measure: Measure = (MEASURES as readonly string[]).includes(params.measure ?? "") ? (params.measure as Measure) : "orders"
  const geography = useGeography({ ...period, sales_channel_id: params.channel, inventory_item_id: params.sku })
  const report = geography.data
  const [hovered, setHovered] = useState<string | null>(null)

  const count = useMemo(() => new Intl.NumberFormat(locale), [locale])
  const km = useMemo(() => new Intl.NumberFormat(locale, { maximumFractionDigits: 0 }), [locale])
  const formatCount = (n: number) => count.format(n)
  const formatKm = (value: number | null) => (value === null ? "–" : t("geography.km", { km: km.format(value) }))

  const drawn = useMemo(() => drawMap(INDONESIA_PROVINCES, "provinces", WIDTH, MAP_HEIGHT), [])
  const javaDrawn = useMemo(() => drawMap(INDONESIA_PROVINCES, "provinces", INSET.width, INSET.height, { fitTo: WEST_JAVA }), [])
  const names = report?.province_names ?? {}
  // every province by the shape that draws it, so a shape's title names all of them
  const provincesOfShape = useMemo(() => {
    const map = new Map<string, string[]>()
    for (const code of Object.keys(names)) {
      const shape = drawnIndonesianProvince(code)
      if (shape) map.set(shape, [...(map.get(shape) ?? []), code])
    }
    return map
  }, [report?.province_names])
  const shapeTotals = new Map((report?.shapes ?? []).map((s) => [s.code, s]))
  const provinceTotals = new Map((report?.provinces ?? []).map((p) => [p.code, p]))
  const scale = colourScale((report?.shapes ?? []).map((s) => valueOf(s, measure)), measure !== "distance")

  const centres = report?.centres ?? []
  const maxAvailable = Math.max(1, ...centres.map((c) => c.stock?.available ?? 0))
  const markersOn = (map: DrawnMap, box: { width: number; height: number }, inInset: boolean): MapMarker[] => centres.flatMap((c) => {
    const at = c.latitude !== null && c.longitude !== null ? map.project(c.longitude, c.latitude) : null
    if (!at || at[0] < 0 || at[1] < 0 || at[0] > box.width || at[1] > box.height) return []
    const available = c.stock?.available ?? 0
    return [{
      id: c.stock_location_id,
      x: at[0],
      y: at[1],
      label: inInset ? "" : report?.item ? t("geography.stock.marker", { centre: c.name, count: available }) : c.name,
      radius: inInset ? 3.5 : report?.item ? 4 + 10 * Math.sqrt(Math.max(0, available) / maxAvailable) : 5,
      muted: !c.active || (!!report?.item && available <= 0),
    }]
  })
  const markers = markersOn(drawn, { width: WIDTH, height: HEIGHT }, false)
  // the inset's dots are small and unlabelled, so the provinces under them show: the main map names the centres
  const inset: MapInset = { ...INSET, drawn: javaDrawn, title: t("geography.inset"), markers: markersOn(javaDrawn, INSET, true) }

  const shapeTitle = (shape: string) =>
    (provincesOfShape.get(shape) ?? [shape]).map((code) => names[code] ?? code).join(" · ")
  const details = hovered
    ? {
        title: shapeTitle(hovered),
        totals: shapeTotals.get(hovered) ?? NO_TOTALS,
        parts: (provincesOfShape.get(hovered) ?? []).map((code) => ({ name: names[code] ?? code, orders: provinceTotals.get(code)?.orders ?? 0 })),
      }
    : { title: report?.item ? t("geography.details.itemTotal") : t("geography.details.total"), totals: report?.total ?? NO_TOTALS, parts: [] }

  const indonesia = report?.countries.find((c) => c.country_code === report.country_code)
  const abroad = (report?.countries ?? []).filter((c) => c.country_code !== report?.country_code)
  const measureTitle = t(`geography.measure.${measure}${report?.item && measure !== "distance" ? "Item" : ""}`)
  const itemName = report?.item ? productName({ title: report.item.title, product: { title: report.item.product_title } }) : null
  const itemLabel = report?.item ? [itemName, report.item.sku].filter(Boolean).join(" · ") : null

  return (
    <div className="flex flex-col gap-y-3">
      <Container className="divide-y p-0">
        <div className="flex flex-col px-6 py-4">
          <Heading level="h1">{t("geography.title")}</Heading>
          <Text size="small" className="text-ui-fg-subtle">{t("geography.subtitle")}</Text>
        </div>
        <div className="flex flex-wrap items-end gap-3 px-6 py-4">
          <PeriodFilter
            presets={PRESETS}
            value={{ range, from: params.from, to: params.to }}
            onChange={(change) => setParams(change.range === "custom" && !params.from ? { ...change, ...asDateInputs(period) } : change)}
          />
          <ChannelFilter value={params.channel} onChange={(channel) => setParams({ channel })} />
          <FilterSelect
            id="oms-geo-measure"
            label={t("geography.measure.label")}
            value={measure}
            onChange={(value) => setParams({ measure: value === "orders" ? null : value })}
            options={MEASURES.map((m) => ({ value: m, label: t(`geography.measure.${m}${params.sku && m !== "distance" ? "Item" : ""}`) }))}
          />
          <SkuPicker
            selected={params.sku ? { id: params.sku, label: itemLabel ?? t("geography.sku.loading") } : null}
            onChange={(sku) => setParams({ sku })}
          />
        </div>
        <div className="px-6 py-3">
          <Text size="small" className="text-ui-fg-subtle">
            {report
              ? t(report.item ? "geography.summaryItem" : "geography.summary", {
                  period: formatPeriod(report.period, locale),
                  orders: formatCount(report.total.orders),
                  units: formatCount(report.total.units),
                  sku: itemLabel,
                  count: report.total.orders,
                })
              : formatPeriod(period, locale)}
            {incomplete && ` · ${t("filters.customIncomplete")}`}
          </Text>
        </div>
      </Container>

      {geography.isError ? (
        <Container className="px-6 py-8 text-center">
          <Text weight="plus" className="text-ui-fg-error">{t("geography.error")}</Text>
          <Text size="small" className="text-ui-fg-subtle">{errorMessage(geography.error, t("common.tryAgain"))}</Text>
        </Container>
      ) : !report ? (
        <Container className="p-6"><Skeleton className="h-[420px] w-full" /></Container>
      ) : (
        <>
          <Container className="p-0">
            <div className="grid grid-cols-1 gap-4 px-6 py-4 xl:grid-cols-[minmax(0,1fr)_340px]">
              <div className="flex min-w-0 flex-col gap-3">
                <div className="relative">
                  <ShapeMap
                    drawn={drawn}
                    width={WIDTH}
                    height={HEIGHT}
                    label={t("geography.mapLabel")}
                    fillOf={(code) => scale.colourOf(valueOf(shapeTotals.get(code), measure))}
                    hovered={hovered}
                    onHover={setHovered}
                    markers={markers}
                    inset={inset}
                  />
                  {report.total.orders === 0 && (
                    <div className="pointer-events-none absolute inset-0 flex items-center justify-center">
                      <div className="bg-ui-bg-base shadow-elevation-card-rest max-w-[420px] rounded-lg px-5 py-4 text-center">
                        <Text weight="plus">{t(report.item ? "geography.empty.itemTitle" : "geography.empty.title")}</Text>
                        <Text size="small" className="text-ui-fg-subtle">{t("geography.empty.text")}</Text>
                      </div>
                    </div>
                  )}
                </div>
                <MapLegend
                  title={measureTitle}
                  scale={scale}
                  noneLabel={measure === "distance" ? t("geography.legend.noDistance") : t("geography.legend.none")}
                  centreLabel={report.item ? t("geography.legend.centreStock") : t("geography.legend.centre")}
                  format={(low, high) =>
                    measure === "distance"
                      ? t("geography.legend.kmRange", { from: km.format(low), to: km.format(high) })
                      : low + 1 === high ? formatCount(high) : t("geography.legend.range", { from: formatCount(low + 1), to: formatCount(high) })
                  }
                />
                <Text size="xsmall" className="text-ui-fg-muted">
                  {t("geography.note.newProvinces")}
                  {report.unknown_province.orders > 0 && ` ${t("geography.note.unknown", { count: report.unknown_province.orders })}`}
                </Text>
              </div>
              <div className="flex min-w-0 flex-col gap-3">
                <ProvinceDetails {...details} formatCount={formatCount} formatKm={formatKm} />
                {report.provinces.length > 0 && (
                  <div className="max-h-[380px] overflow-y-auto">
                    <RegionList
                      rows={report.provinces.map((p) => ({ ...p, key: p.code, name: names[p.code] ?? p.code }))}
                      highlighted={hovered ? (provincesOfShape.get(hovered) ?? []).find((c) => provinceTotals.has(c)) ?? null : null}
                      onHover={(code) => setHovered(code ? drawnIndonesianProvince(code) : null)}
                      nameHeading={t("geography.list.province")}
                      formatCount={formatCount}
                      formatKm={formatKm}
                    />
                  </div>
                )}
              </div>
            </div>
          </Container>

          {report.item && (
            <Container className="flex flex-col gap-3 px-6 py-4">
              <div>
                <Heading level="h2">{t("geography.stock.title", { sku: itemLabel })}</Heading>
                <Text size="small" className="text-ui-fg-subtle">
                  {abroad.length > 0
                    ? t("geography.stock.subtitleAbroad", { units: formatCount(report.total.units), indonesia: formatCount(indonesia?.units ?? 0) })
                    : t("geography.stock.subtitle", { units: formatCount(report.total.units) })}
                </Text>
              </div>
              <CentreStock centres={report.centres} formatCount={formatCount} />
            </Container>
          )}

          {abroad.length > 0 && (
            <Container className="flex flex-col gap-3 px-6 py-4">
              <div>
                <Heading level="h2">{t("geography.countries.title")}</Heading>
                <Text size="small" className="text-ui-fg-subtle">
                  {t("geography.countries.subtitle", { count: abroad.reduce((n, c) => n + c.orders, 0) })}
                </Text>
              </div>
              <OtherCountries countries={abroad} home={report.country_code} formatCount={formatCount} formatKm={formatKm} />
            </Container>
          )}
        </>
      )}
    </div>
  )
}

export const config = defineRouteConfig({
  label: "geography.nav",
  translationNs: "medusa-oms",
  icon: MapIcon,
  rank: 11,
})

export default OrdersByRegionPage
