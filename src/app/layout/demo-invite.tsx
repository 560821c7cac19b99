import { useState } from 'react'
import { useSession } from '@/lib/auth/session'
import { enterDemoMode, isDemoMode } from '@/lib/demo'

const DISMISSED_KEY = 'marquee.demoInvite.dismissed'

/** For visitors who are neither signed in nor in the demo: the demo is one click away, no Trakt account needed. */
export function DemoInvite() {
  const session = useSession()
  const [isDismissed, setIsDismissed] = useState(() => localStorage.getItem(DISMISSED_KEY) === '1')
  if (session.status === 'signed-in' || isDemoMode() || isDismissed) return null
  return (
    <div role="region" aria-label="Try the demo" className="border-t border-line bg-raised/60">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-4 gap-y-1 px-4 py-2 text-sm">
        <p className="text-muted">No Trakt account at hand? Explore Marquee with made-up data.</p>
        <button
          type="button"
          className="font-semibold text-accent underline underline-offset-2"
          onClick={() => {
            enterDemoMode()
            window.location.assign('/discover?demo=1')
          }}
        >
          Try the demo
        </button>
        <button
          type="button"
          className="ms-auto text-muted underline underline-offset-2 hover:text-fg"
          aria-label="Dismiss the demo invitation"
          onClick={() => {
            localStorage.setItem(DISMISSED_KEY, '1')
            setIsDismissed(true)
          }}
        >
          Dismiss
        </button>
      </div>
    </div>
  )
}
