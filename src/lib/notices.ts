import { useSyncExternalStore } from 'react'

export type NoticeKind = 'info' | 'success' | 'error'

export type Notice = { id: number; kind: NoticeKind; message: string }

type NoticeInput = {
  kind: NoticeKind
  message: string
  /** ms before it hides itself; errors stay until dismissed by default. */ timeoutMs?: number | null
}

const MAX_NOTICES = 4
const DEFAULT_TIMEOUT_MS = 6000

let notices: readonly Notice[] = []
let nextId = 1
const listeners = new Set<() => void>()
const timers = new Map<number, ReturnType<typeof setTimeout>>()

function emit(next: readonly Notice[]) {
  notices = next
  listeners.forEach((listener) => listener())
}

/** Shows a toast; the same message is not stacked twice. Returns the notice id. */
export function pushNotice(input: NoticeInput): number {
  const existing = notices.find((n) => n.kind === input.kind && n.message === input.message)
  if (existing) return existing.id
  const notice: Notice = { id: nextId++, kind: input.kind, message: input.message }
  const next = [...notices, notice]
  const dropped = next.slice(0, Math.max(0, next.length - MAX_NOTICES))
  dropped.forEach((n) => clearTimer(n.id))
  emit(next.slice(-MAX_NOTICES))
  const timeoutMs =
    input.timeoutMs === undefined ? (input.kind === 'error' ? null : DEFAULT_TIMEOUT_MS) : input.timeoutMs
  if (timeoutMs !== null)
    timers.set(
      notice.id,
      setTimeout(() => dismissNotice(notice.id), timeoutMs),
    )
  return notice.id
}

/** Hides one notice. */
export function dismissNotice(id: number): void {
  clearTimer(id)
  if (notices.some((n) => n.id === id)) emit(notices.filter((n) => n.id !== id))
}

/** Hides every notice (sign-out, tests). */
export function clearNotices(): void {
  timers.forEach((timer) => clearTimeout(timer))
  timers.clear()
  if (notices.length > 0) emit([])
}

export function getNotices(): readonly Notice[] {
  return notices
}

export function subscribeNotices(listener: () => void): () => void {
  listeners.add(listener)
  return () => listeners.delete(listener)
}

/** The current notices (React hook). */
export function useNotices(): readonly Notice[] {
  return useSyncExternalStore(subscribeNotices, getNotices, getNotices)
}

function clearTimer(id: number) {
  const timer = timers.get(id)
  if (timer !== undefined) clearTimeout(timer)
  timers.delete(id)
}
