import { useState, type FormEvent } from 'react'
import { useSearchParams } from 'react-router'
import { approveDeviceCode, denyDeviceCode, type DeviceDecision } from '../handlers/oauth/authorize-actions'
import { DEMO_USER } from '../db/types'
import type { SandboxStore } from '../store'
import { announceDeviceDecision } from './device-decisions'
import { getSandboxStore } from './sandbox-store-accessor'

const REASONS: Record<Exclude<DeviceDecision, { ok: true }>['reason'], string> = {
  unknown: 'No device is waiting for this code. Check the code on your other screen.',
  expired: 'This code expired. Ask for a new code on your other screen.',
  'already-used': 'This code was already used.',
}

/** The demo's stand-in for trakt.tv/activate: enter the code another screen shows, then approve or deny. */
export function DemoActivatePage({ store = getSandboxStore() }: { store?: SandboxStore | null }) {
  const [params] = useSearchParams()
  const [userCode, setUserCode] = useState(params.get('code') ?? '')
  const [result, setResult] = useState<{ ok: boolean; text: string } | null>(null)
  const user = store?.db.users[DEMO_USER] ?? Object.values(store?.db.users ?? {})[0]

  const decide = (isApproval: boolean) => {
    if (!store || !user) return
    const decision = isApproval
      ? approveDeviceCode(store, userCode, user.ids.slug)
      : denyDeviceCode(store, userCode)
    if (decision.ok) {
      // The device usually waits in another tab, whose sandbox is a separate copy.
      announceDeviceDecision({ userCode, isApproval, username: user.ids.slug })
      setResult({
        ok: true,
        text: isApproval
          ? 'Device connected. You can go back to your other screen.'
          : 'You refused this device.',
      })
    } else {
      setResult({ ok: false, text: REASONS[decision.reason] })
    }
  }

  return (
    <div className="mx-auto flex max-w-md flex-col justify-center gap-6 py-6 text-fg">
      <p className="text-sm font-semibold uppercase tracking-wide text-muted">Trakt (sandbox)</p>
      <h1 className="text-xl font-bold focus:outline-none">Activate a device</h1>
      {!store || !user ? (
        <p role="alert" className="text-danger">
          The demo sandbox is not running. Open the demo from the start page.
        </p>
      ) : (
        <form
          onSubmit={(event: FormEvent<HTMLFormElement>) => {
            event.preventDefault()
            decide(true)
          }}
          className="flex flex-col gap-4 rounded-card border border-line bg-surface p-6"
        >
          <label className="flex flex-col gap-2">
            <span>Code shown on your device</span>
            <input
              value={userCode}
              onChange={(event) => setUserCode(event.target.value)}
              autoComplete="one-time-code"
              autoCapitalize="characters"
              spellCheck={false}
              required
              className="rounded-card border border-line bg-raised px-3 py-2 font-mono text-2xl tracking-widest uppercase"
            />
          </label>
          <p className="text-muted">
            Signing in as <strong className="text-fg">{user.username}</strong>.
          </p>
          <div className="flex flex-col gap-3 sm:flex-row">
            <button type="submit" className="rounded-card bg-accent px-4 py-3 font-semibold text-accent-fg">
              Approve
            </button>
            <button
              type="button"
              onClick={() => decide(false)}
              className="rounded-card border border-line bg-raised px-4 py-3 font-semibold"
            >
              Deny
            </button>
          </div>
        </form>
      )}
      {result && (
        <p role={result.ok ? 'status' : 'alert'} className={result.ok ? 'text-success' : 'text-danger'}>
          {result.text}
        </p>
      )}
    </div>
  )
}
