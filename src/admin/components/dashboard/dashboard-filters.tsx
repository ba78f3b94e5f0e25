import { Input, Label, Select } from "@medusajs/ui"
import { useOmsTranslation } from "../../lib/i18n"
import { useCenters } from "../../lib/use-centers"
import { useRegions, useSalesChannels } from "../../lib/use-store-data"

export const ALL = "all"

/** A labelled select with an "all" choice; the empty value is shown as "all". */
const FilterSelect = ({
  id,
  label,
  value,
  onChange,
  allLabel,
  options,
}: {
  id: string
  label: string
  value: string | null
  onChange: (value: string | null) => void
  allLabel?: string
  options: { value: string; label: string }[]
}) => (
  <div className="flex min-w-[200px] flex-col gap-y-1">
    <Label htmlFor={id} size="xsmall" weight="plus" className="text-ui-fg-subtle">
      {label}
    </Label>
    <Select value={value ?? ALL} onValueChange={(v) => onChange(v === ALL ? null : v)} size="small">
      <Select.Trigger id={id}>
        <Select.Value />
      </Select.Trigger>
      <Select.Content>
        {allLabel && <Select.Item value={ALL}>{allLabel}</Select.Item>}
        {options.map((o) => (
          <Select.Item key={o.value} value={o.value}>
            {o.label}
          </Select.Item>
        ))}
      </Select.Content>
    </Select>
  </div>
)

export interface PeriodChoice {
  /** A number of days ("7") or "custom". */
  range: string
  from: string | null
  to: string | null
}

/** Period: presets in days or a custom range of two dates (the last one included). */
export const PeriodFilter = ({
  presets,
  value,
  onChange,
  extra = [],
}: {
  presets: number[]
  value: PeriodChoice
  onChange: (value: Partial<PeriodChoice>) => void
  /** Further choices, e.g. "all time". */
  extra?: { value: string; label: string }[]
}) => {
  const { t } = useOmsTranslation()
  return (
    <>
      <FilterSelect
        id="oms-period"
        label={t("filters.period")}
        value={value.range}
        onChange={(range) => onChange({ range: range ?? String(presets[0]) })}
        options={[
          ...presets.map((days) => ({ value: String(days), label: t("filters.lastDays", { count: days }) })),
          ...extra,
          { value: "custom", label: t("filters.custom") },
        ]}
      />
      {value.range === "custom" && (
        <>
          <div className="flex flex-col gap-y-1">
            <Label htmlFor="oms-from" size="xsmall" weight="plus" className="text-ui-fg-subtle">
              {t("filters.from")}
            </Label>
            <Input id="oms-from" type="date" size="small" value={value.from ?? ""} max={value.to ?? undefined} onChange={(e) => onChange({ from: e.target.value || null })} />
          </div>
          <div className="flex flex-col gap-y-1">
            <Label htmlFor="oms-to" size="xsmall" weight="plus" className="text-ui-fg-subtle">
              {t("filters.to")}
            </Label>
            <Input id="oms-to" type="date" size="small" value={value.to ?? ""} min={value.from ?? undefined} onChange={(e) => onChange({ to: e.target.value || null })} />
          </div>
        </>
      )}
    </>
  )
}

export const CentreFilter = ({ value, onChange }: { value: string | null; onChange: (id: string | null) => void }) => {
  const { t } = useOmsTranslation()
  const { data: centers } = useCenters()
  return (
    <FilterSelect
      id="oms-centre"
      label={t("filters.centre")}
      value={value}
      onChange={onChange}
      allLabel={t("filters.allCentres")}
      options={(centers ?? []).map((c) => ({ value: c.stock_location_id, label: c.name }))}
    />
  )
}

export const ChannelFilter = ({ value, onChange }: { value: string | null; onChange: (id: string | null) => void }) => {
  const { t } = useOmsTranslation()
  const { data } = useSalesChannels()
  if (!data || data.length < 2) return null
  return (
    <FilterSelect
      id="oms-channel"
      label={t("filters.channel")}
      value={value}
      onChange={onChange}
      allLabel={t("filters.allChannels")}
      options={data.map((c) => ({ value: c.id, label: c.name }))}
    />
  )
}

export const RegionFilter = ({ value, onChange }: { value: string | null; onChange: (id: string | null) => void }) => {
  const { t } = useOmsTranslation()
  const { data } = useRegions()
  if (!data || data.length < 2) return null
  return (
    <FilterSelect
      id="oms-region"
      label={t("filters.region")}
      value={value}
      onChange={onChange}
      allLabel={t("filters.allRegions")}
      options={data.map((r) => ({ value: r.id, label: r.name }))}
    />
  )
}

export { FilterSelect }
