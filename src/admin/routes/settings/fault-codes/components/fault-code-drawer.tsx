import { Button, Drawer, Input, Label, Switch, Textarea, toast } from "@medusajs/ui"
import { FormEvent, useEffect, useState } from "react"
import { useTranslation } from "react-i18next"

import { FaultCode, useSaveFaultCode } from "../../../../hooks/api/repair-orders"
import { getErrorMessage } from "../../../../lib/errors"

/** Create or edit one fault code of the diagnosis catalogue. */
export const FaultCodeDrawer = ({
  open,
  onOpenChange,
  faultCode,
}: {
  open: boolean
  onOpenChange: (open: boolean) => void
  faultCode?: FaultCode
}) => {
  const { t } = useTranslation()
  const save = useSaveFaultCode()
  const [code, setCode] = useState("")
  const [name, setName] = useState("")
  const [category, setCategory] = useState("")
  const [description, setDescription] = useState("")
  const [isActive, setIsActive] = useState(true)

  useEffect(() => {
    if (open) {
      setCode(faultCode?.code ?? "")
      setName(faultCode?.name ?? "")
      setCategory(faultCode?.category ?? "")
      setDescription(faultCode?.description ?? "")
      setIsActive(faultCode?.is_active ?? true)
    }
  }, [open, faultCode])

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault()
    try {
      await save.mutateAsync({
        id: faultCode?.id,
        code: code.trim(),
        name: name.trim(),
        category: category.trim() || null,
        description: description.trim() || null,
        is_active: isActive,
      })
      toast.success(
        faultCode
          ? t("aftersales.faultCodes.toasts.updated", { code: code.trim() })
          : t("aftersales.faultCodes.toasts.created", { code: code.trim() })
      )
      onOpenChange(false)
    } catch (error) {
      toast.error(getErrorMessage(error, t("aftersales.common.unknownError")))
    }
  }

  return (
    <Drawer open={open} onOpenChange={onOpenChange}>
      <Drawer.Content aria-describedby={undefined} data-testid="aftersales-fault-code-drawer">
        <form onSubmit={onSubmit} className="flex h-full flex-col overflow-hidden">
          <Drawer.Header>
            <Drawer.Title>
              {faultCode ? t("aftersales.faultCodes.editTitle") : t("aftersales.faultCodes.createTitle")}
            </Drawer.Title>
          </Drawer.Header>
          <Drawer.Body className="flex flex-1 flex-col gap-y-4 overflow-y-auto">
            <div className="flex flex-col gap-y-2">
              <Label size="small" weight="plus" htmlFor="fault-code-code">
                {t("aftersales.faultCodes.fields.code")}
              </Label>
              <Input id="fault-code-code" name="code" value={code} onChange={(e) => setCode(e.target.value)} />
            </div>
            <div className="flex flex-col gap-y-2">
              <Label size="small" weight="plus" htmlFor="fault-code-name">
                {t("aftersales.faultCodes.fields.name")}
              </Label>
              <Input id="fault-code-name" name="name" value={name} onChange={(e) => setName(e.target.value)} />
            </div>
            <div className="flex flex-col gap-y-2">
              <Label size="small" weight="plus" htmlFor="fault-code-category">
                {`${t("aftersales.faultCodes.fields.category")} (${t("aftersales.common.optional")})`}
              </Label>
              <Input
                id="fault-code-category"
                name="category"
                placeholder={t("aftersales.faultCodes.categoryPlaceholder")}
                value={category}
                onChange={(e) => setCategory(e.target.value)}
              />
            </div>
            <div className="flex flex-col gap-y-2">
              <Label size="small" weight="plus" htmlFor="fault-code-description">
                {`${t("aftersales.faultCodes.fields.description")} (${t("aftersales.common.optional")})`}
              </Label>
              <Textarea
                id="fault-code-description"
                rows={3}
                value={description}
                onChange={(e) => setDescription(e.target.value)}
              />
            </div>
            <div className="flex items-center gap-x-2">
              <Switch id="fault-code-active" checked={isActive} onCheckedChange={setIsActive} />
              <Label size="small" htmlFor="fault-code-active">
                {t("aftersales.faultCodes.fields.active")}
              </Label>
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
              disabled={!code.trim() || !name.trim()}
              isLoading={save.isPending}
              data-testid="aftersales-fault-code-save"
            >
              {t("aftersales.common.save")}
            </Button>
          </Drawer.Footer>
        </form>
      </Drawer.Content>
    </Drawer>
  )
}
