import { useEffect, useLayoutEffect, useRef } from 'react'
import { useLocation, useNavigation, useNavigationType } from 'react-router'

/** Where each entry of this tab's history was last scrolled to, by location key. */
const positions = new Map<string, number>()

/** Until the user moves. */
const USER_SCROLL_EVENTS = ['wheel', 'touchstart', 'keydown', 'pointerdown'] as const
const FOLLOW_MS = 1500

/**
 * Keeps the window at `y` while the page grows towards it: a list back from Back first stands at its rows' estimated
 * heights, shorter than it was, and reaches the place once its rows are measured. Stops when the user moves, after
 * a moment, or when the page changes again.
 */
function followGrowth(y: number): () => void {
  const observer =
    typeof ResizeObserver === 'function'
      ? new ResizeObserver(() => {
          if (Math.abs(window.scrollY - y) > 1) window.scrollTo(0, y)
        })
      : null
  observer?.observe(document.body)
  const stop = () => {
    observer?.disconnect()
    clearTimeout(timer)
    for (const type of USER_SCROLL_EVENTS) window.removeEventListener(type, stop)
  }
  const timer = setTimeout(stop, FOLLOW_MS)
  for (const type of USER_SCROLL_EVENTS) window.addEventListener(type, stop, { passive: true })
  return stop
}

/**
 * The app's scroll restoration: a new page (another path) starts at its top, or at its `#hash`; Back and Forward
 * return to where that entry was. A change of the query alone (filters, tabs, a calendar's range) keeps the place.
 *
 * Positions are recorded as the user scrolls, and not while a navigation is under way: by then the page on screen
 * may already be giving way to a shorter one, which clamps the scroll.
 * Rendered after the page (root-layout.tsx): a window-scrolled list sets the window when it mounts, and this must
 * have the last word.
 */
export function ScrollManager() {
  const { key, pathname, hash } = useLocation()
  const type = useNavigationType()
  const currentKey = useRef(key)
  // While the next page loads, the one on screen may already be giving way (and its scroll with it): not recorded.
  const isNavigating = useRef(false)
  isNavigating.current = useNavigation().state !== 'idle'
  const lastPath = useRef(pathname)

  useEffect(() => {
    window.history.scrollRestoration = 'manual'
    let frame = 0
    const record = () => {
      cancelAnimationFrame(frame)
      frame = requestAnimationFrame(() => {
        if (!isNavigating.current) positions.set(currentKey.current, window.scrollY)
      })
    }
    window.addEventListener('scroll', record, { passive: true })
    return () => {
      window.removeEventListener('scroll', record)
      cancelAnimationFrame(frame)
    }
  }, [])

  useLayoutEffect(() => {
    currentKey.current = key
    const isNewPath = lastPath.current !== pathname
    lastPath.current = pathname
    if (type === 'POP') {
      const saved = positions.get(key)
      if (saved === undefined) return
      window.scrollTo(0, saved)
      return followGrowth(saved)
    }
    if (!isNewPath) return
    const target = hash ? document.getElementById(decodeURIComponent(hash.slice(1))) : null
    if (target) target.scrollIntoView()
    else window.scrollTo(0, 0)
  }, [key, pathname, hash, type])

  return null
}
