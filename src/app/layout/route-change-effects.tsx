import { useEffect, useRef } from 'react'
import { useLocation, useMatches } from 'react-router'
import { formatDocumentTitle, useDocumentTitleOverride } from '@/lib/use-document-title'
import { routeTitle } from './route-handle'

const MAIN_ID = 'main'
const WAIT_FOR_HEADING_MS = 5000

function findHeading(): HTMLElement | null {
  return document.getElementById(MAIN_ID)?.querySelector<HTMLElement>('h1') ?? null
}

/**
 * Keeps document.title in step with the route, and after each navigation (not the first load) moves focus to the
 * new page's h1 and announces it, so keyboard and screen-reader users land on the new content.
 */
export function RouteChangeEffects() {
  const location = useLocation()
  const matches = useMatches()
  const override = useDocumentTitleOverride()
  const title = formatDocumentTitle(override ?? routeTitle(matches))
  const announcerRef = useRef<HTMLParagraphElement>(null)
  const previousPath = useRef(location.pathname)

  useEffect(() => {
    document.title = title
  }, [title])

  useEffect(() => {
    if (previousPath.current === location.pathname) return
    previousPath.current = location.pathname

    const land = (heading: HTMLElement) => {
      if (!heading.hasAttribute('tabindex')) heading.setAttribute('tabindex', '-1')
      // Where the page scrolls to is the router's scroll restoration's to say (the top, or the saved place on Back).
      heading.focus({ preventScroll: true })
      if (announcerRef.current)
        announcerRef.current.textContent = heading.textContent?.trim() || document.title
    }
    const heading = findHeading()
    if (heading) {
      land(heading)
      return
    }
    // The page may still be showing a skeleton: wait (briefly) for its heading.
    const main = document.getElementById(MAIN_ID)
    if (!main) return
    const observer = new MutationObserver(() => {
      const found = findHeading()
      if (found) {
        observer.disconnect()
        land(found)
      }
    })
    observer.observe(main, { childList: true, subtree: true })
    const timer = setTimeout(() => observer.disconnect(), WAIT_FOR_HEADING_MS)
    return () => {
      observer.disconnect()
      clearTimeout(timer)
    }
  }, [location.pathname])

  return (
    <p
      ref={announcerRef}
      aria-live="polite"
      aria-atomic="true"
      className="sr-only"
      data-testid="route-announcer"
    />
  )
}
