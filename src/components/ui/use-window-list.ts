import { useWindowVirtualizer } from '@tanstack/react-virtual'
import { useLayoutEffect, useState, type RefObject } from 'react'
import { useNavigationType } from 'react-router'

type WindowListOptions = Omit<Parameters<typeof useWindowVirtualizer>[0], 'scrollMargin'>

/**
 * Where an element starts in the document (px from its top), kept true as the page above it changes size: the
 * `scrollMargin` of a list that the window scrolls, below the header and whatever the page puts before it.
 */
function useScrollMargin(ref: RefObject<HTMLElement | null>): number {
  const [margin, setMargin] = useState(0)
  useLayoutEffect(() => {
    const node = ref.current
    if (!node) return
    const measure = () => setMargin(node.getBoundingClientRect().top + window.scrollY)
    measure()
    const observer = typeof ResizeObserver === 'function' ? new ResizeObserver(measure) : null
    observer?.observe(document.body)
    return () => observer?.disconnect()
  }, [ref])
  return margin
}

/**
 * A long list that the window scrolls, of which only the rows near the viewport exist (`ref` is the list element).
 *
 * The virtualiser starts from a scroll position and scrolls the window to it when it mounts. Left to itself it takes
 * the window's position at its first render: on a new page, where the previous page was, before the router's scroll
 * restoration has run. So a page opened by a link starts from the top, as the router will put it; on Back the router
 * puts the window back after the list mounts (the app's ScrollManager runs after the page).
 */
export function useWindowList(ref: RefObject<HTMLElement | null>, options: WindowListOptions) {
  const isBack = useNavigationType() === 'POP'
  return useWindowVirtualizer({
    initialOffset: () => (isBack ? window.scrollY : 0),
    ...options,
    scrollMargin: useScrollMargin(ref),
  })
}
