import { useCallback, useEffect, useState } from 'react'
import {
  requestDeviceCode,
  startDevicePolling,
  type DeviceCode,
  type DeviceFinalOutcome,
  type DevicePollOutcome,
} from './device-flow'
import { SignInError } from './sign-in-error'

export type DeviceSignInState =
  | { phase: 'requesting' }
  | { phase: 'waiting'; code: DeviceCode; lastPoll: DevicePollOutcome | null; intervalSeconds: number }
  | { phase: 'done'; outcome: Exclude<DeviceFinalOutcome, 'cancelled'>; code: DeviceCode }
  | { phase: 'failed'; error: SignInError }

/** "Sign in with a code": gets codes, polls until Trakt answers, and offers `restart` after expiry or denial. */
export function useDeviceSignIn(): { state: DeviceSignInState; restart: () => void } {
  const [attempt, setAttempt] = useState(0)
  const [state, setState] = useState<DeviceSignInState>({ phase: 'requesting' })

  useEffect(() => {
    let cancelled = false
    let polling: { stop(): void } | null = null
    requestDeviceCode().then(
      (code) => {
        if (cancelled) return
        setState({ phase: 'waiting', code, lastPoll: null, intervalSeconds: code.interval })
        const started = startDevicePolling(code, (lastPoll, intervalSeconds) => {
          if (!cancelled) setState((s) => (s.phase === 'waiting' ? { ...s, lastPoll, intervalSeconds } : s))
        })
        polling = started
        void started.outcome.then((outcome) => {
          if (!cancelled && outcome !== 'cancelled') setState({ phase: 'done', outcome, code })
        })
      },
      (error: unknown) => {
        if (cancelled) return
        setState({
          phase: 'failed',
          error:
            error instanceof SignInError
              ? error
              : new SignInError('network', 'Marquee could not reach Trakt.'),
        })
      },
    )
    return () => {
      cancelled = true
      polling?.stop()
    }
  }, [attempt])

  const restart = useCallback(() => {
    setState({ phase: 'requesting' })
    setAttempt((n) => n + 1)
  }, [])

  return { state, restart }
}
