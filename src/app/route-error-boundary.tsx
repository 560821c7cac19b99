import { useQueryErrorResetBoundary } from '@tanstack/react-query'
import { isRouteErrorResponse, useLocation, useRevalidator, useRouteError } from 'react-router'
import { ErrorState } from '@/components/ui/error-state'
import { LinkButton } from '@/components/ui/link-button'
import { Button } from '@/components/ui/button'
import { startSignIn } from '@/lib/auth/session'
import { errorMessage, TraktHttpError, TraktNetworkError } from '@/lib/trakt/errors'
import { useDocumentTitle } from '@/lib/use-document-title'

type Explained = { title: string; message: string; kind: 'not-found' | 'sign-in' | 'stale-code' | 'retry' }

/** Turns anything a route threw into words for people. */
export function explainRouteError(error: unknown): Explained {
  if (isRouteErrorResponse(error)) {
    if (error.status === 404)
      return { title: 'Page not found', message: 'There is nothing at this address.', kind: 'not-found' }
    return {
      title: 'Something went wrong',
      message: error.statusText || `The page failed (${error.status}).`,
      kind: 'retry',
    }
  }
  if (error instanceof TraktHttpError) {
    if (error.status === 404)
      return {
        title: 'Not found',
        message: `${error.message} It may have been removed, or the address is wrong.`,
        kind: 'not-found',
      }
    if (error.status === 401 && !error.isPrivateUser)
      return { title: 'Sign in needed', message: error.message, kind: 'sign-in' }
    if (error.isPrivateUser) return { title: 'Private profile', message: error.message, kind: 'not-found' }
    return { title: 'Trakt could not load this', message: errorMessage(error), kind: 'retry' }
  }
  if (error instanceof TraktNetworkError)
    return { title: 'Could not reach Trakt', message: error.message, kind: 'retry' }
  // A lazy route chunk that no longer exists on the server (a new version was deployed since this tab loaded).
  if (
    error instanceof TypeError &&
    /dynamically imported module|Importing a module script failed|Loading chunk/i.test(error.message)
  ) {
    return {
      title: 'Marquee was updated',
      message: 'A newer version is available. Reload to continue.',
      kind: 'stale-code',
    }
  }
  return { title: 'Something went wrong', message: errorMessage(error), kind: 'retry' }
}

/** The errorElement of the page routes: explains the failure inside the shell and offers a way on. */
export function RouteErrorBoundary() {
  const error = useRouteError()
  const revalidator = useRevalidator()
  const { reset } = useQueryErrorResetBoundary()
  const location = useLocation()
  const explained = explainRouteError(error)
  useDocumentTitle(explained.title)

  const retry = () => {
    reset()
    void revalidator.revalidate()
  }

  const discover = (
    <LinkButton to="/discover" variant="secondary">
      Go to Discover
    </LinkButton>
  )

  return (
    <ErrorState
      level={1}
      title={explained.title}
      message={explained.message}
      onRetry={explained.kind === 'retry' ? retry : undefined}
      isRetrying={revalidator.state === 'loading'}
      actions={
        explained.kind === 'sign-in' ? (
          <Button onClick={() => void startSignIn(location.pathname + location.search)}>Sign in</Button>
        ) : explained.kind === 'stale-code' ? (
          <Button onClick={() => window.location.reload()}>Reload</Button>
        ) : (
          discover
        )
      }
    />
  )
}

/** Last resort when the shell itself fails: no layout, just the explanation and a reload. */
export function RootErrorBoundary() {
  const error = useRouteError()
  const explained = explainRouteError(error)
  return (
    <main id="main" className="mx-auto max-w-xl px-4 py-16">
      <ErrorState
        level={1}
        title={explained.title}
        message={explained.message}
        actions={<Button onClick={() => window.location.assign('/')}>Reload Marquee</Button>}
      />
    </main>
  )
}
