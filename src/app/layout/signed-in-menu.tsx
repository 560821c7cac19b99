import { lazy, Suspense } from 'react'
import { Link } from 'react-router'
import { FallbackImage } from '@/components/ui/fallback-image'
import { ChevronDownIcon, UserIcon } from '@/components/ui/icons'
import { Menu, MenuSeparator, menuItemClasses } from '@/components/ui/menu'
import { signOut, type SessionUser } from '@/lib/auth/session'
import { MenuThemeSwitch } from './menu-theme-switch'

// "Watching now" asks Trakt on its own: the avatar menu does not wait for its code, and a signed-out header (which
// never loads this module) never downloads it.
const WatchingNowChip = lazy(async () => ({
  default: (await import('@/features/checkin/components/watching-now-chip')).WatchingNowChip,
}))

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

/**
 * The signed-in user's side of the header: "watching now" (when they are) and the avatar menu (profile, History,
 * Continue watching, Settings, theme and Sign out).
 */
export function SignedInMenu({ user }: { user: SessionUser | null }) {
  const displayName = user ? (user.name ?? user.username) : 'Your account'
  return (
    <>
      <Suspense fallback={null}>
        <WatchingNowChip />
      </Suspense>
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
            <Link to="/history" onClick={close} className={menuItemClasses}>
              History
            </Link>
            <Link to="/playback" onClick={close} className={menuItemClasses}>
              Continue watching
            </Link>
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
    </>
  )
}
