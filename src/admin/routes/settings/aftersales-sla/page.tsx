import { defineRouteConfig } from "@medusajs/admin-sdk"
import { Clock } from "@medusajs/icons"
import {
  Badge,
  Container,
  createDataTableColumnHelper,
  toast,
  usePrompt,
} from "@medusajs/ui"
import { useMemo, useState } from "react"
import { useTranslation } from "react-i18next"

import { TranslatedBreadcrumb } from "../../../components/breadcrumb"
import { DataTable } from "../../../components/data-table"
import { CreateButton, editDeleteRowActions } from "../../../components/list-actions"
import { RequirePermission } from "../../../components/permission-gate"
import { ErrorState } from "../../../components/states"
import {
  BusinessCalendarDetail,
  SlaPolicyDetail,
  useBusinessCalendars,
  useDeleteBusinessCalendar,
  useDeleteSlaPolicy,
  useSlaPolicies,
  WEEKDAYS,
} from "../../../hooks/api/sla"
import { useAftersalesPermissions } from "../../../hooks/use-permissions"
import { getErrorMessage } from "../../../lib/errors"
import { PERMISSIONS } from "../../../lib/permissions"
import { CalendarDrawer } from "./components/calendar-drawer"
import { formatMinutes } from "./components/format"
import { PolicyDrawer } from "./components/policy-drawer"

const CONFIGURE = "service_tickets:configure"
const policyColumn = createDataTableColumnHelper<SlaPolicyDetail>()
const calendarColumn = createDataTableColumnHelper<BusinessCalendarDetail>()

/** Asks before deleting and reports the outcome (the server explains refusals). */
const useConfirmDelete = () => {
  const { t } = useTranslation()
  const prompt = usePrompt()
  return async (name: string, remove: () => Promise<unknown>) => {
    const confirmed = await prompt({
      title: t("aftersales.sla.delete.title"),
      description: t("aftersales.sla.delete.description", { name }),
      confirmText: t("aftersales.common.delete"),
      cancelText: t("aftersales.common.cancel"),
    })
    if (!confirmed) {
      return
    }
    try {
      await remove()
      toast.success(t("aftersales.sla.toasts.deleted", { name }))
    } catch (error) {
      toast.error(getErrorMessage(error, t("aftersales.common.unknownError")))
    }
  }
}

const PolicyList = ({ calendars }: { calendars: BusinessCalendarDetail[] }) => {
  const { t } = useTranslation()
  const { can } = useAftersalesPermissions()
  const canConfigure = can(CONFIGURE)
  const confirmDelete = useConfirmDelete()
  const remove = useDeleteSlaPolicy()
  const [drawer, setDrawer] = useState<{ open: boolean; policy?: SlaPolicyDetail }>({ open: false })
  const { sla_policies, count, isPending, isError, error, refetch } = useSlaPolicies({ limit: 100 })
  const calendarName = (id: string) => calendars.find((calendar) => calendar.id === id)?.name ?? id

  const columns = useMemo(
    () => [
      policyColumn.accessor("name", {
        header: t("aftersales.sla.policies.fields.name"),
        cell: ({ row }) => (
          <div className="flex items-center gap-x-2">
            <span>{row.original.name}</span>
            {!row.original.is_active && (
              <Badge size="2xsmall" color="grey">
                {t("aftersales.sla.policies.inactive")}
              </Badge>
            )}
          </div>
        ),
      }),
      policyColumn.display({
        id: "conditions",
        header: t("aftersales.sla.policies.fields.conditions"),
        cell: ({ row }) => {
          const { priority, customer_tier } = row.original
          const parts = [
            priority ? t(`aftersales.serviceDesk.priorities.${priority}`) : t("aftersales.sla.policies.anyPriority"),
            customer_tier
              ? t("aftersales.sla.policies.tierLabel", { tier: customer_tier })
              : t("aftersales.sla.policies.anyTier"),
          ]
          return parts.join(" · ")
        },
      }),
      policyColumn.accessor("first_response_minutes", {
        header: t("aftersales.sla.targets.first_response"),
        cell: ({ getValue }) => formatMinutes(t, getValue()),
      }),
      policyColumn.accessor("next_response_minutes", {
        header: t("aftersales.sla.targets.next_response"),
        cell: ({ getValue }) => formatMinutes(t, getValue()),
      }),
      policyColumn.accessor("resolution_minutes", {
        header: t("aftersales.sla.targets.resolution"),
        cell: ({ getValue }) => formatMinutes(t, getValue()),
      }),
      policyColumn.accessor("calendar_id", {
        header: t("aftersales.sla.policies.fields.calendar"),
        cell: ({ getValue }) => calendarName(getValue()),
      }),
      policyColumn.accessor("rank", { header: t("aftersales.sla.policies.fields.rank") }),
      ...(canConfigure
        ? [
            policyColumn.action({
              actions: (ctx) =>
                editDeleteRowActions(
                  t,
                  () => setDrawer({ open: true, policy: ctx.row.original }),
                  () => confirmDelete(ctx.row.original.name, () => remove.mutateAsync(ctx.row.original.id))
                ),
            }),
          ]
        : []),
    ],
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [t, canConfigure, calendars]
  )

  if (isError) {
    return <ErrorState error={error} onRetry={() => refetch()} />
  }
  return (
    <Container className="divide-y p-0" data-testid="aftersales-sla-policies">
      <DataTable
        testId="aftersales-sla-policies-table"
        data={sla_policies}
        columns={columns}
        getRowId={(row) => row.id}
        rowCount={count}
        isLoading={isPending}
        heading={t("aftersales.sla.policies.title")}
        subHeading={t("aftersales.sla.policies.description")}
        onRowClick={canConfigure ? (policy) => setDrawer({ open: true, policy }) : undefined}
        actions={
          <CreateButton
            permission={CONFIGURE}
            label={t("aftersales.sla.policies.create")}
            onClick={() => setDrawer({ open: true })}
            testId="aftersales-sla-policy-create"
          />
        }
        emptyState={{
          empty: {
            heading: t("aftersales.sla.policies.empty.title"),
            description: t("aftersales.sla.policies.empty.description"),
          },
        }}
      />
      <PolicyDrawer
        open={drawer.open}
        policy={drawer.policy}
        calendars={calendars}
        onOpenChange={(open) => setDrawer((previous) => ({ ...previous, open }))}
      />
    </Container>
  )
}

