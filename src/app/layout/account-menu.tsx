import { lazy, Suspense } from 'react'
import { Link, useLocation } from 'react-router'
import { Button } from '@/components/ui/button'
import { cn } from '@/lib/cn'
import { FallbackImage } from '@/components/ui/fallback-image'
import { ChevronDownIcon, UserIcon } from '@/components/ui/icons'
import { Menu, MenuSeparator, menuItemClasses } from '@/components/ui/menu'
import { signOut, startSignIn, useSession, type SessionUser } from '@/lib/auth/session'
import { useThemePreference } from '@/lib/theme'
import { ThemeIcon } from './theme-icon'

// The switch shows only in an open menu: its code loads on the first open, not with every first visit.
const ThemeSwitch = lazy(async () => ({ default: (await import('./theme-switch')).ThemeSwitch }))

/** The switch in a menu, with room kept for it while its code arrives. */
function MenuThemeSwitch({ className }: { className?: string }) {
  return (
    <Suspense fallback={<div className={cn('min-h-17', className)} />}>
      <ThemeSwitch className={className} />
    </Suspense>
  )
}

function Avatar({ user }: { user: SessionUser | null }) {
  const initial = (
    <span
      aria-hidden="true"
      className="flex size-8 items-center justify-center rounded-full bg-raised text-sm font-semibold text-muted"
    >
      {user ? (user.name ?? user.username).charAt(0).toUpperCase() : <UserIcon className="size-4" />}
    </span>
  )
  return (
    <FallbackImage
      src={user?.avatar ?? undefined}
      fallback={initial}
      alt=""
      width={32}
      height={32}
      className="size-8 rounded-full bg-raised object-cover"
    />
  )
}

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
          {() => <MenuThemeSwitch />}
        </Menu>
        <Button size="sm" onClick={() => void startSignIn(location.pathname + location.search)}>
          Sign in
        </Button>
      </div>
    )
  }

  const user = session.user
  const displayName = user ? (user.name ?? user.username) : 'Your account'
  return (
    <Menu
      triggerLabel={`Account: ${displayName}`}
      trigger={
        <>
          <Avatar user={user} />
          <span className="hidden max-w-32 truncate text-sm font-medium md:inline">{displayName}</span>
          <ChevronDownIcon className="hidden size-4 text-muted md:block" />
        </>
      }
      triggerClassName="flex items-center gap-2 rounded-full p-1 hover:bg-raised md:pe-3"
      panelClassName="w-72"
    >
      {(close) => (
        <>
          {user ? (
            <Link to={`/users/${user.slug}`} onClick={close} className={menuItemClasses}>
              <span className="min-w-0">
                <span className="block truncate font-semibold">{displayName}</span>
                <span className="block truncate text-muted">@{user.username}</span>
              </span>
            </Link>
          ) : null}
          <Link to="/settings" onClick={close} className={menuItemClasses}>
            Settings
          </Link>
          <MenuSeparator />
          <MenuThemeSwitch className="p-2" />
          <MenuSeparator />
          <button
            type="button"
            className={menuItemClasses}
            onClick={() => {
              close()
              void signOut()
            }}
          >
            Sign out
          </button>
        </>
      )}
    </Menu>
  )
}
