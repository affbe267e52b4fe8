import { Badge, Button, Container, Heading, Table, Text, toast } from "@medusajs/ui"
import { useState } from "react"
import { useTranslation } from "react-i18next"
import { Link, useParams } from "react-router-dom"

import { KeyValueRow } from "../../../components/key-value"
import { PermissionGate, RequirePermission } from "../../../components/permission-gate"
import { ErrorState, LoadingState } from "../../../components/states"
import { usePurchaseOrders, useSaveSupplier, useSupplier } from "../../../hooks/api/procurement"
import { getErrorMessage } from "../../../lib/errors"
import {
  formatDate,
  formatPercent,
  PurchaseOrderStatusBadge,
  useFormatMoney,
} from "../../procurement/components/shared"
import { SupplierFormDrawer } from "../components/supplier-form-drawer"

const Figure = ({ label, value, testId }: { label: string; value: string; testId: string }) => (
  <div className="flex flex-col gap-y-1 px-6 py-4" data-testid={testId}>
    <Text size="xsmall" className="text-ui-fg-muted">
      {label}
    </Text>
    <Text size="xlarge" weight="plus">
      {value}
    </Text>
  </div>
)

const SupplierDetail = ({ id }: { id: string }) => {
  const { t, i18n } = useTranslation()
  const formatMoney = useFormatMoney()
  const { supplier, isPending, isError, error, refetch } = useSupplier(id)
  const { purchase_orders } = usePurchaseOrders({ supplier_id: id, limit: 10, order: "-created_at" })
  const save = useSaveSupplier(id)
  const [editing, setEditing] = useState(false)

  if (isPending) {
    return <LoadingState rows={6} />
  }
  if (isError || !supplier) {
    return <ErrorState error={error} onRetry={() => refetch()} />
  }

  const performance = supplier.performance
  const days = (value: number | null | undefined) =>
    value === null || value === undefined ? "-" : t("aftersales.procurement.suppliers.performance.days", { count: value })
  const toggleActive = async () => {
    try {
      await save.mutateAsync({ is_active: !supplier.is_active })
      toast.success(t(supplier.is_active ? "aftersales.procurement.suppliers.toasts.deactivated" : "aftersales.procurement.suppliers.toasts.activated", { name: supplier.name }))
    } catch (failure) {
      toast.error(getErrorMessage(failure, t("aftersales.common.unknownError")))
    }
  }

  return (
    <div className="flex flex-col gap-y-3" data-testid="aftersales-supplier-page">
      <Container className="divide-y p-0">
        <div className="flex flex-wrap items-center justify-between gap-4 px-6 py-4">
          <div className="flex items-center gap-x-3">
            <Heading>{supplier.name}</Heading>
            <Badge size="2xsmall" color={supplier.is_active ? "green" : "grey"}>
              {supplier.is_active ? t("aftersales.procurement.suppliers.active") : t("aftersales.procurement.suppliers.inactive")}
            </Badge>
          </div>
          <PermissionGate permission="suppliers:write">
            <div className="flex gap-x-2">
              <Button size="small" variant="secondary" onClick={toggleActive} isLoading={save.isPending} data-testid="aftersales-supplier-toggle">
                {supplier.is_active ? t("aftersales.procurement.suppliers.deactivate") : t("aftersales.procurement.suppliers.activate")}
              </Button>
              <Button size="small" variant="secondary" onClick={() => setEditing(true)}>
                {t("aftersales.common.edit")}
              </Button>
            </div>
          </PermissionGate>
        </div>
        <KeyValueRow label={t("aftersales.procurement.suppliers.fields.code")} value={supplier.code} />
        <KeyValueRow label={t("aftersales.procurement.suppliers.fields.contact_name")} value={supplier.contact_name ?? "-"} />
        <KeyValueRow label={t("aftersales.procurement.suppliers.fields.email")} value={supplier.email ?? "-"} />
        <KeyValueRow label={t("aftersales.procurement.suppliers.fields.phone")} value={supplier.phone ?? "-"} />
        <KeyValueRow label={t("aftersales.procurement.suppliers.fields.currency_code")} value={supplier.currency_code.toUpperCase()} />
        <KeyValueRow label={t("aftersales.procurement.suppliers.fields.payment_terms")} value={supplier.payment_terms ?? "-"} />
        <KeyValueRow label={t("aftersales.procurement.suppliers.fields.lead_time_days")} value={days(supplier.lead_time_days)} />
        {supplier.notes && <KeyValueRow label={t("aftersales.procurement.suppliers.fields.notes")} value={supplier.notes} />}
      </Container>
      <Container className="p-0" data-testid="aftersales-supplier-performance">
        <div className="px-6 py-4">
          <Heading level="h2">{t("aftersales.procurement.suppliers.performance.title")}</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            {t("aftersales.procurement.suppliers.performance.basis", {
              orders: performance?.orders_count ?? 0,
              receipts: performance?.receipts_count ?? 0,
            })}
          </Text>
        </div>
        <div className="grid grid-cols-2 divide-x border-t md:grid-cols-4">
          <Figure testId="aftersales-performance-on-time" label={t("aftersales.procurement.suppliers.performance.onTimeRate")} value={formatPercent(performance?.on_time_rate)} />
          <Figure
            testId="aftersales-performance-lead-time"
            label={t("aftersales.procurement.suppliers.performance.leadTime")}
            value={performance?.lead_time_days_mean == null ? "-" : `${days(performance.lead_time_days_mean)} / ${days(performance.lead_time_days_p50)}`}
          />
          <Figure testId="aftersales-performance-accuracy" label={t("aftersales.procurement.suppliers.performance.quantityAccuracy")} value={formatPercent(performance?.quantity_accuracy)} />
          <Figure testId="aftersales-performance-damaged" label={t("aftersales.procurement.suppliers.performance.damagedRate")} value={formatPercent(performance?.damaged_rate)} />
        </div>
      </Container>
      <Container className="p-0">
        <div className="px-6 py-4">
          <Heading level="h2">{t("aftersales.procurement.suppliers.parts.title")}</Heading>
        </div>
        {(supplier.parts ?? []).length === 0 ? (
          <Text size="small" className="text-ui-fg-muted px-6 pb-4">
            {t("aftersales.procurement.suppliers.parts.empty")}
          </Text>
        ) : (
          <Table>
            <Table.Header>
              <Table.Row>
                <Table.HeaderCell>{t("aftersales.procurement.fields.part")}</Table.HeaderCell>
                <Table.HeaderCell>{t("aftersales.procurement.suppliers.parts.supplierPartNumber")}</Table.HeaderCell>
                <Table.HeaderCell className="text-right">{t("aftersales.procurement.fields.unitPrice")}</Table.HeaderCell>
                <Table.HeaderCell className="text-right">{t("aftersales.procurement.suppliers.parts.moq")}</Table.HeaderCell>
                <Table.HeaderCell className="text-right">{t("aftersales.procurement.suppliers.parts.packSize")}</Table.HeaderCell>
                <Table.HeaderCell>{t("aftersales.procurement.suppliers.fields.lead_time_days")}</Table.HeaderCell>
              </Table.Row>
            </Table.Header>
            <Table.Body>
              {(supplier.parts ?? []).map((offer) => (
                <Table.Row key={offer.id}>
                  <Table.Cell>
                    <span className="font-mono">{offer.part?.part_number}</span> · {offer.part?.name}
                    {offer.is_preferred && (
                      <Badge size="2xsmall" color="blue" className="ml-2">
                        {t("aftersales.procurement.suppliers.parts.preferred")}
                      </Badge>
                    )}
                  </Table.Cell>
                  <Table.Cell>{offer.supplier_part_number ?? "-"}</Table.Cell>
                  <Table.Cell className="text-right">{formatMoney(offer.unit_price, offer.currency_code)}</Table.Cell>
                  <Table.Cell className="text-right">{offer.min_order_quantity}</Table.Cell>
                  <Table.Cell className="text-right">{offer.pack_size}</Table.Cell>
                  <Table.Cell>{days(offer.lead_time_days ?? supplier.lead_time_days)}</Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        )}
      </Container>
      <Container className="p-0">
        <div className="px-6 py-4">
          <Heading level="h2">{t("aftersales.procurement.suppliers.orders.title")}</Heading>
        </div>
        <Table>
          <Table.Body>
            {(purchase_orders ?? []).map((order) => (
              <Table.Row key={order.id}>
                <Table.Cell>
                  <Link className="text-ui-fg-interactive font-mono" to={`/procurement/purchase-orders/${order.id}`}>
                    {order.number}
                  </Link>
                </Table.Cell>
                <Table.Cell>
                  <PurchaseOrderStatusBadge status={order.status} />
                </Table.Cell>
                <Table.Cell>{formatMoney(order.total, order.currency_code)}</Table.Cell>
                <Table.Cell>{formatDate(order.expected_at, i18n.language)}</Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      </Container>
      <SupplierFormDrawer open={editing} onOpenChange={setEditing} supplier={supplier} />
    </div>
  )
}

const SupplierPage = () => {
  const { id } = useParams()
  return (
    <RequirePermission permission="suppliers:read">
      <SupplierDetail id={id!} />
    </RequirePermission>
  )
}

const SupplierBreadcrumb = ({ id }: { id: string }) => {
  const { supplier } = useSupplier(id)
  return <>{supplier?.name ?? id}</>
}

export const handle = {
  breadcrumb: ({ params }: { params: { id: string } }) => <SupplierBreadcrumb id={params.id} />,
}

export default SupplierPage
