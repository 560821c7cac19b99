import { useId } from 'react'

/** `YYYY-MM-DDTHH:mm` in local time, the format of a datetime-local input. */
export function toLocalInput(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0')
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`
}

/** Why a chosen watch date cannot be sent to Trakt, or null when it can. */
export function validateWatchedAt(value: string, now: Date = new Date()): string | null {
  if (!value) return 'Choose the date and time you watched it.'
  const date = new Date(value)
  if (Number.isNaN(date.getTime())) return 'Choose the date and time you watched it.'
  if (date.getTime() > now.getTime()) return 'That is in the future. Choose a date and time that has passed.'
  return null
}

type WatchedAtFieldProps = {
  /** The input's value: local `YYYY-MM-DDTHH:mm`. */
  value: string
  onChange: (value: string) => void
  /** What `validateWatchedAt` said on the last submit; cleared by the caller as the reader types. */
  error: string | null
  label?: string
}

/** The local date and time a play happened, up to now, with the reason it cannot be sent under it. */
export function WatchedAtField({
  value,
  onChange,
  error,
  label = 'Date and time watched',
}: WatchedAtFieldProps) {
  const id = useId()
  return (
    <div className="space-y-1">
      <label htmlFor={id} className="block text-sm font-medium">
        {label}
      </label>
      <input
        id={id}
        type="datetime-local"
        value={value}
        max={toLocalInput(new Date())}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        onChange={(event) => onChange(event.target.value)}
        className="rounded-md border border-line bg-surface px-2 py-1"
      />
      {error ? (
        <p id={`${id}-error`} role="alert" className="text-sm text-danger">
          {error}
        </p>
      ) : null}
    </div>
  )
}
