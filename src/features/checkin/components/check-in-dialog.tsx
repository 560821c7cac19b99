import { useQuery } from '@tanstack/react-query'
import { useId, useState, type FormEvent } from 'react'
import { Button } from '@/components/ui/button'
import { Dialog } from '@/components/ui/dialog'
import type { CheckInItem, CheckInVars, SharingService } from '../api/checkin-body'
import { sharingQueries } from '../api/sharing-queries'

const SERVICE_NAMES: Record<SharingService, string> = {
  twitter: 'X (Twitter)',
  mastodon: 'Mastodon',
  tumblr: 'Tumblr',
}

/** Trakt's limit for a shared message is the networks' own; 280 keeps it postable everywhere. */
const MESSAGE_MAX = 280

type CheckInDialogProps = {
  item: CheckInItem
  open: boolean
  onOpenChange: (open: boolean) => void
  onSubmit: (vars: CheckInVars) => void
}

/** An optional message and, per connected network of the account (`/users/settings`), whether to post it. */
export function CheckInDialog({ item, open, onOpenChange, onSubmit }: CheckInDialogProps) {
  const id = useId()
  const settings = useQuery({ ...sharingQueries.settings(), enabled: open })
  const [message, setMessage] = useState('')
  const [chosen, setChosen] = useState<Partial<Record<SharingService, boolean>>>({})
  const connected = settings.data?.connected ?? []

  const submit = (event: FormEvent) => {
    event.preventDefault()
    // Only known connections are sent, each as chosen (off unless ticked): nothing is posted by surprise. While
    // they are unknown, `sharing` is left out and Trakt applies the account's own settings.
    const sharing = settings.data
      ? Object.fromEntries(connected.map((service) => [service, chosen[service] === true]))
      : undefined
    onSubmit({ item, message, sharing })
    onOpenChange(false)
  }

  return (
    <Dialog
      open={open}
      onOpenChange={onOpenChange}
      title="Check in"
      description={`Tell Trakt you are watching ${item.title} now. It counts as watched once its runtime is over.`}
      footer={
        <>
          <Button variant="ghost" onClick={() => onOpenChange(false)}>
            Cancel
          </Button>
          <Button type="submit" form={`${id}-form`}>
            Check in
          </Button>
        </>
      }
    >
      <form id={`${id}-form`} onSubmit={submit} className="space-y-5">
        <div className="space-y-1">
          <label htmlFor={`${id}-message`} className="block font-medium">
            Message <span className="font-normal text-muted">(optional)</span>
          </label>
          <textarea
            id={`${id}-message`}
            value={message}
            maxLength={MESSAGE_MAX}
            rows={3}
            aria-describedby={`${id}-message-hint`}
            placeholder={settings.data?.watchingText ?? undefined}
            onChange={(event) => setMessage(event.target.value)}
            className="w-full rounded-md border border-line bg-surface px-3 py-2"
          />
          <p id={`${id}-message-hint`} className="text-sm text-muted">
            Posted with the check-in where you share it. Left empty, Trakt uses your “watching” text.
          </p>
        </div>
        <fieldset className="space-y-2">
          <legend className="mb-1 font-medium">Share to</legend>
          {settings.isPending ? (
            <p role="status" className="text-sm text-muted">
              Loading your connected accounts…
            </p>
          ) : settings.isError ? (
            <p role="alert" className="text-sm text-muted">
              Could not load your connected accounts, so Trakt will share as your account settings say.
            </p>
          ) : connected.length === 0 ? (
            <p className="text-sm text-muted">
              No social accounts are connected to your Trakt account: the check-in stays on Trakt.
            </p>
          ) : (
            connected.map((service) => (
              <label key={service} className="flex items-center gap-2">
                <input
                  type="checkbox"
                  checked={chosen[service] === true}
                  onChange={(event) => setChosen({ ...chosen, [service]: event.target.checked })}
                />
                {SERVICE_NAMES[service]}
              </label>
            ))
          )}
        </fieldset>
      </form>
    </Dialog>
  )
}
