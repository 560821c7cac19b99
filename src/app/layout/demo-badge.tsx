import { Link } from 'react-router'
import { DEMO_SESSION_KEY } from '@/lib/auth/stored-session'
import { isDemoMode, leaveDemoMode } from '@/lib/demo'
import { Menu, menuItemClasses } from '@/components/ui/menu'

/** Leaves the sandbox: forget the demo choice and its saved data, and start over on the real Trakt at `/`. */
export async function leaveDemo(): Promise<void> {
  leaveDemoMode()
  localStorage.removeItem(DEMO_SESSION_KEY)
  try {
    const { stopDemoSandbox } = await import('@/sandbox/browser')
    await stopDemoSandbox()
  } finally {
    window.location.assign('/')
  }
}

/** Starts the demo again from freshly seeded data (and signed out of the sandbox). */
async function resetDemo(): Promise<void> {
  const { resetDemoSandbox } = await import('@/sandbox/browser')
  await resetDemoSandbox()
  // The sandbox's tokens die with its data.
  localStorage.removeItem(DEMO_SESSION_KEY)
  window.location.assign('/discover?demo=1')
}

/** A "Demo" badge (only in demo mode) that explains the sandbox and offers "Leave demo". */
export function DemoBadge() {
  if (!isDemoMode()) return null
  return (
    <Menu
      align="end"
      triggerLabel="Demo mode"
      triggerClassName="rounded-full bg-warning/20 px-2.5 py-1 text-xs font-semibold uppercase tracking-wide text-fg hover:bg-warning/30"
      trigger={<span aria-hidden="true">Demo</span>}
      panelClassName="w-72"
    >
      {() => (
        <div className="space-y-2 p-2">
          <p className="text-sm text-muted">
            You are using Marquee on a built-in sandbox with made-up data. Nothing is sent to Trakt.
          </p>
          <Link to="/demo/faults" className={menuItemClasses}>
            Faults and rate limits…
          </Link>
          <button type="button" onClick={() => void resetDemo()} className={menuItemClasses}>
            Reset demo data
          </button>
          <button type="button" onClick={() => void leaveDemo()} className={menuItemClasses}>
            Leave demo
          </button>
        </div>
      )}
    </Menu>
  )
}
