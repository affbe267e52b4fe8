import { ExclamationCircle } from "@medusajs/icons"
import { Button, Copy, Prompt, Text } from "@medusajs/ui"
import { useTranslation } from "react-i18next"

type SecretModalProps = {
  /** The secret to show; the modal is open while it is set. */
  secret: string | null
  onClose: () => void
  title?: string
}

/**
 * Shows a webhook signing secret exactly once (the server never returns it again), with a copy
 * button and a warning. Closing it forgets the secret.
 */
export const SecretModal = ({ secret, onClose, title }: SecretModalProps) => {
  const { t } = useTranslation()

  return (
    <Prompt open={!!secret} variant="confirmation">
      <Prompt.Content data-testid="aftersales-secret-modal">
        <Prompt.Header>
          <Prompt.Title>
            {title ?? t("aftersales.webhooks.secret.title")}
          </Prompt.Title>
          <Prompt.Description>
            {t("aftersales.webhooks.secret.description")}
          </Prompt.Description>
        </Prompt.Header>
        <div className="flex flex-col gap-y-3 px-6 pb-2">
          <div className="bg-ui-bg-subtle border-ui-border-base flex items-center justify-between gap-x-2 rounded-md border px-3 py-2">
            <code
              className="txt-compact-small font-mono break-all"
              data-testid="aftersales-secret-value"
            >
              {secret}
            </code>
            {secret && <Copy content={secret} />}
          </div>
          <div className="text-ui-fg-error flex items-start gap-x-2">
            <ExclamationCircle className="mt-0.5 shrink-0" />
            <Text size="small">{t("aftersales.webhooks.secret.warning")}</Text>
          </div>
        </div>
        <Prompt.Footer>
          <Button size="small" onClick={onClose} data-testid="aftersales-secret-close">
            {t("aftersales.webhooks.secret.confirm")}
          </Button>
        </Prompt.Footer>
      </Prompt.Content>
    </Prompt>
  )
}
