import { errorMessage } from '@/lib/trakt/errors'

/** The failure of one action, right next to its control (the app-wide notice shows it too). */
export function InlineError({ error, prefix }: { error: unknown; prefix: string }) {
  if (!error) return null
  return (
    <p role="alert" className="text-sm text-danger">
      {prefix} {errorMessage(error)}
    </p>
  )
}