const CalendarList = ({
  calendars,
  count,
  isPending,
}: {
  calendars: BusinessCalendarDetail[]
  count?: number
  isPending: boolean
}) => {
  const { t } = useTranslation()
  const { can } = useAftersalesPermissions()
  const canConfigure = can(CONFIGURE)
  const confirmDelete = useConfirmDelete()
  const remove = useDeleteBusinessCalendar()
  const [drawer, setDrawer] = useState<{ open: boolean; calendar?: BusinessCalendarDetail }>({
    open: false,
  })

  const columns = useMemo(
    () => [
      calendarColumn.accessor("name", {
        header: t("aftersales.sla.calendars.fields.name"),
        cell: ({ row }) => (
          <div className="flex items-center gap-x-2">
            <span>{row.original.name}</span>
            {row.original.is_default && (
              <Badge size="2xsmall" color="blue">
                {t("aftersales.sla.calendars.default")}
              </Badge>
            )}
          </div>
        ),
      }),
      calendarColumn.accessor("timezone", { header: t("aftersales.sla.calendars.fields.timezone") }),
      calendarColumn.accessor("working_hours", {
        header: t("aftersales.sla.calendars.fields.workingHours"),
        cell: ({ getValue }) => {
          const hours = getValue() ?? {}
          return WEEKDAYS.filter((day) => (hours[day] ?? []).length)
            .map(
              (day) =>
                `${t(`aftersales.sla.weekdays.${day}`)} ${(hours[day] ?? [])
                  .map((interval) => `${interval.start}-${interval.end}`)
                  .join(", ")}`
            )
            .join("; ")
        },
      }),
      calendarColumn.accessor("holidays", {
        header: t("aftersales.sla.calendars.fields.holidays"),
        cell: ({ getValue }) => t("aftersales.sla.calendars.holidayCount", { count: (getValue() ?? []).length }),
      }),
      ...(canConfigure
        ? [
            calendarColumn.action({
              actions: (ctx) =>
                editDeleteRowActions(
                  t,
                  () => setDrawer({ open: true, calendar: ctx.row.original }),
                  () => confirmDelete(ctx.row.original.name, () => remove.mutateAsync(ctx.row.original.id))
                ),
            }),
          ]
        : []),
    ],
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [t, canConfigure]
  )

  return (
    <Container className="divide-y p-0" data-testid="aftersales-business-calendars">
      <DataTable
        testId="aftersales-business-calendars-table"
        data={calendars}
        columns={columns}
        getRowId={(row) => row.id}
        rowCount={count}
        isLoading={isPending}
        heading={t("aftersales.sla.calendars.title")}
        subHeading={t("aftersales.sla.calendars.description")}
        onRowClick={canConfigure ? (calendar) => setDrawer({ open: true, calendar }) : undefined}
        actions={
          <CreateButton
            permission={CONFIGURE}
            label={t("aftersales.sla.calendars.create")}
            onClick={() => setDrawer({ open: true })}
            testId="aftersales-business-calendar-create"
          />
        }
        emptyState={{
          empty: {
            heading: t("aftersales.sla.calendars.empty.title"),
            description: t("aftersales.sla.calendars.empty.description"),
          },
        }}
      />
      <CalendarDrawer
        open={drawer.open}
        calendar={drawer.calendar}
        onOpenChange={(open) => setDrawer((previous) => ({ ...previous, open }))}
      />
    </Container>
  )
}

const SlaSettings = () => {
  const { business_calendars, count, isPending, isError, error, refetch } = useBusinessCalendars()
  if (isError) {
    return <ErrorState error={error} onRetry={() => refetch()} />
  }
  const calendars = business_calendars ?? []
  return (
    <div className="flex flex-col gap-y-3" data-testid="aftersales-sla-page">
      <PolicyList calendars={calendars} />
      <CalendarList calendars={calendars} count={count} isPending={isPending} />
    </div>
  )
}

const AftersalesSlaPage = () => (
  <RequirePermission permission={PERMISSIONS.SERVICE_TICKETS_READ}>
    <SlaSettings />
  </RequirePermission>
)

export const config = defineRouteConfig({
  label: "aftersales.sla.nav",
  translationNs: "translation",
  icon: Clock,
})

export const handle = {
  breadcrumb: () => <TranslatedBreadcrumb i18nKey="aftersales.sla.nav" />,
}

export default AftersalesSlaPage
