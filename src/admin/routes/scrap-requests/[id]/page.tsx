import { Button, Container, Drawer, Heading, Label, Select, Text, Textarea, toast } from "@medusajs/ui"
import { FormEvent, useState } from "react"
import { useTranslation } from "react-i18next"
import { Link, useParams } from "react-router-dom"

import { KeyValueRow } from "../../../components/key-value"
import { PermissionGate, RequirePermission } from "../../../components/permission-gate"
import { ErrorState, LoadingState } from "../../../components/states"
import {
  DISPOSAL_METHODS,
  DisposalMethod,
  ScrapRequest,
  useScrapRequest,
  useScrapRequestAction,
} from "../../../hooks/api/parts-demand"
import { useSparePart } from "../../../hooks/api/spare-parts"
import { useAdminUsers } from "../../../hooks/api/users"
import { getErrorMessage } from "../../../lib/errors"
import { formatDateTime } from "../../../lib/format"
import { userDisplayName } from "../../settings/aftersales-roles/components/user-display"
import { ScrapStatusBadge, useFormatAmount, useLocationNames } from "../components/shared"

type Pending = "reject" | "dispose" | null

/** Asks for the rejection reason or the disposal method, then runs the action. */
const DecisionDrawer = ({
  request,
  kind,
  onClose,
}: {
  request: ScrapRequest
  kind: Pending
  onClose: () => void
}) => {
  const { t } = useTranslation()
  const action = useScrapRequestAction(request.id)
  const [reason, setReason] = useState("")
  const [method, setMethod] = useState<DisposalMethod>("recycle")

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault()
    try {
      if (kind === "reject") {
        if (!reason.trim()) {
          toast.error(t("aftersales.scrap.reject.reasonRequired"))
          return
        }
        await action.mutateAsync({ action: "reject", body: { rejection_reason: reason.trim() } })
        toast.success(t("aftersales.scrap.toasts.rejected", { number: request.number }))
      } else {
        await action.mutateAsync({ action: "dispose", body: { disposal_method: method } })
        toast.success(t("aftersales.scrap.toasts.disposed", { number: request.number }))
      }
      onClose()
    } catch (error) {
      toast.error(getErrorMessage(error, t("aftersales.common.unknownError")))
    }
  }

  return (
    <Drawer open={kind !== null} onOpenChange={(open) => !open && onClose()}>
      <Drawer.Content data-testid="aftersales-scrap-decision-drawer" aria-describedby={undefined}>
        <form onSubmit={onSubmit} className="flex h-full flex-col overflow-hidden">
          <Drawer.Header>
            <Drawer.Title>
              {kind === "reject" ? t("aftersales.scrap.reject.title") : t("aftersales.scrap.dispose.title")}
            </Drawer.Title>
          </Drawer.Header>
          <Drawer.Body className="flex flex-1 flex-col gap-y-4 overflow-y-auto">
            {kind === "reject" ? (
              <div className="flex flex-col gap-y-2">
                <Label size="small" weight="plus" htmlFor="aftersales-scrap-rejection-reason">
                  {t("aftersales.scrap.fields.rejectionReason")}
                </Label>
                <Textarea
                  id="aftersales-scrap-rejection-reason"
                  value={reason}
                  maxLength={2000}
                  onChange={(e) => setReason(e.target.value)}
                  data-testid="aftersales-scrap-rejection-reason"
                />
              </div>
            ) : (
              <>
                <Text size="small" className="text-ui-fg-subtle">
                  {request.in_stock
                    ? t("aftersales.scrap.dispose.descriptionInStock", { quantity: request.quantity })
                    : t("aftersales.scrap.dispose.descriptionNotInStock")}
                </Text>
                <div className="flex flex-col gap-y-2">
                  <Label size="small" weight="plus">
                    {t("aftersales.scrap.fields.disposalMethod")}
                  </Label>
                  <Select value={method} onValueChange={(value) => setMethod(value as DisposalMethod)}>
                    <Select.Trigger data-testid="aftersales-scrap-disposal-method">
                      <Select.Value />
                    </Select.Trigger>
                    <Select.Content>
                      {DISPOSAL_METHODS.map((option) => (
                        <Select.Item key={option} value={option}>
                          {t(`aftersales.scrap.disposalMethods.${option}`)}
                        </Select.Item>
                      ))}
                    </Select.Content>
                  </Select>
                </div>
              </>
            )}
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
              variant={kind === "reject" ? "danger" : "primary"}
              isLoading={action.isPending}
              data-testid="aftersales-scrap-decision-confirm"
            >
              {kind === "reject" ? t("aftersales.scrap.actions.reject") : t("aftersales.scrap.actions.dispose")}
            </Button>
          </Drawer.Footer>
        </form>
      </Drawer.Content>
    </Drawer>
  )
}

