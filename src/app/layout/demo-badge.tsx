import { isDemoMode, leaveDemoMode } from '@/lib/demo'
import { Menu, menuItemClasses } from '@/components/ui/menu'

/** Leaves the sandbox: forget the demo choice and start over on the real Trakt at `/`. */
export function leaveDemo(): void {
  leaveDemoMode()
  window.location.assign('/')
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
          <button type="button" onClick={leaveDemo} className={menuItemClasses}>
            Leave demo
          </button>
        </div>
      )}
    </Menu>
  )
}
