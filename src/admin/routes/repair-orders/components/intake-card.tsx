import { ArrowUpTray, PencilSquare } from "@medusajs/icons"
import { Button, Container, Drawer, Input, Label, Select, Text, Textarea, toast } from "@medusajs/ui"
import { ChangeEvent, FormEvent, useEffect, useRef, useState } from "react"
import { useTranslation } from "react-i18next"

import { PermissionGate } from "../../../components/permission-gate"
import { SectionHeader } from "../../../components/states"
import {
  REPAIR_PERMISSIONS,
  REPAIR_PRIORITIES,
  RepairOrderDetail,
  RepairPriority,
  useUpdateRepairOrder,
  useUploadRepairPhotos,
} from "../../../hooks/api/repair-orders"
import { Row } from "./shared"
import { useRepairErrorToast } from "./use-repair-error"

const EditIntakeDrawer = ({
  repair,
  open,
  onOpenChange,
}: {
  repair: RepairOrderDetail
  open: boolean
  onOpenChange: (open: boolean) => void
}) => {
  const { t } = useTranslation()
  const update = useUpdateRepairOrder(repair.id)
  const showError = useRepairErrorToast()
  const [fault, setFault] = useState("")
  const [condition, setCondition] = useState("")
  const [accessories, setAccessories] = useState("")
  const [priority, setPriority] = useState<RepairPriority>("normal")

  useEffect(() => {
    if (open) {
      setFault(repair.fault_description ?? "")
      setCondition(repair.intake_condition ?? "")
      setAccessories(repair.accessories ?? "")
      setPriority(repair.priority)
    }
  }, [open, repair])

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault()
    try {
      await update.mutateAsync({
        fault_description: fault.trim(),
        intake_condition: condition.trim() || null,
        accessories: accessories.trim() || null,
        priority,
      })
      toast.success(t("aftersales.repairs.toasts.saved"))
      onOpenChange(false)
    } catch (error) {
      showError(error)
    }
  }

  return (
    <Drawer open={open} onOpenChange={onOpenChange}>
      <Drawer.Content aria-describedby={undefined} data-testid="aftersales-repair-intake-drawer">
        <form onSubmit={onSubmit} className="flex h-full flex-col overflow-hidden">
          <Drawer.Header>
            <Drawer.Title>{t("aftersales.repairs.intake.editTitle")}</Drawer.Title>
          </Drawer.Header>
          <Drawer.Body className="flex flex-1 flex-col gap-y-4 overflow-y-auto">
            <div className="flex flex-col gap-y-2">
              <Label size="small" weight="plus" htmlFor="repair-edit-fault">
                {t("aftersales.repairs.fields.faultDescription")}
              </Label>
              <Textarea id="repair-edit-fault" rows={3} value={fault} onChange={(e) => setFault(e.target.value)} />
            </div>
            <div className="flex flex-col gap-y-2">
              <Label size="small" weight="plus" htmlFor="repair-edit-condition">
                {t("aftersales.repairs.fields.intakeCondition")}
              </Label>
              <Textarea
                id="repair-edit-condition"
                rows={2}
                value={condition}
                onChange={(e) => setCondition(e.target.value)}
              />
            </div>
            <div className="flex flex-col gap-y-2">
              <Label size="small" weight="plus" htmlFor="repair-edit-accessories">
                {t("aftersales.repairs.fields.accessories")}
              </Label>
              <Input id="repair-edit-accessories" value={accessories} onChange={(e) => setAccessories(e.target.value)} />
            </div>
            <div className="flex flex-col gap-y-2">
              <Label size="small" weight="plus" htmlFor="repair-edit-priority">
                {t("aftersales.repairs.fields.priority")}
              </Label>
              <Select value={priority} onValueChange={(v) => setPriority(v as RepairPriority)}>
                <Select.Trigger id="repair-edit-priority">
                  <Select.Value />
                </Select.Trigger>
                <Select.Content>
                  {REPAIR_PRIORITIES.map((value) => (
                    <Select.Item key={value} value={value}>
                      {t(`aftersales.repairs.priorities.${value}`)}
                    </Select.Item>
                  ))}
                </Select.Content>
              </Select>
            </div>
          </Drawer.Body>
          <Drawer.Footer>
            <Drawer.Close asChild>
              <Button size="small" variant="secondary" type="button">
                {t("aftersales.common.cancel")}
              </Button>
            </Drawer.Close>
            <Button size="small" type="submit" disabled={!fault.trim()} isLoading={update.isPending}>
              {t("aftersales.common.save")}
            </Button>
          </Drawer.Footer>
        </form>
      </Drawer.Content>
    </Drawer>
  )
}

