import {
  Button,
  Checkbox,
  Drawer,
  Input,
  Label,
  Switch,
  Text,
  Textarea,
  toast,
} from "@medusajs/ui"
import { FormEvent, useEffect, useState } from "react"
import { useTranslation } from "react-i18next"

import { ErrorState, LoadingState } from "../../../../components/states"
import { useAftersalesEvents } from "../../../../hooks/api/events"
import {
  useCreateWebhook,
  useUpdateWebhook,
} from "../../../../hooks/api/webhooks"
import { getErrorMessage } from "../../../../lib/errors"
import { Webhook } from "../../../../lib/types"

export const ALL_EVENTS = "*"

type Props = {
  open: boolean
  onOpenChange: (open: boolean) => void
  /** The endpoint to edit; omitted to create one. */
  webhook?: Webhook
  /** Called with the signing secret after an endpoint was created. */
  onCreated?: (webhook: Webhook, secret: string) => void
}

function isValidUrl(value: string) {
  try {
    const url = new URL(value)
    return url.protocol === "http:" || url.protocol === "https:"
  } catch {
    return false
  }
}

export const WebhookFormDrawer = ({
  open,
  onOpenChange,
  webhook,
  onCreated,
}: Props) => {
  const { t } = useTranslation()
  const catalog = useAftersalesEvents({ enabled: open })

  const [url, setUrl] = useState("")
  const [description, setDescription] = useState("")
  const [events, setEvents] = useState<string[]>([])
  const [isActive, setIsActive] = useState(true)
  const [urlError, setUrlError] = useState<string | null>(null)

  useEffect(() => {
    if (open) {
      setUrl(webhook?.url ?? "")
      setDescription(webhook?.description ?? "")
      setEvents(webhook?.events ?? [])
      setIsActive(webhook?.is_active ?? true)
      setUrlError(null)
    }
  }, [open, webhook])

  const create = useCreateWebhook()
  const update = useUpdateWebhook()
  const allEvents = events.includes(ALL_EVENTS)

  const toggleEvent = (name: string, checked: boolean) =>
    setEvents((prev) =>
      checked ? [...new Set([...prev, name])] : prev.filter((e) => e !== name)
    )

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault()
    if (!isValidUrl(url)) {
      setUrlError(t("aftersales.webhooks.form.urlInvalid"))
      return
    }
    if (!events.length) {
      toast.error(t("aftersales.webhooks.form.eventsRequired"))
      return
    }
    const body = {
      url,
      description: description || undefined,
      events: allEvents ? [ALL_EVENTS] : events,
      is_active: isActive,
    }
    try {
      if (webhook) {
        await update.mutateAsync({ id: webhook.id, ...body })
        toast.success(t("aftersales.webhooks.toasts.updated"))
        onOpenChange(false)
      } else {
        const result = await create.mutateAsync(body)
        toast.success(t("aftersales.webhooks.toasts.created"))
        onOpenChange(false)
        onCreated?.(result.webhook, result.secret)
      }
    } catch (error) {
      toast.error(getErrorMessage(error, t("aftersales.common.unknownError")))
    }
  }

  return (
    <Drawer open={open} onOpenChange={onOpenChange}>
      <Drawer.Content
        className="max-w-[640px]"
        data-testid="aftersales-webhook-drawer"
        aria-describedby={undefined}
      >
        <form onSubmit={onSubmit} className="flex h-full flex-col overflow-hidden">
          <Drawer.Header>
            <Drawer.Title>
              {webhook
                ? t("aftersales.webhooks.form.editTitle")
                : t("aftersales.webhooks.form.createTitle")}
            </Drawer.Title>
          </Drawer.Header>
          <Drawer.Body className="flex flex-1 flex-col gap-y-4 overflow-y-auto">
            <div className="flex flex-col gap-y-2">
              <Label size="small" weight="plus" htmlFor="aftersales-webhook-url">
                {t("aftersales.webhooks.fields.url")}
              </Label>
              <Input
                id="aftersales-webhook-url"
                name="url"
                type="url"
                size="small"
                required
                placeholder="https://example.com/webhooks/aftersales"
                value={url}
                aria-invalid={!!urlError}
                onChange={(e) => {
                  setUrl(e.target.value)
                  setUrlError(null)
                }}
              />
              {urlError && (
                <Text size="xsmall" className="text-ui-fg-error">
                  {urlError}
                </Text>
              )}
            </div>
            <div className="flex flex-col gap-y-2">
              <Label size="small" weight="plus" htmlFor="aftersales-webhook-description">
                {t("aftersales.webhooks.fields.description")}{" "}
                <span className="text-ui-fg-muted font-normal">
                  ({t("aftersales.common.optional")})
                </span>
              </Label>
              <Textarea
                id="aftersales-webhook-description"
                name="description"
                rows={2}
                value={description}
                onChange={(e) => setDescription(e.target.value)}
              />
            </div>
            <div className="bg-ui-bg-component shadow-elevation-card-rest flex items-start justify-between gap-x-4 rounded-lg p-3">
              <div className="flex flex-col">
                <Label size="small" weight="plus" htmlFor="aftersales-webhook-active">
                  {t("aftersales.webhooks.fields.active")}
                </Label>
                <Text size="xsmall" className="text-ui-fg-subtle">
                  {t("aftersales.webhooks.form.activeHint")}
                </Text>
              </div>
              <Switch
                id="aftersales-webhook-active"
                checked={isActive}
                onCheckedChange={setIsActive}
              />
            </div>
            <div className="flex flex-col gap-y-2" data-testid="aftersales-webhook-events">
              <Label size="small" weight="plus">
                {t("aftersales.webhooks.fields.events")}
              </Label>
              <label className="flex items-start gap-x-2">
                <Checkbox
                  name="events-all"
                  data-event="*"
                  checked={allEvents}
                  onCheckedChange={(checked) =>
                    setEvents(checked === true ? [ALL_EVENTS] : [])
                  }
                />
                <span className="flex flex-col">
                  <Text size="small" weight="plus" leading="compact">
                    {t("aftersales.webhooks.form.allEvents")}
                  </Text>
                  <Text size="xsmall" className="text-ui-fg-subtle">
                    {t("aftersales.webhooks.form.allEventsHint")}
                  </Text>
                </span>
              </label>
              {catalog.isPending ? (
                <LoadingState rows={4} />
              ) : catalog.isError ? (
                <ErrorState error={catalog.error} onRetry={() => catalog.refetch()} />
              ) : (
                <div className="border-ui-border-base flex max-h-[360px] flex-col divide-y overflow-y-auto rounded-md border">
                  {(catalog.events ?? []).map((item) => (
                    <label
                      key={item.name}
                      className="flex items-start gap-x-2 px-3 py-2"
                    >
                      <Checkbox
                        name={`event-${item.name}`}
                        data-event={item.name}
                        disabled={allEvents}
                        checked={allEvents || events.includes(item.name)}
                        onCheckedChange={(checked) =>
                          toggleEvent(item.name, checked === true)
                        }
                      />
                      <span className="flex flex-col">
                        <Text size="small" leading="compact" className="font-mono">
                          {item.name}
                        </Text>
                        <Text size="xsmall" className="text-ui-fg-subtle">
                          {item.description}
                        </Text>
                      </span>
                    </label>
                  ))}
                </div>
              )}
            </div>
          </Drawer.Body>
          <Drawer.Footer>
            <Drawer.Close asChild>
              <Button size="small" variant="secondary" type="button">
                {t("aftersales.common.cancel")}
              </Button>
            </Drawer.Close>
            <Button
              size="small"
              type="submit"
              isLoading={create.isPending || update.isPending}
              data-testid="aftersales-webhook-save"
            >
              {t("aftersales.common.save")}
            </Button>
          </Drawer.Footer>
        </form>
      </Drawer.Content>
    </Drawer>
  )
}
