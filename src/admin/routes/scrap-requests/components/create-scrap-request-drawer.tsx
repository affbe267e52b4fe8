import { Button, Drawer, Input, Label, Select, Text, Textarea, toast } from "@medusajs/ui"
import { FormEvent, useEffect, useState } from "react"
import { useTranslation } from "react-i18next"
import { useNavigate } from "react-router-dom"

import {
  SCRAP_REASONS,
  ScrapPhoto,
  ScrapReason,
  useCreateScrapRequest,
  useUploadPhotos,
} from "../../../hooks/api/parts-demand"
import { useSparePartSearch } from "../../../hooks/api/procurement"
import { getErrorMessage } from "../../../lib/errors"
import { useLocationNames } from "./shared"

/** A new scrap request: part, location, quantity, reason, notes and photos (host File module). */
export const CreateScrapRequestDrawer = ({
  open,
  onOpenChange,
  partId,
}: {
  open: boolean
  onOpenChange: (open: boolean) => void
  /** Preselects the part (from the part page). */
  partId?: string
}) => {
  const { t } = useTranslation()
  const navigate = useNavigate()
  const { list: locations } = useLocationNames()
  const create = useCreateScrapRequest()
  const upload = useUploadPhotos()
  const [search, setSearch] = useState("")
  const { spare_parts } = useSparePartSearch(search)
  const [part, setPart] = useState("")
  const [location, setLocation] = useState("")
  const [quantity, setQuantity] = useState("1")
  const [reason, setReason] = useState<ScrapReason>("damaged")
  const [notes, setNotes] = useState("")
  const [photos, setPhotos] = useState<ScrapPhoto[]>([])

  useEffect(() => {
    if (open) {
      setPart(partId ?? "")
      setLocation(locations[0]?.id ?? "")
      setQuantity("1")
      setReason("damaged")
      setNotes("")
      setPhotos([])
    }
  }, [open, partId, locations])

  const onFiles = async (files: FileList | null) => {
    if (!files?.length) {
      return
    }
    try {
      const uploaded = await upload.mutateAsync(Array.from(files))
      setPhotos((current) => [...current, ...uploaded])
    } catch (error) {
      toast.error(getErrorMessage(error, t("aftersales.common.unknownError")))
    }
  }

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault()
    const amount = Number(quantity)
    if (!part || !location || !Number.isInteger(amount) || amount < 1) {
      toast.error(t("aftersales.scrap.create.incomplete"))
      return
    }
    try {
      const { scrap_request } = await create.mutateAsync({
        part_id: part,
        location_id: location,
        quantity: amount,
        reason,
        notes: notes.trim() || null,
        photos,
      })
      toast.success(t("aftersales.scrap.toasts.requested", { number: scrap_request.number }))
      onOpenChange(false)
      navigate(`/scrap-requests/${scrap_request.id}`)
    } catch (error) {
      toast.error(getErrorMessage(error, t("aftersales.common.unknownError")))
    }
  }

  return (
    <Drawer open={open} onOpenChange={onOpenChange}>
      <Drawer.Content data-testid="aftersales-scrap-drawer" aria-describedby={undefined}>
        <form onSubmit={onSubmit} className="flex h-full flex-col overflow-hidden">
          <Drawer.Header>
            <Drawer.Title>{t("aftersales.scrap.create.title")}</Drawer.Title>
          </Drawer.Header>
          <Drawer.Body className="flex flex-1 flex-col gap-y-4 overflow-y-auto">
            {!partId && (
              <div className="flex flex-col gap-y-2">
                <Label size="small" weight="plus">
                  {t("aftersales.scrap.fields.part")}
                </Label>
                <Input
                  size="small"
                  placeholder={t("aftersales.scrap.create.searchPart")}
                  value={search}
                  onChange={(e) => setSearch(e.target.value)}
                  data-testid="aftersales-scrap-part-search"
                />
                <Select value={part} onValueChange={setPart}>
                  <Select.Trigger data-testid="aftersales-scrap-part">
                    <Select.Value placeholder={t("aftersales.scrap.create.choosePart")} />
                  </Select.Trigger>
                  <Select.Content>
                    {(spare_parts ?? []).map((option) => (
                      <Select.Item key={option.id} value={option.id}>
                        {option.part_number} · {option.name}
                      </Select.Item>
                    ))}
                  </Select.Content>
                </Select>
              </div>
            )}
            <div className="grid grid-cols-2 gap-3">
              <div className="flex flex-col gap-y-2">
                <Label size="small" weight="plus">
                  {t("aftersales.scrap.fields.location")}
                </Label>
                <Select value={location} onValueChange={setLocation}>
                  <Select.Trigger data-testid="aftersales-scrap-location">
                    <Select.Value />
                  </Select.Trigger>
                  <Select.Content>
                    {locations.map((option) => (
                      <Select.Item key={option.id} value={option.id}>
                        {option.name}
                      </Select.Item>
                    ))}
                  </Select.Content>
                </Select>
              </div>
              <div className="flex flex-col gap-y-2">
                <Label size="small" weight="plus" htmlFor="aftersales-scrap-quantity">
                  {t("aftersales.scrap.fields.quantity")}
                </Label>
                <Input
                  id="aftersales-scrap-quantity"
                  size="small"
                  type="number"
                  min={1}
                  value={quantity}
                  onChange={(e) => setQuantity(e.target.value)}
                  data-testid="aftersales-scrap-quantity"
                />
              </div>
            </div>
            <div className="flex flex-col gap-y-2">
              <Label size="small" weight="plus">
                {t("aftersales.scrap.fields.reason")}
              </Label>
              <Select value={reason} onValueChange={(value) => setReason(value as ScrapReason)}>
                <Select.Trigger data-testid="aftersales-scrap-reason">
                  <Select.Value />
                </Select.Trigger>
                <Select.Content>
                  {SCRAP_REASONS.map((option) => (
                    <Select.Item key={option} value={option}>
                      {t(`aftersales.scrap.reasons.${option}`)}
                    </Select.Item>
                  ))}
                </Select.Content>
              </Select>
            </div>
            <div className="flex flex-col gap-y-2">
              <Label size="small" weight="plus" htmlFor="aftersales-scrap-notes">
                {t("aftersales.scrap.fields.notes")}{" "}
                <span className="text-ui-fg-muted font-normal">({t("aftersales.common.optional")})</span>
              </Label>
              <Textarea id="aftersales-scrap-notes" maxLength={5000} value={notes} onChange={(e) => setNotes(e.target.value)} />
            </div>
            <div className="flex flex-col gap-y-2">
              <Label size="small" weight="plus" htmlFor="aftersales-scrap-photos">
                {t("aftersales.scrap.fields.photos")}{" "}
                <span className="text-ui-fg-muted font-normal">({t("aftersales.common.optional")})</span>
              </Label>
              <input
                id="aftersales-scrap-photos"
                type="file"
                accept="image/*"
                multiple
                className="txt-small"
                onChange={(e) => onFiles(e.target.files)}
                data-testid="aftersales-scrap-photos"
              />
              {upload.isPending && (
                <Text size="small" className="text-ui-fg-muted">
                  {t("aftersales.scrap.create.uploading")}
                </Text>
              )}
              {photos.length > 0 && (
                <Text size="small" className="text-ui-fg-subtle">
                  {photos.map((photo) => photo.name ?? photo.url).join(", ")}
                </Text>
              )}
            </div>
          </Drawer.Body>
          <Drawer.Footer>
            <Drawer.Close asChild>
              <Button size="small" variant="secondary" type="button">
                {t("aftersales.common.cancel")}
              </Button>
            </Drawer.Close>
            <Button size="small" type="submit" isLoading={create.isPending} disabled={upload.isPending} data-testid="aftersales-scrap-save">
              {t("aftersales.scrap.create.submit")}
            </Button>
          </Drawer.Footer>
        </form>
      </Drawer.Content>
    </Drawer>
  )
}
