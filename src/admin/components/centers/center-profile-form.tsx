import { useEffect, useState, type ReactNode } from "react"
import { Button, Input, Label, Switch, Text, toast } from "@medusajs/ui"
import { useUpdateCenter } from "../../lib/use-centers"
import { errorMessage } from "../../lib/errors"
import type { Center } from "../../lib/types"
import {
  serverFieldErrors,
  toFormValues,
  toRequestBody,
  type FieldErrors,
  type ProfileField,
  type ProfileFormValues,
} from "./profile-form-state"

const TIME_ZONES = ["Asia/Jakarta", "Asia/Makassar", "Asia/Jayapura", "Asia/Singapore", "UTC"]

const Field = ({
  id,
  label,
  hint,
  error,
  children,
}: {
  id: string
  label: string
  hint?: string
  error?: string
  children: ReactNode
}) => (
  <div className="flex flex-col gap-y-1.5">
    <Label htmlFor={id} size="small" weight="plus">
      {label}
    </Label>
    {children}
    {error ? (
      <Text size="xsmall" className="text-ui-fg-error">
        {error}
      </Text>
    ) : (
      hint && (
        <Text size="xsmall" className="text-ui-fg-muted">
          {hint}
        </Text>
      )
    )}
  </div>
)

/** Edits a centre's OMS profile; the stock location itself stays Medusa's. */
export const CenterProfileForm = ({ center }: { center: Center }) => {
  const [values, setValues] = useState<ProfileFormValues>(() => toFormValues(center))
  const [errors, setErrors] = useState<FieldErrors>({})
  const [formError, setFormError] = useState<string | null>(null)
  const update = useUpdateCenter(center.stock_location_id)

  // Re-sync only when the saved profile really changes (not on every refetch), so edits survive.
  const saved = JSON.stringify(toFormValues(center))
  useEffect(() => {
    setValues(JSON.parse(saved) as ProfileFormValues)
  }, [saved])

  const set = <K extends ProfileField>(key: K, value: ProfileFormValues[K]) => {
    setValues((v) => ({ ...v, [key]: value }))
    setErrors((e) => ({ ...e, [key]: undefined }))
  }

  const input = (key: Exclude<ProfileField, "active">, props: Record<string, unknown> = {}) => (
    <Input
      id={`oms-center-${key}`}
      value={values[key]}
      onChange={(e) => set(key, e.target.value)}
      aria-invalid={!!errors[key]}
      {...props}
    />
  )

  const save = () => {
    setFormError(null)
    const { body, errors: clientErrors } = toRequestBody(values)
    if (!body) {
      setErrors(clientErrors)
      return
    }
    update.mutate(body, {
      onSuccess: () => {
        setErrors({})
        toast.success("Fulfilment centre saved", { description: center.name })
      },
      onError: (error) => {
        const message = errorMessage(error)
        const fieldErrors = serverFieldErrors(message)
        setErrors(fieldErrors)
        if (!Object.keys(fieldErrors).length) setFormError(message)
        toast.error("Could not save the centre", { description: message })
      },
    })
  }

  return (
    <form
      className="flex flex-col gap-y-5"
      onSubmit={(e) => {
        e.preventDefault()
        save()
      }}
    >
      <div className="flex items-center gap-x-3">
        <Switch
          id="oms-center-active"
          checked={values.active}
          onCheckedChange={(checked) => set("active", checked)}
        />
        <Label htmlFor="oms-center-active" weight="plus">
          {values.active ? "Active — receives orders" : "Inactive — never chosen by routing"}
        </Label>
      </div>

      <div className="grid grid-cols-1 gap-4 sm:grid-cols-2">
        <Field id="oms-center-latitude" label="Latitude" error={errors.latitude} hint="e.g. -6.2 (both or neither)">
          {input("latitude", { inputMode: "decimal", placeholder: "-6.2000" })}
        </Field>
        <Field id="oms-center-longitude" label="Longitude" error={errors.longitude} hint="e.g. 106.8166">
          {input("longitude", { inputMode: "decimal", placeholder: "106.8166" })}
        </Field>
        <Field
          id="oms-center-priority"
          label="Priority"
          error={errors.priority}
          hint="Lower number = preferred; breaks ties and decides when the address is unknown"
        >
          {input("priority", { inputMode: "numeric", type: "number", min: 0, step: 1 })}
        </Field>
        <Field
          id="oms-center-daily_order_capacity"
          label="Daily order capacity"
          error={errors.daily_order_capacity}
          hint="Orders per local day of the centre; empty = no limit"
        >
          {input("daily_order_capacity", { inputMode: "numeric", type: "number", min: 0, step: 1, placeholder: "No limit" })}
        </Field>
        <Field
          id="oms-center-cutoff_time"
          label="Cut-off time"
          error={errors.cutoff_time}
          hint="Daily order cut-off, 24 h, in the centre's time zone; empty = none"
        >
          {input("cutoff_time", { type: "time", placeholder: "14:00" })}
        </Field>
        <Field id="oms-center-time_zone" label="Time zone" error={errors.time_zone} hint="IANA name, e.g. Asia/Jakarta; the centre's day starts at local midnight">
          {input("time_zone", { list: "oms-time-zones", placeholder: "Asia/Jakarta" })}
        </Field>
        <Field
          id="oms-center-serves_countries"
          label="Serves countries"
          error={errors.serves_countries}
          hint="Comma-separated 2-letter codes; empty = everywhere"
        >
          {input("serves_countries", { placeholder: "id" })}
        </Field>
        <Field
          id="oms-center-serves_provinces"
          label="Serves provinces"
          error={errors.serves_provinces}
          hint="Comma-separated codes or names; empty = everywhere"
        >
          {input("serves_provinces", { placeholder: "JK, JB, Banten" })}
        </Field>
      </div>
      <datalist id="oms-time-zones">
        {TIME_ZONES.map((tz) => (
          <option key={tz} value={tz} />
        ))}
      </datalist>

      {formError && (
        <Text size="small" className="text-ui-fg-error">
          {formError}
        </Text>
      )}

      <div className="flex items-center justify-end gap-x-2">
        <Button
          type="button"
          variant="secondary"
          size="small"
          onClick={() => {
            setValues(toFormValues(center))
            setErrors({})
            setFormError(null)
          }}
        >
          Reset
        </Button>
        <Button type="submit" size="small" isLoading={update.isPending}>
          Save profile
        </Button>
      </div>
    </form>
  )
}
