import { lazy, Suspense } from 'react'
import { useLocation } from 'react-router'
import { Button } from '@/components/ui/button'
import { Menu } from '@/components/ui/menu'
import { startSignIn, useSession } from '@/lib/auth/session'
import { useThemePreference } from '@/lib/theme'
import { MenuThemeSwitch } from './menu-theme-switch'
import { ThemeIcon } from './theme-icon'

// A first visit is signed out: the avatar menu's code loads only for someone signed in.
const SignedInMenu = lazy(async () => ({ default: (await import('./signed-in-menu')).SignedInMenu }))

/** Signed in: the avatar menu (profile, Settings, theme, Sign out). Signed out: a theme menu and "Sign in". */
export function AccountMenu() {
  const session = useSession()
  const location = useLocation()
  const preference = useThemePreference()

  if (session.status === 'signed-in') {
    return (
      // The avatar's room, kept while the menu's code arrives.
      <Suspense fallback={<span aria-hidden="true" className="block size-10 rounded-full bg-raised" />}>
        <SignedInMenu user={session.user} />
      </Suspense>
    )
  }
  return (
    <div className="flex items-center gap-2">
      <Menu
        triggerLabel="Theme"
        trigger={<ThemeIcon preference={preference} />}
        triggerClassName="flex size-10 items-center justify-center rounded-full text-muted hover:bg-raised hover:text-fg"
        panelClassName="w-72 p-3"
      >
        {() => <MenuThemeSwitch />}
      </Menu>
      <Button size="sm" onClick={() => void startSignIn(location.pathname + location.search)}>
        Sign in
      </Button>
    </div>
  )
}
