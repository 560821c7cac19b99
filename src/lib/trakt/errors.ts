/** Every HTTP status the Trakt reference names, with a sentence a person understands. */
const STATUS_MESSAGES: Record<number, { kind: TraktErrorKind; message: string }> = {
  400: { kind: 'bad-request', message: 'Trakt could not understand the request.' },
  401: { kind: 'unauthorized', message: 'You need to sign in to Trakt again to do this.' },
  403: { kind: 'forbidden', message: 'Trakt refused this app (invalid API key or unapproved app).' },
  404: { kind: 'not-found', message: 'Trakt has no record of this.' },
  405: { kind: 'method-not-found', message: 'Trakt does not support this action.' },
  409: { kind: 'conflict', message: 'This was already done.' },
  412: { kind: 'precondition-failed', message: 'Trakt rejected the request format.' },
  420: {
    kind: 'account-limit',
    message: 'Your Trakt account has reached its limit for this (upgrade to VIP to raise it).',
  },
  422: { kind: 'validation', message: 'Trakt did not accept what was sent.' },
  423: { kind: 'locked', message: 'Your Trakt account is locked. Contact Trakt support.' },
  426: { kind: 'vip-only', message: 'This needs a Trakt VIP account.' },
  429: { kind: 'rate-limited', message: 'Trakt asked us to slow down. Try again in a moment.' },
  500: { kind: 'server', message: 'Trakt had a server error. Try again later.' },
  502: { kind: 'unavailable', message: 'Trakt is unreachable right now (bad gateway). Try again shortly.' },
  503: { kind: 'unavailable', message: 'Trakt is overloaded right now. Try again in about 30 seconds.' },
  504: { kind: 'unavailable', message: 'Trakt took too long to answer. Try again in about 30 seconds.' },
  520: { kind: 'unavailable', message: 'Trakt is unavailable (Cloudflare error). Try again shortly.' },
  521: { kind: 'unavailable', message: 'Trakt is down (Cloudflare error). Try again shortly.' },
  522: { kind: 'unavailable', message: 'Trakt timed out (Cloudflare error). Try again shortly.' },
}

export type TraktErrorKind =
  | 'bad-request'
  | 'unauthorized'
  | 'forbidden'
  | 'not-found'
  | 'method-not-found'
  | 'conflict'
  | 'precondition-failed'
  | 'account-limit'
  | 'validation'
  | 'locked'
  | 'vip-only'
  | 'rate-limited'
  | 'server'
  | 'unavailable'
  | 'unknown'

/** Statuses that mean "try the same GET again later". */
export const RETRYABLE_STATUSES = new Set([502, 503, 504, 520, 521, 522])

/** A non-2xx answer from Trakt, with the parsed body and a message for people. */
export class TraktHttpError extends Error {
  override readonly name = 'TraktHttpError'
  readonly kind: TraktErrorKind
  readonly status: number
  readonly body: unknown
  readonly method: string
  readonly path: string
  readonly retryAfter: number | undefined
  readonly isPrivateUser: boolean

  constructor(args: {
    status: number
    body: unknown
    method: string
    path: string
    retryAfter?: number | undefined
    isPrivateUser?: boolean
  }) {
    const known = STATUS_MESSAGES[args.status]
    super(describe(args.status, args.body, known?.message, args.isPrivateUser ?? false))
    this.kind = known?.kind ?? (args.status >= 500 ? 'server' : 'unknown')
    this.status = args.status
    this.body = args.body
    this.method = args.method
    this.path = args.path
    this.retryAfter = args.retryAfter
    this.isPrivateUser = args.isPrivateUser ?? false
  }

  /** 422 validation messages, e.g. `["must be at least 5 words"]`. */
  get validationErrors(): string[] {
    return validationMessages(this.body)
  }

  /** 409 conflicts carry when the user may try again (check-in) or when it was watched. */
  get expiresAt(): string | undefined {
    return stringField(this.body, 'expires_at')
  }

  get watchedAt(): string | undefined {
    return stringField(this.body, 'watched_at')
  }
}

