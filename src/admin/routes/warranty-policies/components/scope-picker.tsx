import { Badge, Checkbox, Input, Label, Text } from "@medusajs/ui"
import { useMemo, useState } from "react"
import { useTranslation } from "react-i18next"

import { useCatalogueOptions } from "../../../hooks/api/warranties"

type Kind = "products" | "collections" | "product-types" | "product-tags" | "variants"

/** Picks ids of host catalogue records (searched through the host admin API). */
export const ScopePicker = ({
  kind,
  label,
  value,
  onChange,
  testId,
}: {
  kind: Kind
  label: string
  value: string[]
  onChange: (ids: string[]) => void
  testId: string
}) => {
  const { t } = useTranslation()
  const [q, setQ] = useState("")
  const { options } = useCatalogueOptions(kind, q)
  const [known, setKnown] = useState<Record<string, string>>({})
  const labels = useMemo(() => ({ ...known, ...Object.fromEntries(options.map((o) => [o.id, o.label])) }), [known, options])
  const toggle = (id: string, label: string) => {
    setKnown((current) => ({ ...current, [id]: label }))
    onChange(value.includes(id) ? value.filter((other) => other !== id) : [...value, id])
  }
  return (
    <div className="flex flex-col gap-y-2" data-testid={testId}>
      <Label size="small" weight="plus">{label}</Label>
      {value.length > 0 && (
        <div className="flex flex-wrap gap-1">
          {value.map((id) => (
            <Badge key={id} size="2xsmall" className="cursor-pointer" onClick={() => toggle(id, labels[id] ?? id)}>
              {labels[id] ?? id} ×
            </Badge>
          ))}
        </div>
      )}
      <Input size="small" placeholder={t("aftersales.warrantyPolicies.search")} value={q} onChange={(event) => setQ(event.target.value)} />
      <div className="max-h-32 overflow-y-auto rounded-md border px-2 py-1">
        {options.length === 0 ? (
          <Text size="xsmall" className="text-ui-fg-muted">-</Text>
        ) : (
          options.map((option) => (
            <label key={option.id} className="flex items-center gap-x-2 py-0.5">
              <Checkbox checked={value.includes(option.id)} onCheckedChange={() => toggle(option.id, option.label)} />
              <Text size="small">{option.label}</Text>
            </label>
          ))
        )}
      </div>
    </div>
  )
}
