import { HttpResponse } from 'msw'
import type { SandboxStore } from './store'

/** Base URLs the sandbox answers on (the app's configured API and auth hosts). */
export type SandboxUrls = { apiUrl: string; authUrl: string }

type PageOptions<T> = {
  /** "Pagination" methods default to page 1 of 10; "Pagination Optional" ones return everything unless asked. */
  optional?: boolean
  headers?: Record<string, string>
  /** The page size without `?limit` (10 by the reference; 100 for the methods paginated in 2026, e.g. watched). */
  defaultLimit?: number
  /** The largest page (Trakt clamps to 250 since June 2026; a larger `limit` is clamped, not refused). */
  maxLimit?: number
  /** Turns each item of the answered page into its body row (only those: a page of 10,000 serialises 100). */
  serialize?: (item: T) => unknown
}

/** Slices `items` by ?page and ?limit and answers with Trakt's X-Pagination-* headers. */
export function paginate<T>(request: Request, items: T[], options: PageOptions<T> = {}) {
  const rows = (slice: T[]) => (options.serialize ? slice.map(options.serialize) : slice)
  const url = new URL(request.url)
  const pageParam = url.searchParams.get('page')
  const limitParam = url.searchParams.get('limit')
  const headers: Record<string, string> = { ...options.headers }
  if (options.optional && pageParam === null && limitParam === null) {
    return HttpResponse.json(rows(items), { headers })
  }
  const page = Math.max(1, Number(pageParam ?? 1) || 1)
  const fallback = options.defaultLimit ?? 10
  const limit = Math.max(1, Math.min(options.maxLimit ?? 1000, Number(limitParam ?? fallback) || fallback))
  const pageCount = Math.max(1, Math.ceil(items.length / limit))
  Object.assign(headers, {
    'X-Pagination-Page': String(page),
    'X-Pagination-Limit': String(limit),
    'X-Pagination-Page-Count': String(pageCount),
    'X-Pagination-Item-Count': String(items.length),
  })
  return HttpResponse.json(rows(items.slice((page - 1) * limit, page * limit)), { headers })
}

/** Trakt's error answers. */
export const fail = {
  status: (status: number, body: unknown = null, headers: Record<string, string> = {}) =>
    body === null
      ? new HttpResponse(null, { status, headers })
      : HttpResponse.json(body, { status, headers }),
  notFound: () => new HttpResponse(null, { status: 404 }),
  unauthorized: () =>
    HttpResponse.json(
      { error: 'unauthorized', error_description: 'OAuth must be provided' },
      { status: 401 },
    ),
}

/** The signed-in username for a request's Bearer token, or null (missing, unknown or expired). */
export function userFor(store: SandboxStore, request: Request): string | null {
  const header = request.headers.get('Authorization')
  const token = header?.startsWith('Bearer ') ? header.slice(7) : null
  if (!token) return null
  const entry = store.db.oauth.accessTokens[token]
  if (!entry || entry.expires_at <= store.now().getTime()) return null
  return entry.username
}

/** `?extended=full,images` as a set of levels. */
export function extendedLevels(request: Request): Set<string> {
  const raw = new URL(request.url).searchParams.get('extended') ?? ''
  return new Set(
    raw
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean),
  )
}
