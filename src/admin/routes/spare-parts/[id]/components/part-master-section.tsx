import { EllipsisHorizontal, PencilSquare, Trash } from "@medusajs/icons"
import { Container, DropdownMenu, Heading, IconButton, Text, toast, usePrompt } from "@medusajs/ui"
import { useState } from "react"
import { useTranslation } from "react-i18next"
import { Link, useNavigate } from "react-router-dom"

import { KeyValueRow } from "../../../../components/key-value"
import { PermissionGate } from "../../../../components/permission-gate"
import { SparePart, useDeleteSparePart, useSparePart } from "../../../../hooks/api/spare-parts"
import { getErrorMessage } from "../../../../lib/errors"
import { PartStatusBadge } from "../../components/part-status-badge"
import { SparePartFormDrawer } from "../../components/spare-part-form-drawer"

const SuccessorLink = ({ id }: { id: string }) => {
  const { spare_part } = useSparePart(id)
  return (
    <Link to={`/spare-parts/${id}`} className="text-ui-fg-interactive hover:underline">
      {spare_part ? `${spare_part.part_number} · ${spare_part.name}` : id}
    </Link>
  )
}

/** Part number, name, status, cost and the host product variant / inventory item it uses. */
export const PartMasterSection = ({ part }: { part: SparePart }) => {
  const { t, i18n } = useTranslation()
  const navigate = useNavigate()
  const prompt = usePrompt()
  const remove = useDeleteSparePart(part.id)
  const [editing, setEditing] = useState(false)

  const onDelete = async () => {
    const confirmed = await prompt({
      title: t("aftersales.spareParts.delete.title"),
      description: t("aftersales.spareParts.delete.description", { partNumber: part.part_number }),
      confirmText: t("aftersales.common.delete"),
      cancelText: t("aftersales.common.cancel"),
    })
    if (!confirmed) {
      return
    }
    try {
      await remove.mutateAsync()
      toast.success(t("aftersales.spareParts.toasts.deleted", { partNumber: part.part_number }))
      navigate("/spare-parts")
    } catch (error) {
      toast.error(getErrorMessage(error, t("aftersales.common.unknownError")))
    }
  }

  const cost =
    part.unit_cost === null || part.unit_cost === undefined
      ? "-"
      : new Intl.NumberFormat(i18n.language, { style: "currency", currency: part.currency_code.toUpperCase() }).format(
          Number(part.unit_cost)
        )

  return (
    <Container className="divide-y p-0" data-testid="aftersales-part-master">
      <div className="flex items-center justify-between gap-x-4 px-6 py-4">
        <div className="flex flex-col gap-y-1">
          <div className="flex items-center gap-x-2">
            <Heading level="h1" data-testid="aftersales-part-heading">
              <span className="font-mono">{part.part_number}</span> · {part.name}
            </Heading>
            <PartStatusBadge status={part.status} />
          </div>
          {part.description && (
            <Text size="small" className="text-ui-fg-subtle">
              {part.description}
            </Text>
          )}
        </div>
        <PermissionGate permission="spare_parts:write">
          <DropdownMenu>
            <DropdownMenu.Trigger asChild>
              <IconButton size="small" variant="transparent" data-testid="aftersales-part-actions">
                <EllipsisHorizontal />
              </IconButton>
            </DropdownMenu.Trigger>
            <DropdownMenu.Content>
              <DropdownMenu.Item onClick={() => setEditing(true)} data-testid="aftersales-part-edit">
                <PencilSquare className="text-ui-fg-subtle mr-2" />
                {t("aftersales.common.edit")}
              </DropdownMenu.Item>
              <DropdownMenu.Item onClick={onDelete} data-testid="aftersales-part-delete">
                <Trash className="text-ui-fg-subtle mr-2" />
                {t("aftersales.common.delete")}
              </DropdownMenu.Item>
            </DropdownMenu.Content>
          </DropdownMenu>
        </PermissionGate>
      </div>
      <KeyValueRow label={t("aftersales.spareParts.fields.model")} value={part.model} />
      <KeyValueRow label={t("aftersales.spareParts.fields.category")} value={part.category} />
      <KeyValueRow label={t("aftersales.spareParts.fields.unit_cost")} value={cost} />
      <KeyValueRow
        label={t("aftersales.spareParts.fields.superseded_by")}
        value={part.superseded_by_id ? <SuccessorLink id={part.superseded_by_id} /> : "-"}
      />
      <KeyValueRow
        label={t("aftersales.spareParts.fields.variant")}
        value={
          part.product_variant ? (
            <Link
              to={`/products/${part.product_variant.product_id}/variants/${part.product_variant.id}`}
              className="text-ui-fg-interactive hover:underline"
              data-testid="aftersales-part-variant-link"
            >
              {part.product_variant.product?.title} · <span className="font-mono">{part.product_variant.sku}</span>
            </Link>
          ) : (
            "-"
          )
        }
      />
      <KeyValueRow
        label={t("aftersales.spareParts.fields.inventory_item")}
        value={
          <Link to={`/inventory/${part.inventory_item_id}`} className="text-ui-fg-interactive hover:underline">
            {part.inventory_item?.sku ?? part.inventory_item?.title ?? part.inventory_item_id}
          </Link>
        }
      />
      <SparePartFormDrawer open={editing} onOpenChange={setEditing} part={part} />
    </Container>
  )
}
