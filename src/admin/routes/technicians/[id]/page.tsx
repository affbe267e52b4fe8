import { Badge, Button, Container, Heading, IconButton, Table, Text, toast } from "@medusajs/ui"
import { Trash } from "@medusajs/icons"
import { ReactNode, useMemo, useState } from "react"
import { useTranslation } from "react-i18next"
import { useParams } from "react-router-dom"

import { SeriesChart } from "../../../components/charts/series-chart"
import { KeyValueRow } from "../../../components/key-value"
import { PermissionGate, RequirePermission } from "../../../components/permission-gate"
import { ErrorState, LoadingState } from "../../../components/states"
import { useStockLocations } from "../../../hooks/api/procurement"
import {
  Technician,
  useDeactivateTechnician,
  useRemoveTechnicianCertification,
  useSaveTechnician,
  useTechnician,
} from "../../../hooks/api/technicians"
import { useAdminUsers } from "../../../hooks/api/users"
import { getErrorMessage } from "../../../lib/errors"
import { AssessmentDrawer, CertificationDrawer, ReviewDrawer, SkillsDrawer } from "../components/record-drawers"
import { CertificationBadge, formatDate, formatNumber, formatPercent } from "../components/shared"
import { TechnicianFormDrawer } from "../components/technician-form-drawer"

const Figure = ({ label, value, hint, testId }: { label: string; value: string; hint?: string; testId: string }) => (
  <div className="flex flex-col gap-y-1 px-6 py-4" data-testid={testId}>
    <Text size="xsmall" className="text-ui-fg-muted">
      {label}
    </Text>
    <Text size="xlarge" weight="plus">
      {value}
    </Text>
    {hint && (
      <Text size="xsmall" className="text-ui-fg-subtle">
        {hint}
      </Text>
    )}
  </div>
)

const Section = ({ title, description, action, children, testId }: { title: string; description?: string; action?: ReactNode; children: ReactNode; testId: string }) => (
  <Container className="divide-y p-0" data-testid={testId}>
    <div className="flex items-center justify-between gap-4 px-6 py-4">
      <div>
        <Heading level="h2">{title}</Heading>
        {description && (
          <Text size="small" className="text-ui-fg-subtle">
            {description}
          </Text>
        )}
      </div>
      {action}
    </div>
    {children}
  </Container>
)

const Empty = ({ text }: { text: string }) => (
  <Text size="small" className="text-ui-fg-muted px-6 py-4">
    {text}
  </Text>
)

const useUserNames = () => {
  const { users } = useAdminUsers()
  return useMemo(() => {
    const names = new Map<string, string>()
    for (const user of users ?? []) {
      names.set(user.id, [user.first_name, user.last_name].filter(Boolean).join(" ") || user.email)
    }
    return names
  }, [users])
}

const PerformanceSection = ({ technician }: { technician: Technician }) => {
  const { t } = useTranslation()
  const performance = technician.performance
  const hours = (value: number | null | undefined) =>
    value === null || value === undefined ? "-" : t("aftersales.technicians.performance.hours", { value: formatNumber(value) })
  const months = performance?.by_month ?? []
  return (
    <Section title={t("aftersales.technicians.performance.title")} description={t("aftersales.technicians.performance.description")} testId="aftersales-technician-performance">
      <div className="grid grid-cols-2 divide-x md:grid-cols-4">
        <Figure testId="aftersales-technician-jobs-done" label={t("aftersales.technicians.performance.jobsDone")} value={String(performance?.jobs_done ?? 0)} />
        <Figure testId="aftersales-technician-open-jobs" label={t("aftersales.technicians.performance.openJobs")} value={`${technician.open_jobs} / ${technician.capacity}`} />
        <Figure testId="aftersales-technician-turnaround" label={t("aftersales.technicians.performance.meanTurnaround")} value={hours(performance?.mean_turnaround_hours)} />
        <Figure
          testId="aftersales-technician-ftf"
          label={t("aftersales.technicians.performance.firstTimeFix")}
          value={formatPercent(performance?.first_time_fix_rate)}
          hint={performance?.jobs_done ? t("aftersales.technicians.performance.firstTimeFixHint", { fixed: performance.first_time_fixes, jobs: performance.jobs_done }) : undefined}
        />
      </div>
      <div className="grid grid-cols-2 divide-x md:grid-cols-4">
        <Figure testId="aftersales-technician-on-time" label={t("aftersales.technicians.performance.onTime")} value={formatPercent(performance?.on_time_rate)} />
        <Figure testId="aftersales-technician-parts-cost" label={t("aftersales.technicians.performance.partsCostPerJob")} value={performance?.parts_cost_per_job == null ? "-" : formatNumber(performance.parts_cost_per_job, 2)} />
        <Figure testId="aftersales-technician-rating" label={t("aftersales.technicians.performance.rating")} value={performance?.mean_rating == null ? "-" : `${formatNumber(performance.mean_rating, 1)} / 5`} />
        <Figure testId="aftersales-technician-capacity" label={t("aftersales.technicians.fields.capacity")} value={String(technician.capacity)} />
      </div>
      <div className="px-6 py-4">
        <Text size="small" weight="plus" className="mb-2">
          {t("aftersales.technicians.performance.chartTitle")}
        </Text>
        {months.length ? (
          <SeriesChart
            testId="aftersales-technician-chart"
            ariaLabel={t("aftersales.technicians.performance.chartTitle")}
            labels={months.map((month) => month.period)}
            series={[
              { key: "jobs", label: t("aftersales.technicians.performance.chartJobs"), kind: "bar", values: months.map((month) => month.jobs_done) },
              { key: "turnaround", label: t("aftersales.technicians.performance.chartTurnaround"), kind: "line", values: months.map((month) => month.mean_turnaround_hours) },
            ]}
          />
        ) : (
          <Text size="small" className="text-ui-fg-muted">
            {t("aftersales.technicians.performance.noJobs")}
          </Text>
        )}
      </div>
    </Section>
  )
}

