import { LockClosedSolid, Phone } from "@medusajs/icons"
import { Badge, clx, Container, Text } from "@medusajs/ui"
import { useTranslation } from "react-i18next"

import { EmptyState, SectionHeader } from "../../../../components/states"
import { formatDateTime } from "../../../../lib/format"
import { TicketMessage } from "../../../../lib/types"

type Props = {
  messages: TicketMessage[]
  /** Labels for admin user ids (author of agent messages). */
  userNames: Map<string, string>
  customerName?: string
}

function formatDuration(seconds: number | null): string {
  if (seconds == null) {
    return "-"
  }
  const minutes = Math.floor(seconds / 60)
  const rest = seconds % 60
  return `${minutes}:${String(rest).padStart(2, "0")}`
}

/** The ticket's messages, oldest first: customer left, agents right, internal notes marked. */
export const Conversation = ({ messages, userNames, customerName }: Props) => {
  const { t, i18n } = useTranslation()

  const authorOf = (message: TicketMessage) => {
    if (message.author_type === "customer") {
      return customerName || t("aftersales.serviceDesk.message.customer")
    }
    if (message.author_type === "system") {
      return t("aftersales.serviceDesk.message.system")
    }
    return message.author_id
      ? userNames.get(message.author_id) ?? message.author_id
      : t("aftersales.serviceDesk.message.agent")
  }

  return (
    <Container className="divide-y p-0" data-testid="aftersales-ticket-thread">
      <SectionHeader title={t("aftersales.serviceDesk.detail.conversation")} />
      {!messages.length ? (
        <EmptyState inline title={t("aftersales.serviceDesk.detail.noMessages")} />
      ) : (
        <ol className="flex flex-col gap-y-3 px-6 py-4">
          {messages.map((message) => {
            const internal = message.visibility === "internal"
            const fromCustomer = message.author_type === "customer"
            const isCall = message.duration_seconds != null || message.outcome != null
            return (
              <li
                key={message.id}
                data-testid="aftersales-ticket-message"
                data-visibility={message.visibility}
                className={clx("flex", fromCustomer ? "justify-start" : "justify-end")}
              >
                <div
                  className={clx(
                    "flex max-w-[85%] flex-col gap-y-1 rounded-lg border px-4 py-3",
                    internal
                      ? "border-dashed border-ui-tag-orange-border bg-ui-tag-orange-bg"
                      : fromCustomer
                        ? "bg-ui-bg-subtle border-ui-border-base"
                        : "bg-ui-bg-base border-ui-border-interactive"
                  )}
                >
                  <div className="flex flex-wrap items-center gap-x-2 gap-y-1">
                    <Text size="xsmall" weight="plus">
                      {authorOf(message)}
                    </Text>
                    {internal && (
                      <Badge size="2xsmall" color="orange" data-testid="aftersales-internal-note">
                        <LockClosedSolid />
                        {t("aftersales.serviceDesk.message.internal")}
                      </Badge>
                    )}
                    {isCall && (
                      <Badge size="2xsmall" color="purple">
                        <Phone />
                        {t("aftersales.serviceDesk.message.call")}
                      </Badge>
                    )}
                    {message.direction && (
                      <Badge size="2xsmall" color="grey">
                        {t(`aftersales.serviceDesk.message.directions.${message.direction}`)}
                      </Badge>
                    )}
                    <Badge size="2xsmall" color="grey">
                      {t(`aftersales.serviceDesk.channels.${message.channel}`, {
                        defaultValue: message.channel,
                      })}
                    </Badge>
                    <Text size="xsmall" className="text-ui-fg-muted">
                      {formatDateTime(message.created_at, i18n.language)}
                    </Text>
                  </div>
                  <Text size="small" className="whitespace-pre-wrap break-words">
                    {message.body}
                  </Text>
                  {isCall && (
                    <Text size="xsmall" className="text-ui-fg-subtle">
                      {t("aftersales.serviceDesk.composer.duration")}:{" "}
                      {formatDuration(message.duration_seconds)}
                      {message.outcome &&
                        ` · ${t(`aftersales.serviceDesk.outcomes.${message.outcome}`)}`}
                      {message.callback_needed &&
                        ` · ${t("aftersales.serviceDesk.composer.callbackNeeded")}`}
                    </Text>
                  )}
                  {!!message.attachments?.length && (
                    <ul className="flex flex-wrap gap-2">
                      {message.attachments.map((file) => (
                        <li key={file.url}>
                          <a
                            href={file.url}
                            target="_blank"
                            rel="noreferrer"
                            className="txt-compact-xsmall text-ui-fg-interactive hover:text-ui-fg-interactive-hover"
                          >
                            {file.name}
                          </a>
                        </li>
                      ))}
                    </ul>
                  )}
                </div>
              </li>
            )
          })}
        </ol>
      )}
    </Container>
  )
}
