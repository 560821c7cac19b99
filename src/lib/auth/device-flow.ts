import * as oauth from 'oauth4webapi'
import { getConfig } from '@/lib/config'
import { authClient, authServer, deviceTokenServer, publicClientAuth, requestOptions } from './auth-server'
import { ensureSessionUser, getAuthSession } from './default-session'
import { TraktHttpError } from '@/lib/trakt/errors'
import { SignInError, signInErrorFrom } from './sign-in-error'

/** The codes of one "Sign in with a code" attempt. */
export type DeviceCode = {
  device_code: string
  user_code: string
  verification_url: string
  expires_in: number
  interval: number
  /** Epoch ms after which the codes are dead and polling stops. */
  expiresAt: number
}

/** One poll's meaning, from Trakt's status table (200, 400, 404, 409, 410, 418, 429) plus an unreachable server. */
export type DevicePollOutcome =
  'approved' | 'pending' | 'slow-down' | 'invalid' | 'used' | 'expired' | 'denied' | 'offline'

/** How a device sign-in ended. */
export type DeviceFinalOutcome = 'approved' | 'invalid' | 'used' | 'expired' | 'denied' | 'cancelled'

const FINAL: ReadonlySet<DevicePollOutcome> = new Set(['approved', 'invalid', 'used', 'expired', 'denied'])

/** Trakt's answer to "slow down": wait this much longer between polls. */
const SLOW_DOWN_STEP_SECONDS = 5

/** POST /oauth/device/code: new codes to show the user. */
export async function requestDeviceCode(): Promise<DeviceCode> {
  const { clientId, authUrl } = getConfig()
  let response: Response
  try {
    response = await oauth.deviceAuthorizationRequest(
      authServer(authUrl),
      authClient(clientId),
      publicClientAuth,
      {},
      requestOptions(authUrl),
    )
  } catch (cause) {
    throw signInErrorFrom(cause, {
      kind: 'exchange-failed',
      message: 'Marquee could not get a code from Trakt.',
    })
  }
  // Trakt names the field verification_url (RFC 8628 says verification_uri), so read the answer ourselves.
  const body = (await response.json().catch(() => null)) as Partial<DeviceCode> | null
  if (!response.ok || !body || typeof body.device_code !== 'string' || typeof body.user_code !== 'string') {
    throw new SignInError('exchange-failed', 'Trakt did not give Marquee a sign-in code.')
  }
  const expiresIn = Number(body.expires_in) || 600
  return {
    device_code: body.device_code,
    user_code: body.user_code,
    verification_url: String(body.verification_url ?? 'https://trakt.tv/activate'),
    expires_in: expiresIn,
    interval: Number(body.interval) || 5,
    expiresAt: Date.now() + expiresIn * 1000,
  }
}

const STATUS_OUTCOMES: Record<number, DevicePollOutcome> = {
  400: 'pending',
  404: 'invalid',
  409: 'used',
  410: 'expired',
  418: 'denied',
}

/** POST /oauth/device/token once; on 200 the tokens are stored and the session is signed in. */
export async function pollDeviceTokenOnce(deviceCode: string): Promise<DevicePollOutcome> {
  const { clientId, authUrl } = getConfig()
  const as = deviceTokenServer(authUrl)
  const client = authClient(clientId)
  let response: Response
  try {
    // Trakt reads `code`; oauth4webapi also sends the RFC's `device_code` and grant_type, which Trakt ignores.
    response = await oauth.deviceCodeGrantRequest(
      as,
      client,
      publicClientAuth,
      deviceCode,
      requestOptions(authUrl, { additionalParameters: { code: deviceCode } }),
    )
  } catch (error) {
    // The door throws a typed error on 429 ("slow down" here) and 5xx; a 5xx or no answer means keep polling.
    return error instanceof TraktHttpError && error.status === 429 ? 'slow-down' : 'offline'
  }
  if (response.status === 200) {
    try {
      getAuthSession().saveTokenAnswer(await oauth.processDeviceCodeResponse(as, client, response))
    } catch {
      return 'offline'
    }
    await ensureSessionUser()
    return 'approved'
  }
  return STATUS_OUTCOMES[response.status] ?? 'offline'
}

export type DevicePolling = {
  /** Stops polling (the outcome becomes "cancelled"). */
  stop(): void
  outcome: Promise<DeviceFinalOutcome>
}

/**
 * Polls at the code's interval until a final answer or expiry. `onStatus` hears every poll's outcome.
 * Framework-agnostic (setTimeout only), so fake timers drive it in tests.
 */
export function startDevicePolling(
  code: DeviceCode,
  onStatus: (outcome: DevicePollOutcome, intervalSeconds: number) => void = () => {},
): DevicePolling {
  let interval = code.interval
  let timer: ReturnType<typeof setTimeout> | undefined
  let stopped = false
  let finish: (outcome: DeviceFinalOutcome) => void = () => {}
  const outcome = new Promise<DeviceFinalOutcome>((resolve) => {
    finish = (value) => {
      stopped = true
      clearTimeout(timer)
      resolve(value)
    }
  })

  const schedule = () => {
    const remaining = code.expiresAt - Date.now()
    if (remaining <= 0) return finish('expired')
    timer = setTimeout(tick, Math.min(interval * 1000, remaining))
  }

  const tick = async () => {
    if (stopped) return
    if (Date.now() >= code.expiresAt) return finish('expired')
    const result = await pollDeviceTokenOnce(code.device_code)
    if (stopped) return
    if (result === 'slow-down') interval += SLOW_DOWN_STEP_SECONDS
    onStatus(result, interval)
    if (FINAL.has(result)) return finish(result as DeviceFinalOutcome)
    schedule()
  }

  schedule()
  return { stop: () => finish('cancelled'), outcome }
}