const TechnicianDetail = ({ id }: { id: string }) => {
  const { t, i18n } = useTranslation()
  const { technician, isPending, isError, error, refetch } = useTechnician(id)
  const { stock_locations } = useStockLocations()
  const userNames = useUserNames()
  const save = useSaveTechnician(id)
  const deactivate = useDeactivateTechnician(id)
  const removeCertification = useRemoveTechnicianCertification(id)
  const [drawer, setDrawer] = useState<null | "profile" | "skills" | "certification" | "assessment" | "review">(null)
  const close = (open: boolean) => !open && setDrawer(null)

  if (isPending) {
    return <LoadingState rows={6} />
  }
  if (isError || !technician) {
    return <ErrorState error={error} onRetry={() => refetch()} />
  }

  const locationName = (locationId: string | null) =>
    locationId ? stock_locations?.find((location) => location.id === locationId)?.name ?? locationId : t("aftersales.technicians.fields.noLocation")
  const toggleActive = async () => {
    try {
      if (technician.is_active) {
        await deactivate.mutateAsync()
      } else {
        await save.mutateAsync({ is_active: true })
      }
      toast.success(t(technician.is_active ? "aftersales.technicians.toasts.deactivated" : "aftersales.technicians.toasts.activated", { name: technician.name }))
    } catch (failure) {
      toast.error(getErrorMessage(failure, t("aftersales.common.unknownError")))
    }
  }
  const onRemoveCertification = async (certificationId: string) => {
    try {
      await removeCertification.mutateAsync(certificationId)
      toast.success(t("aftersales.technicians.toasts.certificationRemoved"))
    } catch (failure) {
      toast.error(getErrorMessage(failure, t("aftersales.common.unknownError")))
    }
  }

  return (
    <div className="flex flex-col gap-y-3" data-testid="aftersales-technician-page">
      <Container className="divide-y p-0">
        <div className="flex flex-wrap items-center justify-between gap-4 px-6 py-4">
          <div className="flex items-center gap-x-2">
            <Heading>{technician.name}</Heading>
            <Badge size="2xsmall" color={technician.is_active ? "green" : "grey"}>
              {technician.is_active ? t("aftersales.technicians.active") : t("aftersales.technicians.inactive")}
            </Badge>
          </div>
          <div className="flex items-center gap-x-2">
            <PermissionGate permission="technicians:configure">
              <Button size="small" variant="secondary" onClick={toggleActive} isLoading={deactivate.isPending || save.isPending} data-testid="aftersales-technician-toggle-active">
                {technician.is_active ? t("aftersales.technicians.actions.deactivate") : t("aftersales.technicians.actions.activate")}
              </Button>
            </PermissionGate>
            <PermissionGate permission="technicians:write">
              <Button size="small" variant="secondary" onClick={() => setDrawer("profile")} data-testid="aftersales-technician-edit">
                {t("aftersales.technicians.actions.edit")}
              </Button>
            </PermissionGate>
          </div>
        </div>
        <KeyValueRow label={t("aftersales.technicians.fields.email")} value={technician.email ?? "-"} />
        <KeyValueRow label={t("aftersales.technicians.fields.phone")} value={technician.phone ?? "-"} />
        <KeyValueRow
          label={t("aftersales.technicians.fields.user")}
          value={technician.user_id ? userNames.get(technician.user_id) ?? technician.user_id : t("aftersales.technicians.fields.noUser")}
        />
        <KeyValueRow label={t("aftersales.technicians.fields.location")} value={locationName(technician.location_id)} />
        <KeyValueRow label={t("aftersales.technicians.fields.hourly_rate")} value={String(technician.hourly_rate)} />
        <KeyValueRow label={t("aftersales.technicians.fields.experience_years")} value={String(technician.experience_years)} />
        {technician.notes && <KeyValueRow label={t("aftersales.technicians.fields.notes")} value={technician.notes} />}
      </Container>

      <PerformanceSection technician={technician} />

      <Section
        title={t("aftersales.technicians.skills.title")}
        description={t("aftersales.technicians.skills.description")}
        testId="aftersales-technician-skills"
        action={
          <PermissionGate permission="technicians:write">
            <Button size="small" variant="secondary" onClick={() => setDrawer("skills")} data-testid="aftersales-technician-skills-edit">
              {t("aftersales.technicians.skills.edit")}
            </Button>
          </PermissionGate>
        }
      >
        {(technician.skills ?? []).length === 0 ? (
          <Empty text={t("aftersales.technicians.skills.empty")} />
        ) : (
          <div className="flex flex-wrap gap-2 px-6 py-4">
            {(technician.skills ?? []).map((skill) => (
              <Badge key={skill.id} size="small" color="blue">
                {`${skill.category_name ?? skill.product_category_id} · ${t("aftersales.technicians.skills.levelValue", { level: skill.level })}`}
              </Badge>
            ))}
          </div>
        )}
      </Section>

      <Section
        title={t("aftersales.technicians.certifications.title")}
        testId="aftersales-technician-certifications"
        action={
          <PermissionGate permission="technicians:write">
            <Button size="small" variant="secondary" onClick={() => setDrawer("certification")} data-testid="aftersales-technician-certification-add">
              {t("aftersales.technicians.certifications.add")}
            </Button>
          </PermissionGate>
        }
      >
        {(technician.certifications ?? []).length === 0 ? (
          <Empty text={t("aftersales.technicians.certifications.empty")} />
        ) : (
          <Table>
            <Table.Header>
              <Table.Row>
                <Table.HeaderCell>{t("aftersales.technicians.certifications.name")}</Table.HeaderCell>
                <Table.HeaderCell>{t("aftersales.technicians.certifications.issuer")}</Table.HeaderCell>
                <Table.HeaderCell>{t("aftersales.technicians.certifications.issuedAt")}</Table.HeaderCell>
                <Table.HeaderCell>{t("aftersales.technicians.certifications.expiresAt")}</Table.HeaderCell>
                <Table.HeaderCell />
              </Table.Row>
            </Table.Header>
            <Table.Body>
              {(technician.certifications ?? []).map((certification) => (
                <Table.Row key={certification.id}>
                  <Table.Cell>{certification.name}</Table.Cell>
                  <Table.Cell>{certification.issuer ?? "-"}</Table.Cell>
                  <Table.Cell>{formatDate(certification.issued_at, i18n.language)}</Table.Cell>
                  <Table.Cell>
                    <div className="flex items-center gap-x-2">
                      <span>{formatDate(certification.expires_at, i18n.language)}</span>
                      <CertificationBadge certification={certification} />
                    </div>
                  </Table.Cell>
                  <Table.Cell className="text-right">
                    <PermissionGate permission="technicians:write">
                      <IconButton size="small" variant="transparent" aria-label={t("aftersales.technicians.certifications.remove")} onClick={() => onRemoveCertification(certification.id)}>
                        <Trash />
                      </IconButton>
                    </PermissionGate>
                  </Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        )}
      </Section>

      <Section
        title={t("aftersales.technicians.assessments.title")}
        testId="aftersales-technician-assessments"
        action={
          <PermissionGate permission="technicians:write">
            <Button size="small" variant="secondary" onClick={() => setDrawer("assessment")} data-testid="aftersales-technician-assessment-add">
              {t("aftersales.technicians.assessments.add")}
            </Button>
          </PermissionGate>
        }
      >
        {(technician.assessments ?? []).length === 0 ? (
          <Empty text={t("aftersales.technicians.assessments.empty")} />
        ) : (
          <Table>
            <Table.Header>
              <Table.Row>
                <Table.HeaderCell>{t("aftersales.technicians.assessments.assessedAt")}</Table.HeaderCell>
                <Table.HeaderCell>{t("aftersales.technicians.assessments.category")}</Table.HeaderCell>
                <Table.HeaderCell className="text-right">{t("aftersales.technicians.assessments.score")}</Table.HeaderCell>
                <Table.HeaderCell>{t("aftersales.technicians.assessments.levelAwarded")}</Table.HeaderCell>
                <Table.HeaderCell>{t("aftersales.technicians.assessments.assessedBy")}</Table.HeaderCell>
                <Table.HeaderCell>{t("aftersales.technicians.assessments.notes")}</Table.HeaderCell>
              </Table.Row>
            </Table.Header>
            <Table.Body>
              {(technician.assessments ?? []).map((assessment) => (
                <Table.Row key={assessment.id}>
                  <Table.Cell>{formatDate(assessment.assessed_at, i18n.language)}</Table.Cell>
                  <Table.Cell>{assessment.category_name ?? "-"}</Table.Cell>
                  <Table.Cell className="text-right">{assessment.score}</Table.Cell>
                  <Table.Cell>{assessment.level_awarded ? t("aftersales.technicians.skills.levelValue", { level: assessment.level_awarded }) : "-"}</Table.Cell>
                  <Table.Cell>{assessment.assessed_by ? userNames.get(assessment.assessed_by) ?? assessment.assessed_by : "-"}</Table.Cell>
                  <Table.Cell>{assessment.notes ?? "-"}</Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        )}
      </Section>

      <Section
        title={t("aftersales.technicians.reviews.title")}
        testId="aftersales-technician-reviews"
        action={
          <PermissionGate permission="technicians:write">
            <Button size="small" variant="secondary" onClick={() => setDrawer("review")} data-testid="aftersales-technician-review-add">
              {t("aftersales.technicians.reviews.add")}
            </Button>
          </PermissionGate>
        }
      >
        {(technician.reviews ?? []).length === 0 ? (
          <Empty text={t("aftersales.technicians.reviews.empty")} />
        ) : (
          <Table>
            <Table.Header>
              <Table.Row>
                <Table.HeaderCell>{t("aftersales.technicians.reviews.period")}</Table.HeaderCell>
                <Table.HeaderCell className="text-right">{t("aftersales.technicians.reviews.score")}</Table.HeaderCell>
                <Table.HeaderCell>{t("aftersales.technicians.reviews.reviewer")}</Table.HeaderCell>
                <Table.HeaderCell>{t("aftersales.technicians.reviews.snapshot")}</Table.HeaderCell>
                <Table.HeaderCell>{t("aftersales.technicians.reviews.notes")}</Table.HeaderCell>
              </Table.Row>
            </Table.Header>
            <Table.Body>
              {(technician.reviews ?? []).map((review) => (
                <Table.Row key={review.id}>
                  <Table.Cell>{`${formatDate(review.period_start, i18n.language)} – ${formatDate(review.period_end, i18n.language)}`}</Table.Cell>
                  <Table.Cell className="text-right">{`${review.score} / 5`}</Table.Cell>
                  <Table.Cell>{review.reviewer_id ? userNames.get(review.reviewer_id) ?? review.reviewer_id : "-"}</Table.Cell>
                  <Table.Cell>
                    {review.figures
                      ? t("aftersales.technicians.reviews.snapshotValue", {
                          jobs: review.figures.jobs_done ?? 0,
                          ftf: formatPercent(review.figures.first_time_fix_rate),
                          onTime: formatPercent(review.figures.on_time_rate),
                        })
                      : "-"}
                  </Table.Cell>
                  <Table.Cell>{review.notes ?? "-"}</Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        )}
      </Section>

      <TechnicianFormDrawer open={drawer === "profile"} onOpenChange={close} technician={technician} />
      <SkillsDrawer open={drawer === "skills"} onOpenChange={close} technician={technician} />
      <CertificationDrawer open={drawer === "certification"} onOpenChange={close} technician={technician} />
      <AssessmentDrawer open={drawer === "assessment"} onOpenChange={close} technician={technician} />
      <ReviewDrawer open={drawer === "review"} onOpenChange={close} technician={technician} />
    </div>
  )
}

const TechnicianPage = () => {
  const { id } = useParams()
  return (
    <RequirePermission permission="technicians:read">
      <TechnicianDetail id={id!} />
    </RequirePermission>
  )
}

const TechnicianBreadcrumb = ({ id }: { id: string }) => {
  const { technician } = useTechnician(id)
  return <>{technician?.name ?? id}</>
}

export const handle = {
  breadcrumb: ({ params }: { params: { id: string } }) => <TechnicianBreadcrumb id={params.id} />,
}

export default TechnicianPage
