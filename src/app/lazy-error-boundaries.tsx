import { lazy, Suspense } from 'react'
import { buttonClasses } from '@/components/ui/button'

// The error pages load when something fails, not with every first visit (about 1 KB gzip less in the entry).

/** When the error page's own code cannot load either (offline, or a newer version deployed): words and Reload. */
function ErrorPageUnavailable() {
  return (
    <div role="alert" className="mx-auto max-w-xl space-y-4 px-4 py-16 text-center">
      <h1 className="text-2xl font-bold">Something went wrong</h1>
      <p className="text-muted">Marquee could not load this page. Check your connection, then reload.</p>
      <button type="button" className={buttonClasses()} onClick={() => window.location.reload()}>
        Reload
      </button>
    </div>
  )
}

const load = () => import('./route-error-boundary')
const unavailable = () => ({ default: ErrorPageUnavailable })

const RouteBoundary = lazy(() => load().then((m) => ({ default: m.RouteErrorBoundary }), unavailable))
const RootBoundary = lazy(() => load().then((m) => ({ default: m.RootErrorBoundary }), unavailable))

/** The page routes' error boundary (see route-error-boundary.tsx). */
export function RouteErrorBoundary() {
  return (
    <Suspense fallback={null}>
      <RouteBoundary />
    </Suspense>
  )
}

/** The last-resort boundary around the shell (see route-error-boundary.tsx). */
export function RootErrorBoundary() {
  return (
    <Suspense fallback={null}>
      <RootBoundary />
    </Suspense>
  )
}
