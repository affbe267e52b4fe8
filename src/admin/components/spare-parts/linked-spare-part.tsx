import { Button, Container, Text } from "@medusajs/ui"
import { useState } from "react"
import { useTranslation } from "react-i18next"
import { Link } from "react-router-dom"

import { SparePartFormDrawer } from "../../routes/spare-parts/components/spare-part-form-drawer"
import { PartStatusBadge } from "../../routes/spare-parts/components/part-status-badge"
import { useSpareParts, VariantOption } from "../../hooks/api/spare-parts"
import { PermissionGate } from "../permission-gate"
import { SectionHeader } from "../states"

/**
 * The spare part that uses a host variant or inventory item, with a link to it; without one,
 * a "make this a spare part" action that opens the part form with the host record linked.
 */
export const LinkedSparePart = ({
  filter,
  variant,
  inventoryItem,
}: {
  filter: { variant_id: string } | { inventory_item_id: string }
  variant?: VariantOption
  inventoryItem?: { id: string; sku: string | null; title: string | null }
}) => {
  const { t } = useTranslation()
  const [creating, setCreating] = useState(false)
  const { spare_parts, isPending } = useSpareParts({
    ...filter,
    fields: "id,part_number,name,status,category",
    limit: 1,
  })
  const part = spare_parts?.[0]

  return (
    <Container className="divide-y p-0" data-testid="aftersales-linked-spare-part">
      <SectionHeader title={t("aftersales.spareParts.widget.title")} />
      <div className="px-6 py-4">
        {isPending ? null : part ? (
          <div className="flex items-center justify-between gap-x-2">
            <Link to={`/spare-parts/${part.id}`} className="txt-small text-ui-fg-interactive hover:underline" data-testid="aftersales-linked-spare-part-link">
              <span className="font-mono">{part.part_number}</span> · {part.name}
            </Link>
            <PartStatusBadge status={part.status} />
          </div>
        ) : (
          <div className="flex items-center justify-between gap-x-2">
            <Text size="small" className="text-ui-fg-muted">
              {t("aftersales.spareParts.widget.none")}
            </Text>
            <PermissionGate permission="spare_parts:write">
              <Button size="small" variant="secondary" onClick={() => setCreating(true)} data-testid="aftersales-make-spare-part">
                {t("aftersales.spareParts.widget.make")}
              </Button>
            </PermissionGate>
          </div>
        )}
      </div>
      <SparePartFormDrawer open={creating} onOpenChange={setCreating} initialVariant={variant} initialInventoryItem={inventoryItem} />
    </Container>
  )
}
