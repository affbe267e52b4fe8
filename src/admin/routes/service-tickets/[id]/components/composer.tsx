import {
  Button,
  Checkbox,
  Container,
  Input,
  Label,
  Select,
  Tabs,
  Text,
  Textarea,
  toast,
} from "@medusajs/ui"
import { FormEvent, useState } from "react"
import { useTranslation } from "react-i18next"

import {
  useAddTicketMessage,
  useCannedResponses,
  useRenderCannedResponse,
} from "../../../../hooks/api/service-tickets"
import { getErrorMessage } from "../../../../lib/errors"
import {
  AddTicketMessagePayload,
  CALL_OUTCOMES,
  CallOutcome,
  ServiceTicket,
} from "../../../../lib/types"

type Mode = "reply" | "note" | "call"

/** Reply (public), internal note or call log, with canned responses filled in by the server. */
export const Composer = ({ ticket }: { ticket: ServiceTicket }) => {
  const { t } = useTranslation()
  const [mode, setMode] = useState<Mode>("reply")
  const [body, setBody] = useState("")
  const [cannedId, setCannedId] = useState("")
  const [durationMinutes, setDurationMinutes] = useState("")
  const [outcome, setOutcome] = useState<CallOutcome>("reached")
  const [callbackNeeded, setCallbackNeeded] = useState(false)

  const { canned_responses } = useCannedResponses()
  const render = useRenderCannedResponse()
  const addMessage = useAddTicketMessage(ticket.id)

  const suitable = (canned_responses ?? []).filter(
    (response) =>
      !response.ticket_types?.length || response.ticket_types.includes(ticket.type)
  )

  const insertCanned = async (id: string) => {
    setCannedId(id)
    try {
      const { rendered } = await render.mutateAsync({ id, ticket_id: ticket.id })
      setBody((prev) => (prev.trim() ? `${prev}\n\n${rendered.body}` : rendered.body))
      if (rendered.missing_variables.length) {
        toast.warning(
          t("aftersales.serviceDesk.composer.missingVariables", {
            variables: rendered.missing_variables.join(", "),
          })
        )
      }
    } catch (error) {
      toast.error(getErrorMessage(error, t("aftersales.common.unknownError")))
    } finally {
      setCannedId("")
    }
  }

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault()
    if (!body.trim()) {
      return
    }
    let payload: AddTicketMessagePayload
    if (mode === "reply") {
      payload = { body: body.trim(), visibility: "public" }
    } else if (mode === "note") {
      payload = { body: body.trim(), visibility: "internal" }
    } else {
      const minutes = Number(durationMinutes)
      payload = {
        body: body.trim(),
        channel: "phone",
        outcome,
        callback_needed: callbackNeeded,
        ...(durationMinutes && Number.isFinite(minutes) && minutes >= 0
          ? { duration_seconds: Math.round(minutes * 60) }
          : {}),
      }
    }
    try {
      await addMessage.mutateAsync(payload)
      toast.success(t(`aftersales.serviceDesk.toasts.${mode}Added`))
      setBody("")
      setDurationMinutes("")
      setCallbackNeeded(false)
    } catch (error) {
      toast.error(getErrorMessage(error, t("aftersales.common.unknownError")))
    }
  }

  return (
    <Container className="p-0" data-testid="aftersales-ticket-composer">
      <form onSubmit={onSubmit} className="flex flex-col gap-y-3 px-6 py-4">
        <Tabs value={mode} onValueChange={(value) => setMode(value as Mode)}>
          <Tabs.List>
            <Tabs.Trigger value="reply" data-testid="aftersales-composer-tab-reply">
              {t("aftersales.serviceDesk.composer.reply")}
            </Tabs.Trigger>
            <Tabs.Trigger value="note" data-testid="aftersales-composer-tab-note">
              {t("aftersales.serviceDesk.composer.note")}
            </Tabs.Trigger>
            <Tabs.Trigger value="call" data-testid="aftersales-composer-tab-call">
              {t("aftersales.serviceDesk.composer.call")}
            </Tabs.Trigger>
          </Tabs.List>
        </Tabs>
        <Text size="xsmall" className="text-ui-fg-subtle">
          {t(`aftersales.serviceDesk.composer.hints.${mode}`)}
        </Text>
        {mode === "call" && (
          <div className="grid grid-cols-1 items-end gap-3 sm:grid-cols-3">
            <div className="flex flex-col gap-y-1">
              <Label size="xsmall" htmlFor="composer-duration" className="text-ui-fg-subtle">
                {t("aftersales.serviceDesk.composer.durationMinutes")}
              </Label>
              <Input
                id="composer-duration"
                size="small"
                type="number"
                min={0}
                step="0.5"
                value={durationMinutes}
                onChange={(e) => setDurationMinutes(e.target.value)}
              />
            </div>
            <div className="flex flex-col gap-y-1">
              <Label size="xsmall" htmlFor="composer-outcome" className="text-ui-fg-subtle">
                {t("aftersales.serviceDesk.composer.outcome")}
              </Label>
              <Select
                size="small"
                value={outcome}
                onValueChange={(v) => setOutcome(v as CallOutcome)}
              >
                <Select.Trigger id="composer-outcome">
                  <Select.Value />
                </Select.Trigger>
                <Select.Content>
                  {CALL_OUTCOMES.map((value) => (
                    <Select.Item key={value} value={value}>
                      {t(`aftersales.serviceDesk.outcomes.${value}`)}
                    </Select.Item>
                  ))}
                </Select.Content>
              </Select>
            </div>
            <div className="flex items-center gap-x-2 pb-1.5">
              <Checkbox
                id="composer-callback"
                checked={callbackNeeded}
                onCheckedChange={(checked) => setCallbackNeeded(checked === true)}
              />
              <Label size="small" htmlFor="composer-callback">
                {t("aftersales.serviceDesk.composer.callbackNeeded")}
              </Label>
            </div>
          </div>
        )}
        <Textarea
          name="body"
          rows={5}
          value={body}
          onChange={(e) => setBody(e.target.value)}
          placeholder={t(`aftersales.serviceDesk.composer.placeholders.${mode}`)}
          data-testid="aftersales-composer-body"
        />
        <div className="flex flex-wrap items-center justify-between gap-2">
          <div className="w-full max-w-[280px]">
            <Select
              size="small"
              value={cannedId}
              onValueChange={insertCanned}
              disabled={!suitable.length || render.isPending}
            >
              <Select.Trigger data-testid="aftersales-composer-canned">
                <Select.Value placeholder={t("aftersales.serviceDesk.composer.insertCanned")} />
              </Select.Trigger>
              <Select.Content>
                {suitable.map((response) => (
                  <Select.Item key={response.id} value={response.id}>
                    {response.title}
                  </Select.Item>
                ))}
              </Select.Content>
            </Select>
          </div>
          <Button
            size="small"
            type="submit"
            disabled={!body.trim()}
            isLoading={addMessage.isPending}
            data-testid="aftersales-composer-submit"
          >
            {t(`aftersales.serviceDesk.composer.submit.${mode}`)}
          </Button>
        </div>
      </form>
    </Container>
  )
}
