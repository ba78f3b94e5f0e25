import { defineRouteConfig } from "@medusajs/admin-sdk"
import { BuildingStorefront } from "@medusajs/icons"
import { Container, Heading, Skeleton, Text } from "@medusajs/ui"
import { Section, Stat } from "../../../components/common/section"
import { CentersTable } from "../../../components/centers/centers-table"
import { StockChart } from "../../../components/centers/stock-chart"
import { useCenters } from "../../../lib/use-centers"
import { errorMessage } from "../../../lib/errors"
import { formatNumber } from "../../../lib/format"

const CentersPage = () => {
  const { data: centers, isLoading, error } = useCenters()
  const list = [...(centers ?? [])].sort((a, b) => a.priority - b.priority || a.name.localeCompare(b.name))
  const active = list.filter((c) => c.active).length
  const available = list.reduce((sum, c) => sum + c.stock.available, 0)
  const reserved = list.reduce((sum, c) => sum + c.stock.reserved, 0)
  const lowStock = list.reduce((sum, c) => sum + c.stock.low_stock_skus, 0)

  return (
    <div className="flex flex-col gap-y-3">
      <Container className="divide-y p-0">
        <div className="flex flex-col px-6 py-4">
          <Heading level="h1">Fulfilment centres</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            Medusa stock locations with their routing profile, sorted by priority (lower = preferred). Open a
            location to edit its profile.
          </Text>
        </div>
        {isLoading && (
          <div className="flex flex-col gap-y-2 px-6 py-4">
            <Skeleton className="h-6 w-full" />
            <Skeleton className="h-6 w-full" />
            <Skeleton className="h-6 w-full" />
          </div>
        )}
        {error && (
          <div className="px-6 py-4">
            <Text size="small" className="text-ui-fg-error">
              Could not load centres: {errorMessage(error)}
            </Text>
          </div>
        )}
        {centers && (
          <div className="grid grid-cols-2 gap-4 px-6 py-4 sm:grid-cols-4">
            <Stat label="Centres" value={`${active} active`} hint={`${list.length} in total`} />
            <Stat label="Available units" value={formatNumber(available)} />
            <Stat label="Reserved units" value={formatNumber(reserved)} />
            <Stat label="Low-stock SKUs" value={formatNumber(lowStock)} />
          </div>
        )}
      </Container>

      {centers && list.length === 0 && (
        <Container>
          <Text size="small" className="text-ui-fg-subtle">
            No stock locations yet. Create one under Settings → Locations &amp; Shipping.
          </Text>
        </Container>
      )}

      {list.length > 0 && (
        <>
          <Container className="p-0">
            <Section title="Stock by centre" description="Available vs reserved units, same scale for every centre">
              <StockChart centers={list} />
            </Section>
          </Container>
          <Container className="overflow-hidden p-0">
            <CentersTable centers={list} />
          </Container>
        </>
      )}
    </div>
  )
}

export const config = defineRouteConfig({
  label: "Fulfilment centres",
  icon: BuildingStorefront,
  rank: 10,
})

export default CentersPage
