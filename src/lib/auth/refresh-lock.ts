/** Runs `task` while holding the cross-tab token-refresh lock. */
export type RefreshLock = <T>(task: () => Promise<T>) => Promise<T>

export const REFRESH_LOCK_NAME = 'marquee-token-refresh'

/** An in-memory mutex: one task at a time, in call order (for browsers without Web Locks, and for tests). */
export function createMutex(): RefreshLock {
  let tail: Promise<unknown> = Promise.resolve()
  return <T>(task: () => Promise<T>) => {
    const run = tail.then(task, task)
    tail = run.catch(() => undefined)
    return run
  }
}

/** The Web Locks API when the browser has it (one refresh across all tabs), else an in-memory mutex. */
export function createRefreshLock(): RefreshLock {
  const locks = typeof navigator === 'undefined' ? undefined : navigator.locks
  if (locks && typeof locks.request === 'function') {
    return <T>(task: () => Promise<T>) => locks.request(REFRESH_LOCK_NAME, task) as Promise<T>
  }
  return createMutex()
}
