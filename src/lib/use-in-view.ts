import { useEffect, useState, type RefObject } from 'react'

/**
 * True once the element has come near the viewport (and stays true), so off-screen rails and page sections do not spend the
 * GET budget. Without IntersectionObserver (old browsers, jsdom) everything counts as in view.
 */
export function useInView(ref: RefObject<Element | null>, rootMargin = '400px'): boolean {
  const [hasObserver] = useState(() => typeof IntersectionObserver !== 'undefined')
  const [isInView, setIsInView] = useState(!hasObserver)
  useEffect(() => {
    const element = ref.current
    if (!hasObserver || isInView || !element) return
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((e) => e.isIntersecting)) setIsInView(true)
      },
      { rootMargin },
    )
    observer.observe(element)
    return () => observer.disconnect()
  }, [ref, rootMargin, hasObserver, isInView])
  return isInView
}
