import { delay, http, HttpResponse, type RequestHandler } from 'msw'
import type { SandboxUrls } from './http'

export type FaultKind = 'rate-limit' | 'server-error' | 'network' | 'slow' | 'expired-token'

/** One injected fault: which requests it hits and how. */
export type FaultRule = {
  id: number
  kind: FaultKind
  /** Substring or `*` glob of the API path, e.g. `/sync/watchlist*`; empty hits every endpoint. */
  path: string
  method?: string
  /** 429 wait in seconds. */
  retryAfter?: number
  /** Status for server-error (default 503). */
  status?: number
  /** Delay for slow responses (ms). */
  delayMs?: number
  /** How many requests it still hits; undefined means until removed. */
  remaining?: number
}

export type RateLimits = { enabled: boolean; getBudget: number; windowMs: number; writeIntervalMs: number }

export type SandboxFaults = {
  rules: () => FaultRule[]
  add: (rule: Omit<FaultRule, 'id'>) => FaultRule
  remove: (id: number) => void
  clear: () => void
  limits: () => RateLimits
  setLimits: (limits: Partial<RateLimits>) => void
  subscribe: (listener: () => void) => () => void
  /** MSW handlers that run before the sandbox's endpoints and fall through when no fault applies. */
  handlers: (urls: SandboxUrls) => RequestHandler[]
}

function matches(rule: FaultRule, method: string, path: string): boolean {
  if (rule.method && rule.method.toUpperCase() !== method) return false
  if (!rule.path || rule.path === '*') return true
  if (rule.path.includes('*')) {
    const pattern = new RegExp(
      '^' +
        rule.path
          .split('*')
          .map((s) => s.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
          .join('.*') +
        '$',
    )
    return pattern.test(path)
  }
  return path.includes(rule.path)
}

function tooManyRequests(seconds: number, name: string, limit: number) {
  const until = new Date(Date.now() + seconds * 1000).toISOString()
  return HttpResponse.json(
    { error: 'rate limit exceeded' },
    {
      status: 429,
      headers: {
        'Retry-After': String(seconds),
        'X-Ratelimit': JSON.stringify({ name, period: 300, limit, remaining: 0, until }),
      },
    },
  )
}

/** Fault injection and Trakt's own rate limits, switchable at run time (tests and the demo's developer panel). */
export function createFaults(now: () => number = () => Date.now()): SandboxFaults {
  let rules: FaultRule[] = []
  let nextId = 1
  let limits: RateLimits = { enabled: false, getBudget: 1000, windowMs: 5 * 60_000, writeIntervalMs: 1000 }
  const readTimes: number[] = []
  let lastWrite = -Infinity
  const listeners = new Set<() => void>()
  const notify = () => listeners.forEach((listener) => listener())

  const applyRateLimit = (method: string) => {
    if (!limits.enabled) return undefined
    const t = now()
    if (method === 'GET') {
      while (readTimes.length > 0 && readTimes[0]! <= t - limits.windowMs) readTimes.shift()
      if (readTimes.length >= limits.getBudget) {
        const wait = Math.ceil((readTimes[0]! + limits.windowMs - t) / 1000)
        return tooManyRequests(Math.max(1, wait), 'AUTHED_API_GET_LIMIT', limits.getBudget)
      }
      readTimes.push(t)
      return undefined
    }
    if (t - lastWrite < limits.writeIntervalMs) {
      return tooManyRequests(
        Math.max(1, Math.ceil((lastWrite + limits.writeIntervalMs - t) / 1000)),
        'AUTHED_API_POST_LIMIT',
        1,
      )
    }
    lastWrite = t
    return undefined
  }

  const applyRule = async (method: string, path: string) => {
    const rule = rules.find((r) => matches(r, method, path))
    if (!rule) return undefined
    if (rule.remaining !== undefined) {
      rule.remaining -= 1
      if (rule.remaining <= 0) rules = rules.filter((r) => r !== rule)
      notify()
    }
    switch (rule.kind) {
      case 'rate-limit':
        return tooManyRequests(rule.retryAfter ?? 10, 'AUTHED_API_GET_LIMIT', 1000)
      case 'server-error':
        return new HttpResponse(null, { status: rule.status ?? 503 })
      case 'network':
        return HttpResponse.error()
      case 'expired-token':
        return HttpResponse.json(
          { error: 'invalid_token', error_description: 'The access token expired' },
          { status: 401 },
        )
      case 'slow':
        await delay(rule.delayMs ?? 3000)
        return undefined
    }
  }

  return {
    rules: () => rules,
    add: (rule) => {
      const full = { ...rule, id: nextId++ }
      rules = [...rules, full]
      notify()
      return full
    },
    remove: (id) => {
      rules = rules.filter((r) => r.id !== id)
      notify()
    },
    clear: () => {
      rules = []
      notify()
    },
    limits: () => limits,
    setLimits: (next) => {
      limits = { ...limits, ...next }
      readTimes.length = 0
      lastWrite = -Infinity
      notify()
    },
    subscribe: (listener) => {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
    handlers: (urls) => [
      http.all(`${urls.apiUrl}/*`, async ({ request }) => {
        const method = request.method.toUpperCase()
        const path = new URL(request.url).pathname
        return (await applyRule(method, path)) ?? applyRateLimit(method)
      }),
    ],
  }
}
