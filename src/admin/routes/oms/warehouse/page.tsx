import { defineRouteConfig } from "@medusajs/admin-sdk"
import { GridLayout } from "@medusajs/icons"
import { Container, Heading, Label, Text } from "@medusajs/ui"
import { Section } from "../../../components/common/section"
import { BinBrowser } from "../../../components/warehouse/bin-browser"
import { CenterSelect } from "../../../components/warehouse/center-select"
import { StockReconciliation } from "../../../components/warehouse/stock-reconciliation"
import { useCenterNames } from "../../../lib/use-centers"
import { useOmsTranslation } from "../../../lib/i18n"
import type { Translate } from "../../../lib/translate"
import { useUrlState } from "../../../lib/use-url-state"
import { useLayout, type WarehouseLayout } from "../../../lib/use-warehouse"

const describeLayout = (t: Translate, l: WarehouseLayout, bins: number) =>
  t("warehouse.layout", {
    zone: l.zone_code,
    aisles: l.aisles,
    bays: l.bays_per_aisle,
    levels: l.levels,
    bins,
    crossAisles: l.cross_aisles,
    packAisle: l.depot_aisle,
  })

/** Per centre: its layout, where Medusa's stock sits (bins, totes, unassigned) and its bins. */
const WarehousePage = () => {
  const { t } = useOmsTranslation()
  const [centreParam, setCentre] = useUrlState("centre")
  const centre = centreParam ?? ""
  const nameOf = useCenterNames()
  const { data: layout } = useLayout(centre)
  return (
    <div className="flex flex-col gap-y-3">
      <Container className="divide-y p-0">
        <div className="flex flex-col gap-y-1 px-6 py-4">
          <Heading level="h1">{t("warehouse.title")}</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            {t("warehouse.subtitle")}
          </Text>
        </div>
        <div className="flex max-w-md flex-col gap-y-1 px-6 py-4">
          <Label>{t("warehouse.centre")}</Label>
          <CenterSelect value={centre} onChange={setCentre} />
          {layout && (
            <Text size="small" className="text-ui-fg-subtle">
              {layout.layout
                ? describeLayout(t, layout.layout, layout.bins_count)
                : t("warehouse.noLayout")}
            </Text>
          )}
        </div>
      </Container>
      {centre && (
        <Container className="divide-y p-0">
          <Section title={t("warehouse.placement")} description={t("warehouse.placementDescription")}>
            <StockReconciliation centre={centre} />
          </Section>
        </Container>
      )}
      {centre && layout?.layout && (
        <Container className="divide-y p-0">
          <Section title={t("warehouse.bins")} description={t("warehouse.binsDescription")}>
            <BinBrowser centre={centre} centreName={nameOf(centre)} />
          </Section>
        </Container>
      )}
    </div>
  )
}

export const config = defineRouteConfig({
  label: "nav.warehouse",
  translationNs: "medusa-oms",
  icon: GridLayout,
  rank: 14,
})

export default WarehousePage
