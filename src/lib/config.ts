/** The public client id of Marquee's Trakt app (public by design: every browser sends it). */
export const DEFAULT_CLIENT_ID = '77c46c77cc7ace17e9de3d862298c25e63ede51eedcfd503582bc81b40c74132'

export type AppConfig = {
  clientId: string
  apiUrl: string
  authUrl: string
  getBudget: number
}

export type ConfigResult = { ok: true; config: AppConfig } | { ok: false; problems: string[] }

type RawEnv = Partial<Record<string, string | boolean | undefined>>

function readUrl(name: string, value: string, problems: string[]): string {
  try {
    const url = new URL(value)
    if (url.protocol !== 'https:' && url.hostname !== 'localhost' && url.hostname !== '127.0.0.1') {
      problems.push(`${name} must be an https:// URL (got "${value}").`)
    }
    return url.origin
  } catch {
    problems.push(`${name} must be a full URL such as https://api.trakt.tv (got "${value}").`)
    return value
  }
}

/** Validates the build-time variables; never throws, so the app can show a configuration page. */
export function parseConfig(env: RawEnv): ConfigResult {
  const problems: string[] = []
  const text = (key: string) => {
    const value = env[key]
    return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined
  }
  const clientId = text('VITE_TRAKT_CLIENT_ID') ?? DEFAULT_CLIENT_ID
  if (!/^[0-9a-f]{64}$/i.test(clientId)) {
    problems.push('VITE_TRAKT_CLIENT_ID must be the 64-character hexadecimal Client ID of your Trakt app.')
  }
  const apiUrl = readUrl('VITE_TRAKT_API_URL', text('VITE_TRAKT_API_URL') ?? 'https://api.trakt.tv', problems)
  const authUrl = readUrl(
    'VITE_TRAKT_AUTH_URL',
    text('VITE_TRAKT_AUTH_URL') ?? 'https://auth.trakt.tv',
    problems,
  )
  const budgetText = text('VITE_TRAKT_GET_BUDGET') ?? '1000'
  const getBudget = Number(budgetText)
  if (!Number.isInteger(getBudget) || getBudget < 1 || getBudget > 100000) {
    problems.push(
      `VITE_TRAKT_GET_BUDGET must be a whole number of GET calls per 5 minutes, 1 or more (got "${budgetText}").`,
    )
  }
  if (text('VITE_TRAKT_CLIENT_SECRET') !== undefined) {
    problems.push(
      'VITE_TRAKT_CLIENT_SECRET is set: remove it. Marquee signs in with PKCE and must never ship a client secret.',
    )
  }
  return problems.length > 0
    ? { ok: false, problems }
    : { ok: true, config: { clientId, apiUrl, authUrl, getBudget } }
}

export const configResult: ConfigResult = parseConfig(import.meta.env)

/** The validated configuration; only call after the app checked `configResult.ok`. */
export function getConfig(): AppConfig {
  if (!configResult.ok) throw new Error(configResult.problems.join('\n'))
  return configResult.config
}
