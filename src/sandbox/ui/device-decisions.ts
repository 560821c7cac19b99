import { approveDeviceCode, denyDeviceCode } from '../handlers/oauth/authorize-actions'
import type { SandboxStore } from '../store'

// Every demo tab runs its own sandbox in memory. Without this, the tab that shows a device code (and polls for
// the token) never learns that the activation page, open in another tab, approved it.
const CHANNEL_NAME = 'marquee.sandbox.device-decisions'
const thisTab = Math.random().toString(36).slice(2)

type DeviceDecisionMessage = { from: string; userCode: string; isApproval: boolean; username: string }

function isMessage(data: unknown): data is DeviceDecisionMessage {
  const m = data as Partial<DeviceDecisionMessage> | null
  return (
    typeof m?.from === 'string' &&
    typeof m.userCode === 'string' &&
    typeof m.isApproval === 'boolean' &&
    typeof m.username === 'string'
  )
}

/** The activation page tells the demo's other tabs what it decided for a device code. */
export function announceDeviceDecision(decision: {
  userCode: string
  isApproval: boolean
  username: string
}): void {
  if (typeof BroadcastChannel === 'undefined') return
  const channel = new BroadcastChannel(CHANNEL_NAME)
  channel.postMessage({ ...decision, from: thisTab } satisfies DeviceDecisionMessage)
  channel.close()
}

/** Applies the decisions other tabs announce to this tab's sandbox; returns the function that stops listening. */
export function applyDeviceDecisionsFromOtherTabs(store: SandboxStore): () => void {
  if (typeof BroadcastChannel === 'undefined') return () => {}
  const channel = new BroadcastChannel(CHANNEL_NAME)
  channel.onmessage = (event: MessageEvent<unknown>) => {
    const message = event.data
    if (!isMessage(message) || message.from === thisTab) return
    if (message.isApproval) approveDeviceCode(store, message.userCode, message.username)
    else denyDeviceCode(store, message.userCode)
  }
  // Node's channel (unit tests) would otherwise keep the process alive.
  ;(channel as { unref?: () => void }).unref?.()
  return () => channel.close()
}
