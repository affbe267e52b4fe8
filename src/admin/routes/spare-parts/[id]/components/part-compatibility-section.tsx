import { XMark } from "@medusajs/icons"
import { Container, IconButton, Input, Text, toast } from "@medusajs/ui"
import { useState } from "react"
import { useTranslation } from "react-i18next"
import { Link } from "react-router-dom"

import { PermissionGate } from "../../../../components/permission-gate"
import { SectionHeader } from "../../../../components/states"
import { SparePart, useProductOptions, useSaveSparePart } from "../../../../hooks/api/spare-parts"
import { useAftersalesPermissions } from "../../../../hooks/use-permissions"
import { getErrorMessage } from "../../../../lib/errors"

/** The host products (appliances) the part fits. */
export const PartCompatibilitySection = ({ part }: { part: SparePart }) => {
  const { t } = useTranslation()
  const { can } = useAftersalesPermissions()
  const save = useSaveSparePart(part.id)
  const [q, setQ] = useState("")
  const ids = part.compatible_product_ids ?? []
  const { products } = useProductOptions({ id: ids }, ids.length > 0)
  const { products: matches } = useProductOptions({ q: q.trim() }, q.trim().length > 0)

  const update = async (next: string[]) => {
    try {
      await save.mutateAsync({ compatible_product_ids: next })
      setQ("")
    } catch (error) {
      toast.error(getErrorMessage(error, t("aftersales.common.unknownError")))
    }
  }

  const byId = new Map((products ?? []).map((product) => [product.id, product]))

  return (
    <Container className="divide-y p-0" data-testid="aftersales-part-compatibility">
      <SectionHeader title={t("aftersales.spareParts.compatibility.title")} description={t("aftersales.spareParts.compatibility.description")} />
      <div className="flex flex-col gap-y-2 px-6 py-4">
        {ids.length === 0 && (
          <Text size="small" className="text-ui-fg-muted">
            {t("aftersales.spareParts.compatibility.empty")}
          </Text>
        )}
        {ids.map((id) => (
          <div key={id} className="flex items-center justify-between gap-x-2" data-testid="aftersales-part-compatible-product">
            <Link to={`/products/${id}`} className="txt-small text-ui-fg-interactive hover:underline">
              {byId.get(id)?.title ?? id}
            </Link>
            {can("spare_parts:write") && (
              <IconButton size="small" variant="transparent" onClick={() => update(ids.filter((other) => other !== id))}>
                <XMark />
              </IconButton>
            )}
          </div>
        ))}
        <PermissionGate permission="spare_parts:write">
          <Input
            size="small"
            type="search"
            placeholder={t("aftersales.spareParts.compatibility.search")}
            value={q}
            onChange={(e) => setQ(e.target.value)}
            data-testid="aftersales-part-compatibility-search"
          />
          {q.trim() && (
            <div className="flex flex-col divide-y rounded-md border">
              {(matches ?? [])
                .filter((product) => !ids.includes(product.id))
                .map((product) => (
                  <button
                    key={product.id}
                    type="button"
                    className="txt-small hover:bg-ui-bg-base-hover px-3 py-2 text-left"
                    onClick={() => update([...ids, product.id])}
                  >
                    {product.title}
                  </button>
                ))}
            </div>
          )}
        </PermissionGate>
      </div>
    </Container>
  )
}
