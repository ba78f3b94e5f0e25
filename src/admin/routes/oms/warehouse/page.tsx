import { defineRouteConfig } from "@medusajs/admin-sdk"
import { BuildingStorefront } from "@medusajs/icons"
import { Container, Heading, Label, Text } from "@medusajs/ui"
import { Section } from "../../../components/common/section"
import { BinBrowser } from "../../../components/warehouse/bin-browser"
import { CenterSelect } from "../../../components/warehouse/center-select"
import { StockReconciliation } from "../../../components/warehouse/stock-reconciliation"
import { useCenterNames } from "../../../lib/use-centers"
import { useUrlState } from "../../../lib/use-url-state"
import { useLayout, type WarehouseLayout } from "../../../lib/use-warehouse"

const describeLayout = (l: WarehouseLayout, bins: number) =>
  `Zone ${l.zone_code}: ${l.aisles} aisles × ${l.bays_per_aisle} bays × ${l.levels} levels, both sides → ${bins} bins; ` +
  `${l.cross_aisles} cross aisles; pack station in front of aisle ${l.depot_aisle} (layout v${l.version})`

/** Per centre: its layout, where Medusa's stock sits (bins, totes, unassigned) and its bins. */
const WarehousePage = () => {
  const [centreParam, setCentre] = useUrlState("centre")
  const centre = centreParam ?? ""
  const nameOf = useCenterNames()
  const { data: layout } = useLayout(centre)
  return (
    <div className="flex flex-col gap-y-3">
      <Container className="divide-y p-0">
        <div className="flex flex-col gap-y-1 px-6 py-4">
          <Heading level="h1">Warehouse</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            Bins and bin stock per centre. Every unit Medusa stocks is in a bin, in a picker's tote, or unassigned until put away.
          </Text>
        </div>
        <div className="flex max-w-md flex-col gap-y-1 px-6 py-4">
          <Label>Centre</Label>
          <CenterSelect value={centre} onChange={setCentre} />
          {layout && (
            <Text size="small" className="text-ui-fg-subtle">
              {layout.layout
                ? describeLayout(layout.layout, layout.bins_count)
                : "No layout yet: save one with PUT /admin/oms/centers/:id/layout to generate bins (see README)."}
            </Text>
          )}
        </div>
      </Container>
      {centre && (
        <Container className="divide-y p-0">
          <Section title="Stock placement" description="Medusa's stocked quantity per item against what the bins and totes hold.">
            <StockReconciliation centre={centre} />
          </Section>
        </Container>
      )}
      {centre && layout?.layout && (
        <Container className="divide-y p-0">
          <Section title="Bins" description="Codes read zone-aisle-bay-level-side. Print labels for the shelves.">
            <BinBrowser centre={centre} centreName={nameOf(centre)} />
          </Section>
        </Container>
      )}
    </div>
  )
}

export const config = defineRouteConfig({
  label: "Warehouse",
  icon: BuildingStorefront,
  rank: 14,
})

export default WarehousePage