/** What the customer reported and the state of the unit at intake, with its photos. */
export const IntakeCard = ({ repair }: { repair: RepairOrderDetail }) => {
  const { t } = useTranslation()
  const [editing, setEditing] = useState(false)
  const fileInput = useRef<HTMLInputElement>(null)
  const upload = useUploadRepairPhotos(repair.id)
  const showError = useRepairErrorToast()
  const photos = repair.photos ?? []

  const onFiles = async (event: ChangeEvent<HTMLInputElement>) => {
    const files = Array.from(event.target.files ?? [])
    event.target.value = ""
    if (!files.length) {
      return
    }
    try {
      await upload.mutateAsync(files)
      toast.success(t("aftersales.repairs.toasts.photosUploaded", { count: files.length }))
    } catch (error) {
      showError(error)
    }
  }

  return (
    <Container className="divide-y p-0" data-testid="aftersales-repair-intake">
      <SectionHeader
        title={t("aftersales.repairs.intake.title")}
        actions={
          <PermissionGate permission={REPAIR_PERMISSIONS.WRITE}>
            <Button size="small" variant="secondary" onClick={() => setEditing(true)}>
              <PencilSquare />
              {t("aftersales.common.edit")}
            </Button>
          </PermissionGate>
        }
      />
      <div className="flex flex-col py-2">
        <Row label={t("aftersales.repairs.fields.faultDescription")}>
          <span className="whitespace-pre-wrap" data-testid="aftersales-repair-fault">
            {repair.fault_description}
          </span>
        </Row>
        <Row label={t("aftersales.repairs.fields.intakeCondition")}>
          <span className="whitespace-pre-wrap">{repair.intake_condition ?? "-"}</span>
        </Row>
        <Row label={t("aftersales.repairs.fields.accessories")}>{repair.accessories ?? "-"}</Row>
      </div>
      <div className="flex flex-col gap-y-3 px-6 py-4">
        <div className="flex items-center justify-between">
          <Text size="small" weight="plus">
            {t("aftersales.repairs.intake.photos")}
          </Text>
          <PermissionGate permission={REPAIR_PERMISSIONS.WRITE}>
            <input
              ref={fileInput}
              type="file"
              accept="image/*"
              multiple
              className="hidden"
              onChange={onFiles}
              data-testid="aftersales-repair-photo-input"
            />
            <Button
              size="small"
              variant="secondary"
              isLoading={upload.isPending}
              onClick={() => fileInput.current?.click()}
              data-testid="aftersales-repair-photo-upload"
            >
              <ArrowUpTray />
              {t("aftersales.repairs.intake.upload")}
            </Button>
          </PermissionGate>
        </div>
        {photos.length ? (
          <div className="grid grid-cols-3 gap-2 sm:grid-cols-4" data-testid="aftersales-repair-photos">
            {photos.map((photo, index) => (
              <a
                key={photo.id ?? photo.url ?? index}
                href={photo.url}
                target="_blank"
                rel="noreferrer"
                className="border-ui-border-base block aspect-square overflow-hidden rounded-md border"
                title={photo.name ?? undefined}
              >
                <img src={photo.url} alt={photo.name ?? ""} className="h-full w-full object-cover" />
              </a>
            ))}
          </div>
        ) : (
          <Text size="small" className="text-ui-fg-muted">
            {t("aftersales.repairs.intake.noPhotos")}
          </Text>
        )}
      </div>
      <EditIntakeDrawer repair={repair} open={editing} onOpenChange={setEditing} />
    </Container>
  )
}
