import { ExclamationCircle, LockClosedSolid } from "@medusajs/icons"
import { Button, Container, Heading, Skeleton, Text } from "@medusajs/ui"
import { ReactNode } from "react"
import { useTranslation } from "react-i18next"

import { getErrorMessage } from "../lib/errors"

type StateProps = {
  title: string
  description?: string
  icon?: ReactNode
  action?: ReactNode
  /** Set when the state sits inside an existing Container (no extra border). */
  inline?: boolean
}

const StateBody = ({ title, description, icon, action }: StateProps) => (
  <div className="flex flex-col items-center justify-center gap-y-3 px-6 py-10 text-center">
    {icon && <div className="text-ui-fg-subtle">{icon}</div>}
    <div className="flex flex-col items-center gap-y-1">
      <Text size="small" leading="compact" weight="plus">
        {title}
      </Text>
      {description && (
        <Text size="small" className="text-ui-fg-muted max-w-[420px]">
          {description}
        </Text>
      )}
    </div>
    {action}
  </div>
)

/** "Nothing here yet" block for lists and sections. */
export const EmptyState = (props: StateProps) =>
  props.inline ? (
    <StateBody {...props} />
  ) : (
    <Container className="p-0">
      <StateBody {...props} />
    </Container>
  )

/** A failed request, with the server's message and a retry button. */
export const ErrorState = ({
  error,
  onRetry,
  inline,
}: {
  error: unknown
  onRetry?: () => void
  inline?: boolean
}) => {
  const { t } = useTranslation()

  const body = (
    <StateBody
      icon={<ExclamationCircle />}
      title={t("aftersales.common.errorTitle")}
      description={getErrorMessage(error, t("aftersales.common.unknownError"))}
      action={
        onRetry ? (
          <Button size="small" variant="secondary" onClick={onRetry}>
            {t("aftersales.common.retry")}
          </Button>
        ) : undefined
      }
    />
  )

  return inline ? body : <Container className="p-0">{body}</Container>
}

/** Shown instead of a page the current user may not read. */
export const NoPermissionState = ({ permission }: { permission: string }) => {
  const { t } = useTranslation()

  return (
    <Container className="p-0" data-testid="aftersales-no-permission">
      <StateBody
        icon={<LockClosedSolid />}
        title={t("aftersales.common.noPermissionTitle")}
        description={t("aftersales.common.noPermissionDescription", {
          permission,
        })}
      />
    </Container>
  )
}

/** Placeholder while a page's first request is in flight. */
export const LoadingState = ({ rows = 3 }: { rows?: number }) => (
  <Container className="flex flex-col gap-y-3 px-6 py-4">
    <Skeleton className="h-7 w-48" />
    {Array.from({ length: rows }).map((_, index) => (
      <Skeleton key={index} className="h-5 w-full" />
    ))}
  </Container>
)

export const SectionHeader = ({
  title,
  description,
  actions,
  level = "h2",
}: {
  title: string
  description?: string
  actions?: ReactNode
  level?: "h1" | "h2"
}) => (
  <div className="flex items-center justify-between gap-x-4 px-6 py-4">
    <div className="flex flex-col gap-y-1">
      <Heading level={level}>{title}</Heading>
      {description && (
        <Text size="small" className="text-ui-fg-subtle">
          {description}
        </Text>
      )}
    </div>
    {actions && <div className="flex items-center gap-x-2">{actions}</div>}
  </div>
)
