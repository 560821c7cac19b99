import { lazy, Suspense, type ReactNode } from 'react'
import { Link, Outlet } from 'react-router'
import { PageSkeleton } from '@/components/ui/skeleton'
import { AccountMenu } from './account-menu'
import { DemoInvite } from './demo-invite'
import { NavigationProgress } from './navigation-progress'
import { OfflineIndicator } from './offline-indicator'
import { BottomNav, TopNav } from './primary-nav'
import { RateLimitStatus } from './rate-limit-status'
import { isDemoMode } from '@/lib/demo'
import { GlobalSearchShortcut } from '@/features/search/components/global-search-shortcut'
import { RouteChangeEffects } from './route-change-effects'

// Only the demo shows it: a chunk of its own, out of every real first visit.
// Needed from the first navigation on, not for the first paint: a chunk of its own, loaded right after it.
const ScrollManager = lazy(async () => ({ default: (await import('./scroll-manager')).ScrollManager }))
const DemoBadge = lazy(async () => ({ default: (await import('./demo-badge')).DemoBadge }))

/** The home link: the signed-in user's day at `/`, which is Discover for everyone else. */
function Wordmark() {
  return (
    <Link to="/" className="flex items-center gap-2 rounded-md text-lg font-extrabold tracking-tight">
      <svg viewBox="0 0 24 24" width="24" height="24" aria-hidden="true" className="size-6 text-accent">
        <rect x="2" y="5" width="20" height="14" rx="3" fill="currentColor" />
        <path d="M10 9.5v5l4.5-2.5z" className="fill-accent-fg" />
      </svg>
      Marquee
    </Link>
  )
}

/**
 * The frame around every page: skip link, header, status banners, main, footer and the phone tab bar.
 * index.html paints a static copy of it (with the skeleton below) before JS runs, and the first render replaces that
 * copy: keep the two in step (tests/app/static-shell.test.tsx compares them).
 */
export function AppShell({ children }: { children: ReactNode }) {
  return (
    <div className="flex min-h-dvh flex-col pb-[calc(4rem+env(safe-area-inset-bottom))] sm:pb-0">
      <a
        href="#main"
        className="sr-only focus:not-sr-only focus:fixed focus:start-3 focus:top-3 focus:z-50 focus:rounded-full focus:bg-accent focus:px-4 focus:py-2 focus:text-accent-fg"
      >
        Skip to content
      </a>
      <NavigationProgress />
      <header className="sticky top-0 z-30 border-b border-line bg-canvas/90 backdrop-blur">
        <div className="mx-auto flex h-14 max-w-6xl items-center gap-4 px-4 sm:h-16">
          <Wordmark />
          <TopNav />
          <div className="ms-auto flex items-center gap-2">
            {isDemoMode() ? (
              <Suspense fallback={null}>
                <DemoBadge />
              </Suspense>
            ) : null}
            <AccountMenu />
          </div>
        </div>
        {/* In the sticky header so they stay in view while scrolling. */}
        <RateLimitStatus />
        <OfflineIndicator />
        <DemoInvite />
      </header>
      <main
        id="main"
        tabIndex={-1}
        className="mx-auto w-full max-w-6xl flex-1 px-4 pt-6 pb-10 focus:outline-none"
      >
        {children}
      </main>
      <footer className="border-t border-line px-4 py-6 text-center text-sm text-muted">
        Marquee is an independent client. Data from{' '}
        <a href="https://trakt.tv" className="underline underline-offset-2 hover:text-fg">
          Trakt
        </a>
        .
      </footer>
      <BottomNav />
    </div>
  )
}

/** The root route's component. */
export function RootLayout() {
  return (
    <AppShell>
      <RouteChangeEffects />
      <GlobalSearchShortcut />
      <Outlet />
      {/* After the page, so that its scroll position has the last word (scroll-manager.tsx). */}
      <Suspense fallback={null}>
        <ScrollManager />
      </Suspense>
    </AppShell>
  )
}

/** Shown while the first page's code loads: the shell with a skeleton, so nothing jumps. */
export function RootHydrateFallback() {
  return (
    <AppShell>
      <PageSkeleton />
    </AppShell>
  )
}
