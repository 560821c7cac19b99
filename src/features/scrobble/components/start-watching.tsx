import { useId, useState, type FormEvent } from 'react'
import { Button } from '@/components/ui/button'

const MAX_RUNTIME = 999

type StartWatchingProps = {
  /** Minutes, when Trakt knows it; otherwise the user types it first. */
  runtime: number | null
  /** Where Trakt has it paused, as a percentage: offered as the start. */
  resumeFrom: number | null | undefined
  isStarting: boolean
  /** Shown instead of "Start watching" when another title's paused timer would be replaced. */
  label?: string
  onStart: (args: { runtimeMinutes: number; fromPercent: number }) => void
}

/** "Start watching", or "Resume from 45%" and "Start from the beginning"; a runtime field when Trakt has none. */
export function StartWatching({ runtime, resumeFrom, isStarting, label, onStart }: StartWatchingProps) {
  const id = useId()
  const [typed, setTyped] = useState('')
  const [error, setError] = useState<string | null>(null)
  const resume = resumeFrom && resumeFrom > 0 && resumeFrom < 100 ? resumeFrom : null
  const start = label ?? 'Start watching'

  const begin = (fromPercent: number) => {
    const minutes = runtime ?? Number(typed)
    if (!Number.isInteger(minutes) || minutes < 1 || minutes > MAX_RUNTIME) {
      setError(`Enter the runtime in whole minutes, 1 to ${MAX_RUNTIME}.`)
      return
    }
    onStart({ runtimeMinutes: minutes, fromPercent })
  }
  // Enter in the runtime field starts as the first button would.
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    begin(resume ?? 0)
  }

  return (
    <form noValidate onSubmit={submit} className="flex flex-wrap items-end gap-2">
      {runtime === null ? (
        <div className="space-y-1">
          <label htmlFor={`${id}-runtime`} className="block text-sm font-medium">
            Runtime (minutes)
          </label>
          <input
            id={`${id}-runtime`}
            type="number"
            inputMode="numeric"
            min={1}
            max={MAX_RUNTIME}
            value={typed}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? `${id}-runtime-error` : `${id}-runtime-hint`}
            onChange={(event) => {
              setTyped(event.target.value)
              setError(null)
            }}
            className="h-10 w-28 rounded-md border border-line bg-surface px-3"
          />
          {error ? (
            <p id={`${id}-runtime-error`} role="alert" className="text-sm text-danger">
              {error}
            </p>
          ) : (
            <p id={`${id}-runtime-hint`} className="text-sm text-muted">
              Trakt does not know how long it is.
            </p>
          )}
        </div>
      ) : null}
      {resume !== null ? (
        <>
          <Button variant="secondary" isLoading={isStarting} onClick={() => begin(resume)}>
            Resume from {Math.round(resume * 10) / 10}%
          </Button>
          <Button variant="ghost" disabled={isStarting} onClick={() => begin(0)}>
            Start from the beginning
          </Button>
        </>
      ) : (
        <Button variant="secondary" isLoading={isStarting} onClick={() => begin(0)}>
          {start}
        </Button>
      )}
    </form>
  )
}
