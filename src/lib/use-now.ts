import { useEffect, useState } from 'react'

/**
 * The current time in epoch ms, updated every `everyMs` while `isTicking` (countdowns, timers). It catches up at
 * once when it starts ticking again, so a clock that was stopped never shows the moment it stopped.
 */
export function useNow(everyMs = 1000, isTicking = true): number {
  const [now, setNow] = useState(() => Date.now())
  useEffect(() => {
    if (!isTicking) return
    setNow(Date.now())
    const id = setInterval(() => setNow(Date.now()), everyMs)
    return () => clearInterval(id)
  }, [everyMs, isTicking])
  return now
}
