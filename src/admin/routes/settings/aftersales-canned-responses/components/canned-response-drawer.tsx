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
import { FormEvent, useEffect, useRef, useState } from "react"
import { useTranslation } from "react-i18next"

import {
  CannedResponseDetail,
  useCannedResponseVariables,
  useSaveCannedResponse,
} from "../../../../hooks/api/service-desk-settings"
import { getErrorMessage } from "../../../../lib/errors"
import { TICKET_TYPES, TicketType } from "../../../../lib/types"

type Props = {
  open: boolean
  onOpenChange: (open: boolean) => void
  /** The response to edit; omitted to create one. */
  response?: CannedResponseDetail
}

export const CannedResponseDrawer = ({ open, onOpenChange, response }: Props) => {
  const { t } = useTranslation()
  const { variables } = useCannedResponseVariables({ enabled: open })
  const save = useSaveCannedResponse()
  const bodyRef = useRef<HTMLTextAreaElement>(null)

  const [title, setTitle] = useState("")
  const [category, setCategory] = useState("")
  const [body, setBody] = useState("")
  const [ticketTypes, setTicketTypes] = useState<TicketType[]>([])
  const [isActive, setIsActive] = useState(true)

  useEffect(() => {
    if (open) {
      setTitle(response?.title ?? "")
      setCategory(response?.category ?? "")
      setBody(response?.body ?? "")
      setTicketTypes(response?.ticket_types ?? [])
      setIsActive(response?.is_active ?? true)
    }
  }, [open, response])

  /** Puts `{{ name }}` at the cursor of the body. */
  const insertVariable = (name: string) => {
    const placeholder = `{{ ${name} }}`
    const element = bodyRef.current
    const start = element?.selectionStart ?? body.length
    const end = element?.selectionEnd ?? body.length
    setBody(body.slice(0, start) + placeholder + body.slice(end))
    requestAnimationFrame(() => {
      element?.focus()
      element?.setSelectionRange(start + placeholder.length, start + placeholder.length)
    })
  }

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault()
    try {
      await save.mutateAsync({
        id: response?.id,
        title,
        body,
        category: category.trim() || null,
        ticket_types: ticketTypes,
        is_active: isActive,
      })
      toast.success(
        response
          ? t("aftersales.cannedResponses.toasts.updated")
          : t("aftersales.cannedResponses.toasts.created")
      )
      onOpenChange(false)
    } catch (error) {
      // e.g. an unknown variable: the server names it
      toast.error(getErrorMessage(error, t("aftersales.common.unknownError")))
    }
  }

  return (
    <Drawer open={open} onOpenChange={onOpenChange}>
      <Drawer.Content
        className="max-w-[720px]"
        data-testid="aftersales-canned-response-drawer"
        aria-describedby={undefined}
      >
        <form onSubmit={onSubmit} className="flex h-full flex-col overflow-hidden">
          <Drawer.Header>
            <Drawer.Title>
              {response
                ? t("aftersales.cannedResponses.form.editTitle")
                : t("aftersales.cannedResponses.form.createTitle")}
            </Drawer.Title>
          </Drawer.Header>
          <Drawer.Body className="flex flex-1 flex-col gap-y-4 overflow-y-auto">
            <div className="flex flex-col gap-y-2">
              <Label size="small" weight="plus" htmlFor="aftersales-canned-title">
                {t("aftersales.cannedResponses.fields.title")}
              </Label>
              <Input
                id="aftersales-canned-title"
                name="title"
                size="small"
                required
                maxLength={150}
                value={title}
                onChange={(e) => setTitle(e.target.value)}
              />
            </div>
            <div className="flex flex-col gap-y-2">
              <Label size="small" weight="plus" htmlFor="aftersales-canned-category">
                {t("aftersales.cannedResponses.fields.category")}{" "}
                <span className="text-ui-fg-muted font-normal">
                  ({t("aftersales.common.optional")})
                </span>
              </Label>
              <Input
                id="aftersales-canned-category"
                name="category"
                size="small"
                maxLength={100}
                value={category}
                onChange={(e) => setCategory(e.target.value)}
              />
            </div>
            <div className="flex flex-col gap-y-2">
              <Label size="small" weight="plus" htmlFor="aftersales-canned-body">
                {t("aftersales.cannedResponses.fields.body")}
              </Label>
              <Textarea
                id="aftersales-canned-body"
                name="body"
                ref={bodyRef}
                rows={8}
                required
                value={body}
                onChange={(e) => setBody(e.target.value)}
              />
              <div
                className="flex flex-col gap-y-1"
                data-testid="aftersales-canned-variables"
              >
                <Text size="xsmall" className="text-ui-fg-subtle">
                  {t("aftersales.cannedResponses.form.variablesHint")}
                </Text>
                <div className="flex flex-wrap gap-1">
                  {(variables ?? []).map((variable) => (
                    <Button
                      key={variable.name}
                      type="button"
                      size="small"
                      variant="secondary"
                      title={variable.description}
                      data-variable={variable.name}
                      onClick={() => insertVariable(variable.name)}
                    >
                      <span className="font-mono">{`{{ ${variable.name} }}`}</span>
                    </Button>
                  ))}
                </div>
                <Text size="xsmall" className="text-ui-fg-muted">
                  {t("aftersales.cannedResponses.form.fallbackHint", {
                    example: "{{ customer.first_name | there }}",
                  })}
                </Text>
              </div>
            </div>
            <div className="flex flex-col gap-y-2">
              <Label size="small" weight="plus">
                {t("aftersales.cannedResponses.fields.ticketTypes")}
              </Label>
              <Text size="xsmall" className="text-ui-fg-subtle">
                {t("aftersales.cannedResponses.form.ticketTypesHint")}
              </Text>
              <div className="grid grid-cols-2 gap-2">
                {TICKET_TYPES.map((type) => (
                  <label key={type} className="flex items-center gap-x-2">
                    <Checkbox
                      name={`type-${type}`}
                      checked={ticketTypes.includes(type)}
                      onCheckedChange={(checked) =>
                        setTicketTypes((prev) =>
                          checked === true
                            ? [...prev, type]
                            : prev.filter((value) => value !== type)
                        )
                      }
                    />
                    <Text size="small">{t(`aftersales.serviceDesk.types.${type}`)}</Text>
                  </label>
                ))}
              </div>
            </div>
            <div className="bg-ui-bg-component shadow-elevation-card-rest flex items-start justify-between gap-x-4 rounded-lg p-3">
              <div className="flex flex-col">
                <Label size="small" weight="plus" htmlFor="aftersales-canned-active">
                  {t("aftersales.cannedResponses.fields.active")}
                </Label>
                <Text size="xsmall" className="text-ui-fg-subtle">
                  {t("aftersales.cannedResponses.form.activeHint")}
                </Text>
              </div>
              <Switch
                id="aftersales-canned-active"
                checked={isActive}
                onCheckedChange={setIsActive}
              />
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
              isLoading={save.isPending}
              data-testid="aftersales-canned-response-save"
            >
              {t("aftersales.common.save")}
            </Button>
          </Drawer.Footer>
        </form>
      </Drawer.Content>
    </Drawer>
  )
}
