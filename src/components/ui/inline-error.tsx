import type { ReactNode } from 'react'
import { errorMessage } from '@/lib/trakt/errors'

type InlineErrorProps = {
  error: unknown
  /** What failed, e.g. "Could not check in." (Trakt's reason follows). */
  prefix: string
  /** A way forward next to the message, e.g. a "Try again" button. */
  action?: ReactNode
}

/** The failure of one action, right next to its control (the app-wide notice shows it too). */
export function InlineError({ error, prefix, action }: InlineErrorProps) {
  if (!error) return null
  return (
    <div role="alert" className="flex flex-wrap items-center gap-x-3 gap-y-1 text-sm text-danger">
      <p>
        {prefix} {errorMessage(error)}
      </p>
      {action}
    </div>
  )
}
