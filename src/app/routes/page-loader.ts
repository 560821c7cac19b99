import type { QueryClient } from '@tanstack/react-query'
import type { LoaderFunctionArgs } from 'react-router'

/**
 * A route module's loader: it reads the address and starts the page's main requests in `queryClient`, then
 * returns at once. `prefetch*` never throws and nothing is awaited, so navigation waits for the page's code, not
 * for Trakt, and a failure reaches the page's own query, which shows it (a 404 as the page's "not found",
 * anything else with a Retry), never the route's error boundary. Secondary sections (people, related, comments,
 * the user's own state) load with the page. No loader sends an authenticated request, except for a page that is
 * only the signed-in user's own record (History), and only once the session is signed in.
 */
export type PageLoader = (args: LoaderFunctionArgs, queryClient: QueryClient) => null

/** The `:slug` of a title or person address ('' when missing, which Trakt answers with a 404). */
export const slugParam = (params: LoaderFunctionArgs['params']) => params.slug ?? ''