/** The typed error for a non-2xx answer (reads the body, Retry-After and X-Private-User). */
export async function readHttpError(
  response: Response,
  method: string,
  url: string,
): Promise<TraktHttpError> {
  let body: unknown = null
  const text = await response.text().catch(() => '')
  if (text) {
    try {
      body = JSON.parse(text)
    } catch {
      body = text
    }
  }
  const retryAfterText = response.headers.get('Retry-After')?.trim()
  const retryAfter = retryAfterText ? Number(retryAfterText) : Number.NaN
  return new TraktHttpError({
    status: response.status,
    body,
    method,
    path: new URL(url).pathname,
    retryAfter: Number.isFinite(retryAfter) ? retryAfter : undefined,
    isPrivateUser: response.headers.get('X-Private-User') === 'true',
  })
}

/** The request never got an answer the browser could read: offline, DNS, CORS, or a 429/5xx without CORS headers. */
export class TraktNetworkError extends Error {
  override readonly name = 'TraktNetworkError'
  readonly kind = 'network' as const
  readonly method: string
  readonly path: string

  constructor(args: { method: string; path: string; cause?: unknown }) {
    super(
      'Could not reach Trakt: a network problem or Trakt rate limit. Check your connection; we will try again shortly.',
      { cause: args.cause },
    )
    this.method = args.method
    this.path = args.path
  }
}

export type TraktError = TraktHttpError | TraktNetworkError

/** True for any error the Trakt client throws (an HTTP answer or a network failure). */
export function isTraktError(error: unknown): error is TraktError {
  return error instanceof TraktHttpError || error instanceof TraktNetworkError
}

/** A message for people from any thrown value. */
export function errorMessage(error: unknown): string {
  if (isTraktError(error)) return error.message
  if (error instanceof Error && error.message) return error.message
  return 'Something went wrong.'
}

function stringField(body: unknown, key: string): string | undefined {
  if (body && typeof body === 'object' && key in body) {
    const value = (body as Record<string, unknown>)[key]
    return typeof value === 'string' ? value : undefined
  }
  return undefined
}

function validationMessages(body: unknown): string[] {
  if (!body || typeof body !== 'object') return []
  const record = body as Record<string, unknown>
  const out: string[] = []
  // Trakt answers 422 as {"errors": {"comment": ["must be at least 5 words"]}} or {"comment": [...]}.
  const wrapped = Boolean(record.errors && typeof record.errors === 'object')
  const source = wrapped ? (record.errors as Record<string, unknown>) : record
  for (const value of Object.values(source)) {
    if (Array.isArray(value)) out.push(...value.filter((v): v is string => typeof v === 'string'))
    // Unwrapped, a bare string is an OAuth-style `error`/`error_description` code, not a field's message.
    else if (wrapped && typeof value === 'string') out.push(value)
  }
  return out
}

function timeOf(iso: string | undefined): string | undefined {
  if (!iso) return undefined
  const date = new Date(iso)
  return Number.isNaN(date.getTime()) ? undefined : date.toLocaleTimeString()
}

function describe(status: number, body: unknown, known: string | undefined, isPrivateUser: boolean): string {
  if (status === 401 && isPrivateUser) return 'This profile is private.'
  if (status === 422) {
    const messages = validationMessages(body)
    if (messages.length > 0) return `Trakt did not accept this: ${messages.join('; ')}.`
  }
  if (status === 409) {
    // Scrobble conflicts carry watched_at (and expires_at); check-in conflicts carry only expires_at.
    const watched = timeOf(stringField(body, 'watched_at'))
    const expires = timeOf(stringField(body, 'expires_at'))
    if (watched)
      return `This was already marked as watched at ${watched}${expires ? `; try again after ${expires}` : ''}.`
    if (expires) return `You are already checked in to something until ${expires}.`
  }
  const bodyMessage = stringField(body, 'error_description') ?? stringField(body, 'error')
  if (!known && bodyMessage) return bodyMessage
  return known ?? `Trakt answered with an unexpected status (${status}).`
}
