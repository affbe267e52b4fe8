import { defineRouteConfig } from "@medusajs/admin-sdk"
import { DocumentText, Plus } from "@medusajs/icons"
import { Badge, Button, Container, createDataTableColumnHelper, Heading, Input, Label, Switch, Text, toast, usePrompt } from "@medusajs/ui"
import { useEffect, useMemo, useState } from "react"
import { useTranslation } from "react-i18next"

import { TranslatedBreadcrumb } from "../../components/breadcrumb"
import { DataTable } from "../../components/data-table"
import { PermissionGate, RequirePermission } from "../../components/permission-gate"
import { ErrorState } from "../../components/states"
import {
  useDeleteWarrantyPolicy,
  useUpdateWarrantySettings,
  useWarrantyPolicies,
  useWarrantySettings,
  WARRANTY_PERMISSIONS,
  WarrantyPolicy,
} from "../../hooks/api/warranties"
import { usePagination } from "../../hooks/use-pagination"
import { getErrorMessage } from "../../lib/errors"
import { PolicyFormDrawer } from "./components/policy-form-drawer"

const PAGE_SIZE = 20
const columnHelper = createDataTableColumnHelper<WarrantyPolicy>()

/** Reminder days and customer e-mails for expiring warranties (warranties:configure). */
const ExpirySettings = () => {
  const { t } = useTranslation()
  const { warranty_settings } = useWarrantySettings()
  const update = useUpdateWarrantySettings()
  const [days, setDays] = useState("30")
  const [notify, setNotify] = useState(true)
  useEffect(() => {
    if (warranty_settings) {
      setDays(String(warranty_settings.expiry_reminder_days))
      setNotify(warranty_settings.notify_customers)
    }
  }, [warranty_settings])
  const save = async () => {
    try {
      await update.mutateAsync({ expiry_reminder_days: Number(days), notify_customers: notify })
      toast.success(t("aftersales.warranties.settings.saved"))
    } catch (error) {
      toast.error(getErrorMessage(error, t("aftersales.common.unknownError")))
    }
  }
  return (
    <Container className="flex flex-col gap-y-3 px-6 py-4" data-testid="aftersales-warranty-settings">
      <Heading level="h2">{t("aftersales.warranties.settings.title")}</Heading>
      <div className="flex flex-wrap items-end gap-4">
        <div className="flex flex-col gap-y-2">
          <Label size="small" weight="plus">{t("aftersales.warranties.settings.reminderDays")}</Label>
          <Input size="small" type="number" min={1} max={365} value={days} onChange={(e) => setDays(e.target.value)} data-testid="aftersales-warranty-settings-days" />
        </div>
        <label className="flex items-center gap-x-2 pb-1">
          <Switch checked={notify} onCheckedChange={setNotify} />
          <Text size="small">{t("aftersales.warranties.settings.notifyCustomers")}</Text>
        </label>
        <Button size="small" variant="secondary" onClick={save} isLoading={update.isPending} data-testid="aftersales-warranty-settings-save">
          {t("aftersales.warranties.settings.save")}
        </Button>
      </div>
    </Container>
  )
}

