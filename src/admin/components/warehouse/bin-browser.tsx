import { useState } from "react"
import { Badge, Button, Input, Table, Text } from "@medusajs/ui"
import { BinLabelsPrint } from "./bin-labels-print"
import { useOmsTranslation } from "../../lib/i18n"
import { countText } from "../../lib/routing-text"
import { useBins } from "../../lib/use-warehouse"

const PAGE = 60

/** A centre's bins with what they hold: search by code, page through, print the page's labels. */
export const BinBrowser = ({ centre, centreName }: { centre: string; centreName: string }) => {
  const { t, locale } = useOmsTranslation()
  const [q, setQ] = useState("")
  const [offset, setOffset] = useState(0)
  const [printing, setPrinting] = useState(false)
  const { data, isLoading, error } = useBins(centre, q.trim(), offset, PAGE)
  const count = data?.count ?? 0
  return (
    <div className="flex flex-col gap-y-3">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <Input
          type="search"
          placeholder={t("warehouse.searchBins")}
          value={q}
          onChange={(e) => {
            setQ(e.target.value)
            setOffset(0)
          }}
          className="w-64"
        />
        <div className="flex items-center gap-2">
          <Text size="small" className="text-ui-fg-subtle tabular-nums">
            {count ? t("warehouse.range", { from: countText(offset + 1, locale), to: countText(Math.min(offset + PAGE, count), locale), total: countText(count, locale) }) : t("warehouse.noBins")}
          </Text>
          <Button size="small" variant="secondary" disabled={offset === 0} onClick={() => setOffset(Math.max(0, offset - PAGE))}>
            {t("warehouse.previous")}
          </Button>
          <Button size="small" variant="secondary" disabled={offset + PAGE >= count} onClick={() => setOffset(offset + PAGE)}>
            {t("warehouse.next")}
          </Button>
          <Button size="small" disabled={!data?.bins.length} onClick={() => setPrinting(true)}>
            {t("warehouse.printLabels", { count: data?.bins.length ?? 0 })}
          </Button>
        </div>
      </div>
      {isLoading && <Text size="small">{t("warehouse.loadingBins")}</Text>}
      {error && <Text className="text-ui-fg-error">{t("warehouse.binsError")}</Text>}
      {data && data.bins.length > 0 && (
        <Table>
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell>{t("warehouse.bin")}</Table.HeaderCell>
              <Table.HeaderCell>{t("warehouse.holds")}</Table.HeaderCell>
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {data.bins.map((bin) => (
              <Table.Row key={bin.id}>
                <Table.Cell className="font-mono">
                  {bin.code}
                  {!bin.active && (
                    <Badge size="2xsmall" className="ml-2">
                      {t("warehouse.inactive")}
                    </Badge>
                  )}
                </Table.Cell>
                <Table.Cell>
                  {bin.stock.length ? (
                    <span className="flex flex-wrap gap-1">
                      {bin.stock.map((s) => (
                        <Badge key={s.inventory_item_id} size="2xsmall" color="green">
                          <span className="font-mono">{s.sku ?? t("warehouse.noSku")}</span> × {s.quantity}
                        </Badge>
                      ))}
                    </span>
                  ) : (
                    <Text size="small" className="text-ui-fg-muted">
                      {t("warehouse.empty")}
                    </Text>
                  )}
                </Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      )}
      {printing && data && <BinLabelsPrint bins={data.bins} centreName={centreName} onClose={() => setPrinting(false)} />}
    </div>
  )
}