const ScrapRequestDetail = ({ id }: { id: string }) => {
  const { t, i18n } = useTranslation()
  const { scrap_request: request, isPending, isError, error, refetch } = useScrapRequest(id)
  const { spare_part: part } = useSparePart(request?.part_id ?? "", { enabled: !!request?.part_id } as any)
  const { names: locationNames } = useLocationNames()
  const { users } = useAdminUsers()
  const formatAmount = useFormatAmount()
  const action = useScrapRequestAction(id)
  const [pending, setPending] = useState<Pending>(null)

  if (isPending) {
    return <LoadingState rows={6} />
  }
  if (isError || !request) {
    return <ErrorState error={error} onRetry={() => refetch()} />
  }

  const userName = (userId: string | null) => {
    if (!userId) {
      return t("aftersales.scrap.system")
    }
    const user = (users ?? []).find((candidate) => candidate.id === userId)
    return user ? userDisplayName(user) : userId
  }
  const when = (value: string | null) => (value ? formatDateTime(value, i18n.language) : "-")

  const run = async (kind: "approve" | "cancel") => {
    try {
      await action.mutateAsync({ action: kind })
      toast.success(t(kind === "approve" ? "aftersales.scrap.toasts.approved" : "aftersales.scrap.toasts.canceled", { number: request.number }))
    } catch (failure) {
      toast.error(getErrorMessage(failure, t("aftersales.common.unknownError")))
    }
  }

  return (
    <div className="flex flex-col gap-y-3" data-testid="aftersales-scrap-page">
      <Container className="divide-y p-0">
        <div className="flex flex-wrap items-center justify-between gap-4 px-6 py-4">
          <div className="flex items-center gap-x-3">
            <Heading data-testid="aftersales-scrap-number">{request.number}</Heading>
            <ScrapStatusBadge status={request.status} />
          </div>
          <div className="flex flex-wrap gap-2">
            {request.status === "requested" && (
              <PermissionGate permission="scrap:approve">
                <Button size="small" variant="secondary" onClick={() => setPending("reject")} data-testid="aftersales-scrap-reject">
                  {t("aftersales.scrap.actions.reject")}
                </Button>
                <Button size="small" onClick={() => run("approve")} isLoading={action.isPending} data-testid="aftersales-scrap-approve">
                  {t("aftersales.scrap.actions.approve")}
                </Button>
              </PermissionGate>
            )}
            {request.status === "approved" && (
              <PermissionGate permission="scrap:write">
                <Button size="small" onClick={() => setPending("dispose")} data-testid="aftersales-scrap-dispose">
                  {t("aftersales.scrap.actions.dispose")}
                </Button>
              </PermissionGate>
            )}
            {(request.status === "requested" || request.status === "approved") && (
              <PermissionGate permission="scrap:write">
                <Button size="small" variant="transparent" onClick={() => run("cancel")} data-testid="aftersales-scrap-cancel">
                  {t("aftersales.scrap.actions.cancel")}
                </Button>
              </PermissionGate>
            )}
          </div>
        </div>
        <KeyValueRow
          label={t("aftersales.scrap.fields.part")}
          value={
            <Link to={`/spare-parts/${request.part_id}`} className="text-ui-fg-interactive hover:underline">
              {part ? `${part.part_number} · ${part.name}` : request.part_id}
            </Link>
          }
        />
        <KeyValueRow label={t("aftersales.scrap.fields.location")} value={locationNames.get(request.location_id) ?? request.location_id} />
        <KeyValueRow label={t("aftersales.scrap.fields.quantity")} value={request.quantity} />
        <KeyValueRow label={t("aftersales.scrap.fields.reason")} value={t(`aftersales.scrap.reasons.${request.reason}`)} />
        <KeyValueRow
          label={t("aftersales.scrap.fields.source")}
          value={t(`aftersales.scrap.sources.${request.source_type}`, { defaultValue: request.source_type }) + (request.source_id ? ` · ${request.source_id}` : "")}
        />
        <KeyValueRow
          label={t("aftersales.scrap.fields.inStock")}
          value={request.in_stock ? t("aftersales.scrap.inStock.yes") : t("aftersales.scrap.inStock.no")}
        />
        <KeyValueRow label={t("aftersales.scrap.fields.notes")} value={request.notes ? <span className="whitespace-pre-wrap">{request.notes}</span> : "-"} />
        <KeyValueRow label={t("aftersales.scrap.fields.requestedBy")} value={`${userName(request.requested_by)} · ${when(request.created_at)}`} />
        {request.approved_by && (
          <KeyValueRow label={t("aftersales.scrap.fields.approvedBy")} value={`${userName(request.approved_by)} · ${when(request.approved_at)}`} />
        )}
        {request.rejected_by && (
          <KeyValueRow
            label={t("aftersales.scrap.fields.rejectedBy")}
            value={`${userName(request.rejected_by)} · ${when(request.rejected_at)} · ${request.rejection_reason ?? ""}`}
          />
        )}
        {request.disposed_by && (
          <>
            <KeyValueRow
              label={t("aftersales.scrap.fields.disposedBy")}
              value={`${userName(request.disposed_by)} · ${when(request.disposed_at)} · ${t(`aftersales.scrap.disposalMethods.${request.disposal_method}`)}`}
            />
            <KeyValueRow
              label={t("aftersales.scrap.fields.writtenOff")}
              value={<span data-testid="aftersales-scrap-written-off">{formatAmount(request.written_off_value, request.currency_code)}</span>}
            />
          </>
        )}
        {request.canceled_by && (
          <KeyValueRow label={t("aftersales.scrap.fields.canceledBy")} value={`${userName(request.canceled_by)} · ${when(request.canceled_at)}`} />
        )}
      </Container>
      <Container className="p-0">
        <div className="px-6 py-4">
          <Heading level="h2">{t("aftersales.scrap.fields.photos")}</Heading>
        </div>
        {request.photos?.length ? (
          <div className="grid grid-cols-2 gap-3 px-6 pb-6 md:grid-cols-4" data-testid="aftersales-scrap-photos-list">
            {request.photos.map((photo) => (
              <a key={photo.url} href={photo.url} target="_blank" rel="noreferrer" className="flex flex-col gap-y-1">
                <img src={photo.url} alt={photo.name ?? ""} className="border-ui-border-base aspect-square w-full rounded-md border object-cover" />
                <Text size="xsmall" className="text-ui-fg-subtle truncate">
                  {photo.name ?? photo.url}
                </Text>
              </a>
            ))}
          </div>
        ) : (
          <Text size="small" className="text-ui-fg-muted px-6 pb-6">
            {t("aftersales.scrap.noPhotos")}
          </Text>
        )}
      </Container>
      <DecisionDrawer request={request} kind={pending} onClose={() => setPending(null)} />
    </div>
  )
}

const ScrapRequestPage = () => {
  const { id } = useParams()
  return (
    <RequirePermission permission="scrap:read">
      <ScrapRequestDetail id={id!} />
    </RequirePermission>
  )
}

const ScrapBreadcrumb = ({ id }: { id: string }) => {
  const { scrap_request } = useScrapRequest(id)
  return <>{scrap_request?.number ?? id}</>
}

export const handle = {
  breadcrumb: ({ params }: { params: { id: string } }) => <ScrapBreadcrumb id={params.id} />,
}

export default ScrapRequestPage
