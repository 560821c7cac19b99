import { lazy, Suspense } from 'react'
import { useLocation } from 'react-router'
import { Button } from '@/components/ui/button'
import { Menu } from '@/components/ui/menu'
import { startSignIn, useSession } from '@/lib/auth/session'
import { useThemePreference } from '@/lib/theme'
import { ThemeIcon, ThemeSwitch } from './theme-switch'

const SignedInMenu = lazy(() => import('./signed-in-menu').then((m) => ({ default: m.SignedInMenu })))

/** Signed in: avatar menu with profile, Settings, theme and Sign out. Signed out: a theme menu and "Sign in". */
export function AccountMenu() {
  const session = useSession()
  const location = useLocation()
  const preference = useThemePreference()

  if (session.status !== 'signed-in') {
    return (
      <div className="flex items-center gap-2">
        <Menu
          triggerLabel="Theme"
          trigger={<ThemeIcon preference={preference} />}
          triggerClassName="flex size-10 items-center justify-center rounded-full text-muted hover:bg-raised hover:text-fg"
          panelClassName="w-72 p-3"
        >
          {() => <ThemeSwitch />}
        </Menu>
        <Button size="sm" onClick={() => void startSignIn(location.pathname + location.search)}>
          Sign in
        </Button>
      </div>
    )
  }

  return (
    // The trigger's size (avatar and padding) while the menu's code loads, so the header does not move.
    <Suspense fallback={<span aria-hidden="true" className="block size-10" />}>
      <SignedInMenu user={session.user} />
    </Suspense>
  )
}
