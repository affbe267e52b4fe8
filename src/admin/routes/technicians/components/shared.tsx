import { Badge, Drawer, Button, Label, Select } from "@medusajs/ui"
import { FormEvent, ReactNode } from "react"
import { useTranslation } from "react-i18next"

import { TechnicianCertification } from "../../../hooks/api/technicians"

export const formatPercent = (value: number | null | undefined) =>
  value === null || value === undefined ? "-" : `${Math.round(value * 1000) / 10}%`

export const formatNumber = (value: number | null | undefined, digits = 1) =>
  value === null || value === undefined ? "-" : String(Math.round(value * 10 ** digits) / 10 ** digits)

export const formatDate = (value: string | null | undefined, language?: string) =>
  value ? new Date(value).toLocaleDateString(language === "zhCN" ? "zh-CN" : language) : "-"

export const SOON_DAYS = 30

export function certificationState(certification: Pick<TechnicianCertification, "expires_at">, now = Date.now()) {
  if (!certification.expires_at) {
    return "none" as const
  }
  const expires = new Date(certification.expires_at).getTime()
  if (expires < now) {
    return "expired" as const
  }
  return expires - now <= SOON_DAYS * 24 * 60 * 60 * 1000 ? ("soon" as const) : ("valid" as const)
}

export const CertificationBadge = ({ certification }: { certification: Pick<TechnicianCertification, "expires_at"> }) => {
  const { t } = useTranslation()
  const state = certificationState(certification)
  const color = state === "expired" ? "red" : state === "soon" ? "orange" : "green"
  const label =
    state === "expired"
      ? t("aftersales.technicians.certifications.expired")
      : state === "soon"
        ? t("aftersales.technicians.certifications.expiringSoon")
        : state === "valid"
          ? t("aftersales.technicians.certifications.valid")
          : t("aftersales.technicians.certifications.noExpiry")
  return (
    <Badge size="2xsmall" color={color} data-testid={`aftersales-certification-${state}`}>
      {label}
    </Badge>
  )
}

/** A labelled form row. */
export const Field = ({ label, htmlFor, children }: { label: string; htmlFor?: string; children: ReactNode }) => (
  <div className="flex flex-col gap-y-2">
    <Label size="small" weight="plus" htmlFor={htmlFor}>
      {label}
    </Label>
    {children}
  </div>
)

export const OptionSelect = ({
  value,
  onChange,
  options,
  placeholder,
  testId,
}: {
  value: string
  onChange: (value: string) => void
  options: { value: string; label: string }[]
  placeholder?: string
  testId?: string
}) => (
  <Select value={value} onValueChange={onChange}>
    <Select.Trigger data-testid={testId}>
      <Select.Value placeholder={placeholder} />
    </Select.Trigger>
    <Select.Content>
      {options.map((option) => (
        <Select.Item key={option.value} value={option.value}>
          {option.label}
        </Select.Item>
      ))}
    </Select.Content>
  </Select>
)

/** Drawer with a form, a cancel and a save button. */
export const FormDrawer = ({
  open,
  onOpenChange,
  title,
  onSubmit,
  isSaving,
  testId,
  children,
}: {
  open: boolean
  onOpenChange: (open: boolean) => void
  title: string
  onSubmit: () => void | Promise<void>
  isSaving?: boolean
  testId: string
  children: ReactNode
}) => {
  const { t } = useTranslation()
  const submit = (event: FormEvent) => {
    event.preventDefault()
    void onSubmit()
  }
  return (
    <Drawer open={open} onOpenChange={onOpenChange}>
      <Drawer.Content data-testid={testId} aria-describedby={undefined}>
        <form onSubmit={submit} className="flex h-full flex-col overflow-hidden">
          <Drawer.Header>
            <Drawer.Title>{title}</Drawer.Title>
          </Drawer.Header>
          <Drawer.Body className="flex flex-1 flex-col gap-y-4 overflow-y-auto">{children}</Drawer.Body>
          <Drawer.Footer>
            <Drawer.Close asChild>
              <Button size="small" variant="secondary" type="button">
                {t("aftersales.common.cancel")}
              </Button>
            </Drawer.Close>
            <Button size="small" type="submit" isLoading={isSaving} data-testid={`${testId}-save`}>
              {t("aftersales.common.save")}
            </Button>
          </Drawer.Footer>
        </form>
      </Drawer.Content>
    </Drawer>
  )
}
