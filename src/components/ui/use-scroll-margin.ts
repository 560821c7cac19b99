import { useLayoutEffect, useState, type RefObject } from 'react'

/**
 * Where an element starts in the document (px from its top), kept true as the page above it changes size: the
 * `scrollMargin` of a list that the window scrolls, below the header and whatever the page puts before it.
 */
export function useScrollMargin(ref: RefObject<HTMLElement | null>): number {
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
