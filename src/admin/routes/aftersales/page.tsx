import { defineRouteConfig } from "@medusajs/admin-sdk"
import { Tools } from "@medusajs/icons"
import { Badge, Container, Heading, Text, Tooltip } from "@medusajs/ui"
import { useTranslation } from "react-i18next"
import { Link } from "react-router-dom"

import { TranslatedBreadcrumb } from "../../components/breadcrumb"
import {
  EmptyState,
  ErrorState,
  LoadingState,
  SectionHeader,
} from "../../components/states"
import { useAuditLog } from "../../hooks/api/audit-log"
import { useAftersalesPermissions } from "../../hooks/use-permissions"
import { formatDateTime } from "../../lib/format"
import { ALL_PERMISSIONS, PERMISSIONS } from "../../lib/permissions"
import {
  LANDING_CARDS,
  LandingCard,
  LandingCardLink,
} from "./components/landing-cards"

const AftersalesLandingPage = () => {
  const { t } = useTranslation()
  const me = useAftersalesPermissions()

  if (me.isPending) {
    return <LoadingState rows={4} />
  }

  if (me.isError) {
    return <ErrorState error={me.error} onRetry={() => me.refetch()} />
  }

  const visibleCards = LANDING_CARDS.filter((card) => me.can(card.permission))
  const groups: { id: LandingCard["group"]; titleKey: string }[] = [
    { id: "operations", titleKey: "aftersales.landing.operations" },
    { id: "settings", titleKey: "aftersales.landing.settings" },
  ]

  return (
    <div className="flex flex-col gap-y-3" data-testid="aftersales-landing">
      <Container className="divide-y p-0">
        <SectionHeader
          level="h1"
          title={t("aftersales.landing.title")}
          description={t("aftersales.landing.description")}
        />
        <YourAccess
          roles={me.roles ?? []}
          permissions={me.permissions ?? []}
          bootstrap={!!me.bootstrap}
        />
      </Container>

      {groups.map((group) => {
        const cards = visibleCards.filter((card) => card.group === group.id)
        if (!cards.length) {
          return null
        }
        return (
          <section key={group.id} className="flex flex-col gap-y-2">
            <Heading level="h3" className="px-1">
              {t(group.titleKey)}
            </Heading>
            <div className="grid grid-cols-1 gap-3 md:grid-cols-2 xl:grid-cols-3">
              {cards.map((card) => (
                <LandingCardLink key={card.id} card={card} />
              ))}
            </div>
          </section>
        )
      })}

      {!visibleCards.length && (
        <EmptyState
          title={t("aftersales.landing.noAreasTitle")}
          description={t("aftersales.landing.noAreasDescription")}
        />
      )}

      {me.can(PERMISSIONS.AUDIT_LOG_READ) && <RecentActivity />}
    </div>
  )
}

const YourAccess = ({
  roles,
  permissions,
  bootstrap,
}: {
  roles: { id: string; name: string; label: string }[]
  permissions: string[]
  bootstrap: boolean
}) => {
  const { t } = useTranslation()
  const hasAll = permissions.includes(ALL_PERMISSIONS)

  return (
    <div className="flex flex-col gap-y-4 px-6 py-4" data-testid="aftersales-my-access">
      {bootstrap && (
        <div className="bg-ui-bg-highlight border-ui-border-interactive rounded-md border px-4 py-3">
          <Text size="small" weight="plus">
            {t("aftersales.landing.bootstrapTitle")}
          </Text>
          <Text size="small" className="text-ui-fg-subtle">
            {t("aftersales.landing.bootstrapDescription")}
          </Text>
        </div>
      )}
      <div className="grid grid-cols-1 gap-y-2 md:grid-cols-[200px_1fr]">
        <Text size="small" weight="plus" className="text-ui-fg-subtle">
          {t("aftersales.landing.yourRoles")}
        </Text>
        <div className="flex flex-wrap gap-1">
          {roles.length ? (
            roles.map((role) => (
              <Tooltip key={role.id} content={role.name}>
                <Badge size="2xsmall" color="blue">
                  {role.label}
                </Badge>
              </Tooltip>
            ))
          ) : (
            <Text size="small" className="text-ui-fg-muted">
              {t("aftersales.landing.noRoles")}
            </Text>
          )}
        </div>
        <Text size="small" weight="plus" className="text-ui-fg-subtle">
          {t("aftersales.landing.yourPermissions")}
        </Text>
        <div className="flex flex-wrap gap-1">
          {hasAll ? (
            <Badge size="2xsmall" color="green">
              {t("aftersales.landing.allPermissions")}
            </Badge>
          ) : permissions.length ? (
            permissions.map((permission) => (
              <Badge key={permission} size="2xsmall" className="font-mono">
                {permission}
              </Badge>
            ))
          ) : (
            <Text size="small" className="text-ui-fg-muted">
              {t("aftersales.landing.noPermissions")}
            </Text>
          )}
        </div>
      </div>
    </div>
  )
}

const RecentActivity = () => {
  const { t, i18n } = useTranslation()
  const { audit_log_entries, isPending, isError, error, refetch } = useAuditLog(
    { limit: 10, offset: 0, order: "-created_at" }
  )

  return (
    <Container className="divide-y p-0" data-testid="aftersales-recent-activity">
      <SectionHeader
        title={t("aftersales.landing.recentActivity")}
        actions={
          <Link
            to="/settings/aftersales-audit-log"
            className="txt-compact-small-plus text-ui-fg-interactive hover:text-ui-fg-interactive-hover"
          >
            {t("aftersales.landing.viewAll")}
          </Link>
        }
      />
      {isPending ? (
        <div className="px-6 py-4">
          <Text size="small" className="text-ui-fg-muted">
            {t("aftersales.common.loading")}
          </Text>
        </div>
      ) : isError ? (
        <ErrorState inline error={error} onRetry={() => refetch()} />
      ) : !audit_log_entries?.length ? (
        <EmptyState inline title={t("aftersales.landing.noActivity")} />
      ) : (
        <ul className="divide-y">
          {audit_log_entries.map((entry) => (
            <li
              key={entry.id}
              className="grid grid-cols-[1fr_auto] items-center gap-x-4 px-6 py-3"
            >
              <div className="flex flex-col gap-y-0.5 overflow-hidden">
                <Text size="small" leading="compact" weight="plus" className="truncate">
                  <span className="font-mono">{entry.action}</span>{" "}
                  <span className="text-ui-fg-subtle">
                    {entry.entity_type} {entry.entity_id}
                  </span>
                </Text>
                <Text size="xsmall" className="text-ui-fg-muted truncate">
                  {t(`aftersales.auditLog.actorTypes.${entry.actor_type}`, {
                    defaultValue: entry.actor_type,
                  })}
                  {entry.actor_id ? ` · ${entry.actor_id}` : ""}
                </Text>
              </div>
              <Text size="xsmall" className="text-ui-fg-muted whitespace-nowrap">
                {formatDateTime(entry.created_at, i18n.language)}
              </Text>
            </li>
          ))}
        </ul>
      )}
    </Container>
  )
}

export const config = defineRouteConfig({
  label: "aftersales.nav.landing",
  translationNs: "translation",
  icon: Tools,
})

export const handle = {
  breadcrumb: () => <TranslatedBreadcrumb i18nKey="aftersales.nav.landing" />,
}

export default AftersalesLandingPage
