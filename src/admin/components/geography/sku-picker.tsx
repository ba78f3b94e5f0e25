import { MagnifyingGlass, XMarkMini } from "@medusajs/icons"
import { Badge, IconButton, Input, Label, Text } from "@medusajs/ui"
import { useState } from "react"
import { useOmsTranslation } from "../../lib/i18n"
import { useInventoryItemSearch } from "../../lib/use-geography"

/** Search an inventory item by SKU or title; the chosen one is shown with a way to clear it. */
export const SkuPicker = ({
  selected,
  onChange,
}: {
  selected: { id: string; label: string } | null
  onChange: (id: string | null) => void
}) => {
  const { t } = useOmsTranslation()
  const [text, setText] = useState("")
  const [open, setOpen] = useState(false)
  const { data: hits, isFetching } = useInventoryItemSearch(text)
  if (selected) {
    return (
      <div className="flex min-w-[240px] flex-col gap-y-1">
        <Label size="xsmall" weight="plus" className="text-ui-fg-subtle">
          {t("geography.sku.label")}
        </Label>
        <div className="flex items-center gap-1">
          <Badge size="small">{selected.label}</Badge>
          <IconButton size="small" variant="transparent" onClick={() => onChange(null)} aria-label={t("geography.sku.clear")}>
            <XMarkMini />
          </IconButton>
        </div>
      </div>
    )
  }
  return (
    <div className="relative flex min-w-[240px] flex-col gap-y-1">
      <Label htmlFor="oms-geo-sku" size="xsmall" weight="plus" className="text-ui-fg-subtle">
        {t("geography.sku.label")}
      </Label>
      <Input
        id="oms-geo-sku"
        size="small"
        type="search"
        placeholder={t("geography.sku.placeholder")}
        value={text}
        onChange={(e) => {
          setText(e.target.value)
          setOpen(true)
        }}
        onFocus={() => setOpen(true)}
        onBlur={() => setTimeout(() => setOpen(false), 150)}
      />
      {open && text.trim() && (
        <div className="bg-ui-bg-base shadow-elevation-flyout absolute top-full z-10 mt-1 w-full rounded-lg p-1">
          {(hits ?? []).map((hit) => (
            <button
              key={hit.id}
              type="button"
              className="hover:bg-ui-bg-base-hover flex w-full flex-col items-start rounded-md px-2 py-1.5 text-left"
              onMouseDown={(e) => e.preventDefault()}
              onClick={() => {
                onChange(hit.id)
                setText("")
                setOpen(false)
              }}
            >
              <Text size="small" weight="plus">
                {hit.sku ?? t("geography.sku.noSku")}
              </Text>
              {hit.name && (
                <Text size="xsmall" className="text-ui-fg-subtle">
                  {hit.name}
                </Text>
              )}
            </button>
          ))}
          {!isFetching && hits?.length === 0 && (
            <Text size="small" className="text-ui-fg-subtle flex items-center gap-1 px-2 py-1.5">
              <MagnifyingGlass /> {t("geography.sku.none")}
            </Text>
          )}
        </div>
      )}
    </div>
  )
}
