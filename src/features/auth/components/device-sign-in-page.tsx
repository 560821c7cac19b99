import { useEffect } from 'react'
import { Link, useNavigate, useSearchParams } from 'react-router'
import type { DeviceCode, DevicePollOutcome } from '@/lib/auth/device-flow'
import { useDeviceSignIn } from '@/lib/auth/use-device-sign-in'
import { primaryButton, secondaryButton } from './button-styles'
import { CALLBACK_ERROR_TEXT } from './callback-error-text'
import { DeviceCodeQr } from './device-code-qr'
import { useNow } from './use-now'

const POLL_TEXT: Record<DevicePollOutcome, string> = {
  pending: 'Waiting for you to approve on Trakt…',
  'slow-down': 'Trakt asked Marquee to check less often. Still waiting…',
  offline: 'Marquee cannot reach Trakt right now. Still trying…',
  approved: 'Approved. Signing you in…',
  invalid: '',
  used: '',
  expired: '',
  denied: '',
}

const ENDINGS = {
  expired: { title: 'The code expired', body: 'Codes last a few minutes. Get a new one and try again.' },
  denied: {
    title: 'The sign-in was refused',
    body: 'The code was denied on Trakt. Start again if that was a mistake.',
  },
  invalid: { title: 'Trakt does not know this code', body: 'Get a new code and try again.' },
  used: { title: 'This code was already used', body: 'Get a new code and try again.' },
} as const

function formatRemaining(ms: number): string {
  const seconds = Math.max(0, Math.ceil(ms / 1000))
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`
}

/** /signin/code: "Sign in with a code" (Trakt's device flow) for TVs and shared screens. */
export function DeviceSignInPage() {
  const { state, restart } = useDeviceSignIn()
  const navigate = useNavigate()
  const [params] = useSearchParams()
  const returnTo = params.get('returnTo') ?? '/'
  const isApproved = state.phase === 'done' && state.outcome === 'approved'

  useEffect(() => {
    if (isApproved)
      void navigate(returnTo.startsWith('/') && !returnTo.startsWith('//') ? returnTo : '/', {
        replace: true,
      })
  }, [isApproved, navigate, returnTo])

  return (
    <div className="mx-auto flex w-full max-w-md flex-col gap-6 py-6 text-fg">
      <h1 className="text-2xl font-bold focus:outline-none">Sign in with a code</h1>
      {state.phase === 'requesting' && <p role="status">Getting a code from Trakt…</p>}
      {state.phase === 'failed' && (
        <Ending
          title={CALLBACK_ERROR_TEXT[state.error.kind].title}
          body={CALLBACK_ERROR_TEXT[state.error.kind].body}
          onRestart={restart}
        />
      )}
      {state.phase === 'waiting' && <WaitingForApproval code={state.code} lastPoll={state.lastPoll} />}
      {state.phase === 'done' && state.outcome === 'approved' && (
        <p role="status">Signed in. Taking you back…</p>
      )}
      {state.phase === 'done' && state.outcome !== 'approved' && (
        <Ending {...ENDINGS[state.outcome]} onRestart={restart} />
      )}
      <Link to="/signin" className="text-accent underline">
        Other ways to sign in
      </Link>
    </div>
  )
}

function WaitingForApproval({ code, lastPoll }: { code: DeviceCode; lastPoll: DevicePollOutcome | null }) {
  const now = useNow()
  return (
    <section
      aria-label="Your code"
      className="flex flex-col items-center gap-4 rounded-card border border-line bg-surface p-6 text-center"
    >
      <p>
        On your phone or computer, open{' '}
        <a
          href={code.verification_url}
          target="_blank"
          rel="noreferrer"
          className="break-all text-accent underline"
        >
          {code.verification_url}
        </a>{' '}
        and enter this code:
      </p>
      <p className="font-mono text-4xl font-bold tracking-[0.25em] sm:text-5xl">{code.user_code}</p>
      <DeviceCodeQr url={code.verification_url} />
      <p className="text-sm text-muted">
        Code expires in <time>{formatRemaining(code.expiresAt - now)}</time>
      </p>
      <p role="status" className="text-muted">
        {POLL_TEXT[lastPoll ?? 'pending']}
      </p>
    </section>
  )
}

function Ending({ title, body, onRestart }: { title: string; body: string; onRestart: () => void }) {
  return (
    <section role="alert" className="flex flex-col gap-3">
      <h2 className="text-xl font-semibold">{title}</h2>
      <p className="text-muted">{body}</p>
      <button type="button" className={primaryButton} onClick={onRestart}>
        Get a new code
      </button>
      <Link to="/signin" className={secondaryButton}>
        Back to sign in
      </Link>
    </section>
  )
}
