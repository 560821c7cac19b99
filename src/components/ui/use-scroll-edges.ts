import { useEffect, useState, type RefObject } from 'react'

export type ScrollEdges = { before: boolean; after: boolean }

/**
 * Whether a horizontally scrolling row hides content before or after what shows: a phone's tab list or chip row
 * wider than the screen. Follows scrolling and resizing.
 */
export function useScrollEdges(ref: RefObject<HTMLElement | null>): ScrollEdges {
  const [edges, setEdges] = useState<ScrollEdges>({ before: false, after: false })
  useEffect(() => {
    const node = ref.current
    if (!node) return
    const read = () => {
      // A pixel of slack: zoomed pages report fractional widths.
      const before = node.scrollLeft > 1
      const after = node.scrollLeft + node.clientWidth < node.scrollWidth - 1
      setEdges((old) => (old.before === before && old.after === after ? old : { before, after }))
    }
    read()
    node.addEventListener('scroll', read, { passive: true })
    const observer = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(read)
    observer?.observe(node)
    return () => {
      node.removeEventListener('scroll', read)
      observer?.disconnect()
    }
  }, [ref])
  return edges
}

const FADE = '2.5rem'

/** A mask that fades the hidden sides of a scrolling row, so the user sees there is more to scroll to. */
export function scrollEdgeMask({ before, after }: ScrollEdges): string | undefined {
  if (!before && !after) return undefined
  const start = before ? `transparent, black ${FADE}` : 'black'
  const end = after ? `black calc(100% - ${FADE}), transparent` : 'black'
  return `linear-gradient(to right, ${start}, ${end})`
}
