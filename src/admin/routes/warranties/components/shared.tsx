import { Badge, Container, Heading, Input, Button, Text } from "@medusajs/ui"
import { FormEvent, useState } from "react"
import { useTranslation } from "react-i18next"

import { getErrorMessage } from "../../../lib/errors"
import { formatDateTime } from "../../../lib/format"
import { useWarrantyEntitlement, WarrantyEntitlement, WarrantyRegistration } from "../../../hooks/api/warranties"

const STATUS_COLORS: Record<string, "grey" | "green" | "orange" | "red" | "blue" | "purple"> = {
  pending: "orange",
  active: "green",
  expired: "grey",
  voided: "red",
  in_warranty: "green",
  extended: "purple",
  out_of_warranty: "red",
  unknown: "grey",
}

export const WarrantyStatusBadge = ({ status }: { status: string }) => {
  const { t } = useTranslation()
  return (
    <Badge size="2xsmall" color={STATUS_COLORS[status] ?? "grey"} data-testid={`aftersales-warranty-status-${status}`}>
      {t(`aftersales.warranties.statuses.${status}`)}
    </Badge>
  )
}

export const formatDay = (value: string | null | undefined, locale?: string) =>
  value ? formatDateTime(value, locale).replace(/,?\s*\d{1,2}:\d{2}.*$/, "") : "-"

/** Coverage of a unit: status badge, reason, until when and what is covered. */
export const EntitlementSummary = ({ entitlement }: { entitlement: WarrantyEntitlement }) => {
  const { t, i18n } = useTranslation()
  return (
    <div className="flex flex-col gap-y-1" data-testid="aftersales-warranty-entitlement">
      <div className="flex items-center gap-x-2">
        <Badge size="small" color={STATUS_COLORS[entitlement.status] ?? "grey"} data-testid="aftersales-warranty-entitlement-status">
          {t(`aftersales.warranties.entitlement.statuses.${entitlement.status}`)}
        </Badge>
        <Text size="small" className="text-ui-fg-subtle">
          {t(`aftersales.warranties.entitlement.reasons.${entitlement.reason}`)}
        </Text>
      </div>
      {entitlement.policy_name && (
        <Text size="small">{entitlement.policy_name}</Text>
      )}
      {entitlement.coverage && entitlement.covered && (
        <Text size="small" className="text-ui-fg-subtle">
          {t("aftersales.warranties.entitlement.coverage", {
            coverage: t(`aftersales.warranties.coverages.${entitlement.coverage}`),
          })}
        </Text>
      )}
      {entitlement.ends_at && (
        <Text size="small" className="text-ui-fg-subtle">
          {t("aftersales.warranties.entitlement.until", { date: formatDay(entitlement.ends_at, i18n.language) })}
        </Text>
      )}
    </div>
  )
}

/** Serial-number lookup box: is this unit covered right now? */
export const EntitlementLookup = ({ onOpen }: { onOpen?: (registration: WarrantyRegistration) => void }) => {
  const { t, i18n } = useTranslation()
  const [serial, setSerial] = useState("")
  const [query, setQuery] = useState<Record<string, unknown> | null>(null)
  const { entitlement, registrations, isFetching, isError, error } = useWarrantyEntitlement(query)
  const onSubmit = (event: FormEvent) => {
    event.preventDefault()
    if (serial.trim()) {
      setQuery({ serial_number: serial.trim() })
    }
  }
  return (
    <Container className="flex flex-col gap-y-3 px-6 py-4" data-testid="aftersales-warranty-lookup">
      <div>
        <Heading level="h2">{t("aftersales.warranties.entitlement.title")}</Heading>
        <Text size="small" className="text-ui-fg-subtle">
          {t("aftersales.warranties.entitlement.description")}
        </Text>
      </div>
      <form onSubmit={onSubmit} className="flex max-w-[480px] gap-x-2">
        <Input
          size="small"
          value={serial}
          onChange={(event) => setSerial(event.target.value)}
          placeholder={t("aftersales.warranties.entitlement.placeholder")}
          data-testid="aftersales-warranty-lookup-input"
        />
        <Button size="small" variant="secondary" type="submit" isLoading={isFetching} data-testid="aftersales-warranty-lookup-submit">
          {t("aftersales.warranties.entitlement.lookup")}
        </Button>
      </form>
      {isError && <Text size="small" className="text-ui-fg-error">{getErrorMessage(error, t("aftersales.common.unknownError"))}</Text>}
      {entitlement && query && (
        <div className="flex flex-col gap-y-2">
          <EntitlementSummary entitlement={entitlement} />
          {(registrations ?? []).map((registration) => (
            <button
              key={registration.id}
              type="button"
              className="txt-small text-ui-fg-interactive text-left"
              onClick={() => onOpen?.(registration)}
            >
              {t(`aftersales.warranties.kinds.${registration.kind}`)} · {registration.product_title ?? "-"} ·{" "}
              {formatDay(registration.starts_at, i18n.language)} – {formatDay(registration.ends_at, i18n.language)}
            </button>
          ))}
        </div>
      )}
    </Container>
  )
}
