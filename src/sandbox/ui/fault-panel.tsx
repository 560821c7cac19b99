import { useState, useSyncExternalStore, type FormEvent } from 'react'
import { Button } from '@/components/ui/button'
import { PageHeader } from '@/components/ui/page-header'
import type { FaultKind, SandboxFaults } from '../faults'
import { getSandboxFaults } from './sandbox-store-accessor'

const KINDS: { value: FaultKind; label: string }[] = [
  { value: 'rate-limit', label: '429 Too Many Requests (with Retry-After)' },
  { value: 'server-error', label: '5xx server error' },
  { value: 'network', label: 'Network failure' },
  { value: 'slow', label: 'Slow response' },
  { value: 'expired-token', label: 'Expired token (401)' },
]

const field = 'mt-1 block w-full rounded-lg border border-line bg-surface px-3 py-2 text-fg'

/** The demo's developer panel: inject faults per endpoint and switch on Trakt's rate limits. */
export function FaultPanel({ faults = getSandboxFaults() }: { faults?: SandboxFaults | null }) {
  if (!faults) {
    return (
      <div className="mx-auto max-w-2xl">
        <PageHeader title="Sandbox faults" />
        <p role="alert" className="text-danger">
          The demo sandbox is not running. Open the demo first (add ?demo=1 to the address).
        </p>
      </div>
    )
  }
  return <Panel faults={faults} />
}

function Panel({ faults }: { faults: SandboxFaults }) {
  const rules = useSyncExternalStore(faults.subscribe, faults.rules)
  const limits = useSyncExternalStore(faults.subscribe, faults.limits)
  const [kind, setKind] = useState<FaultKind>('rate-limit')

  const add = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    const data = new FormData(event.currentTarget)
    const number = (name: string) => {
      const raw = String(data.get(name) ?? '').trim()
      return raw === '' ? undefined : Number(raw)
    }
    const method = String(data.get('method') ?? '')
    faults.add({
      kind,
      path: String(data.get('path') ?? '').trim(),
      method: method || undefined,
      retryAfter: number('retryAfter'),
      status: number('status'),
      delayMs: number('delayMs'),
      remaining: number('remaining'),
    })
  }

  return (
    <div className="mx-auto max-w-2xl space-y-8">
      <PageHeader
        title="Sandbox faults"
        description="Make the demo's fake Trakt misbehave, to see how Marquee copes. Faults last until removed or used up."
      />
      <form
        onSubmit={add}
        className="space-y-4 rounded-card border border-line bg-surface p-4"
        aria-labelledby="add-fault"
      >
        <h2 id="add-fault" className="text-lg font-semibold">
          Add a fault
        </h2>
        <label className="block text-sm font-medium">
          Kind
          <select className={field} value={kind} onChange={(e) => setKind(e.target.value as FaultKind)}>
            {KINDS.map((k) => (
              <option key={k.value} value={k.value}>
                {k.label}
              </option>
            ))}
          </select>
        </label>
        <label className="block text-sm font-medium">
          API path (substring or * pattern; empty for every endpoint)
          <input name="path" className={field} placeholder="/sync/watchlist*" />
        </label>
        <label className="block text-sm font-medium">
          Method
          <select name="method" className={field} defaultValue="">
            <option value="">Any</option>
            <option>GET</option>
            <option>POST</option>
            <option>PUT</option>
            <option>DELETE</option>
          </select>
        </label>
        {kind === 'rate-limit' && (
          <label className="block text-sm font-medium">
            Retry-After (seconds)
            <input name="retryAfter" type="number" min={1} defaultValue={10} className={field} />
          </label>
        )}
        {kind === 'server-error' && (
          <label className="block text-sm font-medium">
            Status
            <select name="status" className={field} defaultValue="503">
              {[500, 502, 503, 504, 520, 521, 522].map((s) => (
                <option key={s}>{s}</option>
              ))}
            </select>
          </label>
        )}
        {kind === 'slow' && (
          <label className="block text-sm font-medium">
            Delay (ms)
            <input name="delayMs" type="number" min={0} defaultValue={3000} className={field} />
          </label>
        )}
        <label className="block text-sm font-medium">
          Times (empty for until removed)
          <input name="remaining" type="number" min={1} className={field} />
        </label>
        <Button type="submit">Add fault</Button>
      </form>

      <section aria-labelledby="active-faults" className="space-y-3">
        <h2 id="active-faults" className="text-lg font-semibold">
          Active faults
        </h2>
        {rules.length === 0 ? (
          <p className="text-muted">None: the sandbox answers normally.</p>
        ) : (
          <ul className="space-y-2">
            {rules.map((rule) => (
              <li
                key={rule.id}
                className="flex items-center justify-between gap-3 rounded-lg border border-line bg-surface p-3"
              >
                <span>
                  <strong>{KINDS.find((k) => k.value === rule.kind)?.label}</strong> on{' '}
                  {rule.method ?? 'any method'} <code>{rule.path || 'every endpoint'}</code>
                  {rule.remaining !== undefined && `, ${rule.remaining} more time(s)`}
                </span>
                <Button variant="secondary" size="sm" onClick={() => faults.remove(rule.id)}>
                  Remove<span className="sr-only"> fault {rule.id}</span>
                </Button>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section
        aria-labelledby="rate-limits"
        className="space-y-3 rounded-card border border-line bg-surface p-4"
      >
        <h2 id="rate-limits" className="text-lg font-semibold">
          Trakt's rate limits
        </h2>
        <label className="flex items-center gap-2">
          <input
            type="checkbox"
            checked={limits.enabled}
            onChange={(e) => faults.setLimits({ enabled: e.target.checked })}
          />
          Enforce rate limits (429 with Retry-After when exceeded)
        </label>
        <label className="block text-sm font-medium">
          GET calls per 5 minutes
          <input
            type="number"
            min={1}
            className={field}
            value={limits.getBudget}
            onChange={(e) => faults.setLimits({ getBudget: Math.max(1, Number(e.target.value) || 1) })}
          />
        </label>
        <p className="text-sm text-muted">Writes are limited to one per second while enforcement is on.</p>
      </section>
    </div>
  )
}