const PoliciesList = () => {
  const { t } = useTranslation()
  const prompt = usePrompt()
  const { pagination, setPagination, limit, offset } = usePagination(PAGE_SIZE)
  const { warranty_policies, count, isPending, isError, error, refetch } = useWarrantyPolicies({ limit, offset, order: "name" })
  const remove = useDeleteWarrantyPolicy()
  const [editing, setEditing] = useState<WarrantyPolicy | null>(null)
  const [open, setOpen] = useState(false)

  const onDelete = async (policy: WarrantyPolicy) => {
    const confirmed = await prompt({
      title: t("aftersales.warrantyPolicies.delete"),
      description: t("aftersales.warrantyPolicies.deleteConfirm", { name: policy.name }),
    })
    if (!confirmed) {
      return
    }
    try {
      await remove.mutateAsync(policy.id)
      toast.success(t("aftersales.warrantyPolicies.deleted"))
    } catch (failure) {
      toast.error(getErrorMessage(failure, t("aftersales.common.unknownError")))
    }
  }

  const columns = useMemo(
    () => [
      columnHelper.accessor("name", {
        header: t("aftersales.warrantyPolicies.fields.name"),
        cell: ({ row }) => (
          <div className="flex items-center gap-x-2">
            <span data-testid="aftersales-warranty-policy-row-name">{row.original.name}</span>
            {row.original.is_default && <Badge size="2xsmall" color="blue">{t("aftersales.warrantyPolicies.default")}</Badge>}
            {!row.original.is_active && <Badge size="2xsmall">{t("aftersales.warrantyPolicies.inactive")}</Badge>}
          </div>
        ),
      }),
      columnHelper.accessor("kind", {
        header: t("aftersales.warrantyPolicies.fields.kind"),
        cell: ({ getValue }) => t(`aftersales.warranties.kinds.${getValue()}`),
      }),
      columnHelper.accessor("duration_months", {
        header: t("aftersales.warrantyPolicies.fields.duration"),
        cell: ({ getValue }) => t("aftersales.warrantyPolicies.months", { count: getValue() }),
      }),
      columnHelper.accessor("coverage", {
        header: t("aftersales.warrantyPolicies.fields.coverage"),
        cell: ({ getValue }) => t(`aftersales.warranties.coverages.${getValue()}`),
      }),
      columnHelper.accessor("start_basis", {
        header: t("aftersales.warrantyPolicies.fields.startBasis"),
        cell: ({ row }) => (row.original.kind === "extended" ? "-" : t(`aftersales.warrantyPolicies.startBases.${row.original.start_basis}`)),
      }),
      columnHelper.display({
        id: "scope",
        header: t("aftersales.warrantyPolicies.fields.scope"),
        cell: ({ row }) =>
          row.original.kind === "extended"
            ? `${t("aftersales.warrantyPolicies.fields.saleVariants")}: ${row.original.sale_variant_ids.length}`
            : t("aftersales.warrantyPolicies.scopeSummary", {
                products: row.original.product_ids.length,
                collections: row.original.collection_ids.length,
                types: row.original.type_ids.length,
                tags: row.original.tag_ids.length,
                variants: row.original.variant_ids.length,
              }),
      }),
      columnHelper.display({
        id: "actions",
        cell: ({ row }) => (
          <PermissionGate permission={WARRANTY_PERMISSIONS.CONFIGURE}>
            <Button size="small" variant="transparent" onClick={(event) => { event.stopPropagation(); onDelete(row.original) }}>
              {t("aftersales.warrantyPolicies.delete")}
            </Button>
          </PermissionGate>
        ),
      }),
    ],
    [t]
  )

  if (isError) {
    return <ErrorState error={error} onRetry={() => refetch()} />
  }
  return (
    <div className="flex flex-col gap-y-3">
      <DataTable
        testId="aftersales-warranty-policies-table"
        heading={t("aftersales.warrantyPolicies.title")}
        subHeading={t("aftersales.warrantyPolicies.description")}
        data={warranty_policies}
        columns={columns}
        getRowId={(row) => row.id}
        rowCount={count}
        isLoading={isPending}
        pagination={{ state: pagination, onPaginationChange: setPagination }}
        onRowClick={(row) => { setEditing(row); setOpen(true) }}
        actions={
          <PermissionGate permission={WARRANTY_PERMISSIONS.CONFIGURE}>
            <Button size="small" variant="secondary" onClick={() => { setEditing(null); setOpen(true) }} data-testid="aftersales-warranty-policy-create">
              <Plus />
              {t("aftersales.warrantyPolicies.create")}
            </Button>
          </PermissionGate>
        }
        emptyState={{
          empty: { heading: t("aftersales.warrantyPolicies.emptyTitle"), description: t("aftersales.warrantyPolicies.emptyDescription") },
          filtered: { heading: t("aftersales.warrantyPolicies.emptyTitle"), description: t("aftersales.warrantyPolicies.emptyDescription") },
        }}
      />
      <PermissionGate permission={WARRANTY_PERMISSIONS.CONFIGURE}>
        <ExpirySettings />
      </PermissionGate>
      <PolicyFormDrawer open={open} policy={editing} onOpenChange={setOpen} />
    </div>
  )
}

const WarrantyPoliciesPage = () => (
  <RequirePermission permission={WARRANTY_PERMISSIONS.READ}>
    <PoliciesList />
  </RequirePermission>
)

export const config = defineRouteConfig({
  label: "aftersales.warrantyPolicies.nav",
  translationNs: "translation",
  icon: DocumentText,
})

export const handle = {
  breadcrumb: () => <TranslatedBreadcrumb i18nKey="aftersales.warrantyPolicies.nav" />,
}

export default WarrantyPoliciesPage
