import { Badge, Button, Container, Input, Label, Text, toast } from "@medusajs/ui"
import { useState } from "react"
import { useTranslation } from "react-i18next"
import { Link } from "react-router-dom"

import { PermissionGate } from "../../../components/permission-gate"
import { SectionHeader } from "../../../components/states"
import {
  REPAIR_PERMISSIONS,
  RepairOrderDetail,
  RepairQuoteStatus,
  useSendRepairQuote,
} from "../../../hooks/api/repair-orders"
import { formatDateTime } from "../../../lib/format"
import { Row, useFormatMoney } from "./shared"
import { useRepairErrorToast } from "./use-repair-error"

const QUOTE_COLORS: Record<RepairQuoteStatus, "grey" | "orange" | "green" | "red"> = {
  none: "grey",
  pending: "orange",
  accepted: "green",
  declined: "red",
}

/** Out-of-warranty work: send the customer a quote; they accept or decline it in the store. */
export const QuoteCard = ({ repair, onReload }: { repair: RepairOrderDetail; onReload: () => void }) => {
  const { t, i18n } = useTranslation()
  const formatMoney = useFormatMoney()
  const send = useSendRepairQuote(repair.id)
  const showError = useRepairErrorToast(onReload)
  const [amount, setAmount] = useState("")
  const [note, setNote] = useState("")
  const canSend = repair.quote_status !== "pending" && repair.quote_status !== "accepted"
  const amountValid = amount.trim() === "" || Number(amount) >= 0

  const onSend = async () => {
    try {
      await send.mutateAsync({
        amount: amount.trim() === "" ? undefined : Number(amount),
        note: note.trim() || undefined,
      })
      toast.success(t("aftersales.repairs.toasts.quoteSent", { number: repair.number }))
      setAmount("")
      setNote("")
    } catch (error) {
      showError(error)
    }
  }

  return (
    <Container className="divide-y p-0" data-testid="aftersales-repair-quote">
      <SectionHeader title={t("aftersales.repairs.quote.title")} />
      <div className="flex flex-col py-2">
        <Row label={t("aftersales.repairs.quote.status")}>
          <Badge size="2xsmall" color={QUOTE_COLORS[repair.quote_status] ?? "grey"} data-testid="aftersales-repair-quote-status">
            {t(`aftersales.repairs.quote.statuses.${repair.quote_status}`, { defaultValue: repair.quote_status })}
          </Badge>
        </Row>
        {repair.quote_status !== "none" && (
          <>
            <Row label={t("aftersales.repairs.quote.amount")}>{formatMoney(repair.quote_amount, repair.currency_code)}</Row>
            {repair.quote_note && <Row label={t("aftersales.repairs.quote.note")}>{repair.quote_note}</Row>}
            <Row label={t("aftersales.repairs.quote.sentAt")}>{formatDateTime(repair.quoted_at, i18n.language)}</Row>
            <Row label={t("aftersales.repairs.quote.decidedAt")}>{formatDateTime(repair.quote_decided_at, i18n.language)}</Row>
          </>
        )}
        {repair.draft_order_id && (
          <Row label={t("aftersales.repairs.quote.draftOrder")}>
            <Link
              to={`/draft-orders/${repair.draft_order_id}`}
              className="text-ui-fg-interactive hover:text-ui-fg-interactive-hover"
              data-testid="aftersales-repair-draft-order-link"
            >
              {t("aftersales.repairs.quote.openDraftOrder")}
            </Link>
          </Row>
        )}
      </div>
      {canSend && (
        <PermissionGate permission={REPAIR_PERMISSIONS.WRITE}>
          <div className="flex flex-col gap-y-3 px-6 py-4">
            <Text size="small" className="text-ui-fg-subtle">
              {t("aftersales.repairs.quote.hint")}
            </Text>
            <div className="grid grid-cols-1 gap-3 sm:grid-cols-2">
              <div className="flex flex-col gap-y-1">
                <Label size="small" weight="plus" htmlFor="repair-quote-amount">
                  {`${t("aftersales.repairs.quote.amount")} (${t("aftersales.common.optional")})`}
                </Label>
                <Input
                  id="repair-quote-amount"
                  type="number"
                  min={0}
                  step={0.01}
                  size="small"
                  placeholder={t("aftersales.repairs.quote.amountDefault")}
                  value={amount}
                  onChange={(e) => setAmount(e.target.value)}
                />
              </div>
              <div className="flex flex-col gap-y-1">
                <Label size="small" weight="plus" htmlFor="repair-quote-note">
                  {`${t("aftersales.repairs.quote.note")} (${t("aftersales.common.optional")})`}
                </Label>
                <Input id="repair-quote-note" size="small" value={note} onChange={(e) => setNote(e.target.value)} />
              </div>
            </div>
            <div className="flex justify-end">
              <Button
                size="small"
                variant="secondary"
                disabled={!amountValid}
                isLoading={send.isPending}
                onClick={onSend}
                data-testid="aftersales-repair-quote-send"
              >
                {t("aftersales.repairs.quote.send")}
              </Button>
            </div>
          </div>
        </PermissionGate>
      )}
    </Container>
  )
}
