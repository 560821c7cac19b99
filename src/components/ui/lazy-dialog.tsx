import { lazy, Suspense, useEffect, useState, type ComponentType } from 'react'

/**
 * A dialog whose code is its own chunk, fetched once a component that can open it has mounted (so a page that
 * never renders the opener, like a title page signed out, never downloads it). Opened before the chunk has
 * arrived, it shows once the chunk is there; a closed dialog renders nothing either way.
 */
export function lazyDialog<P extends { open: boolean }>(load: () => Promise<ComponentType<P>>) {
  let loaded: ComponentType<P> | null = null
  let pending: Promise<ComponentType<P>> | null = null
  const preload = () => (pending ??= load().then((component) => (loaded = component)))
  const Lazy = lazy(async () => ({ default: await preload() }))

  function LazyDialog(props: P) {
    useEffect(() => void preload(), [])
    // Opened before the code arrived: stay on the lazy element, so the dialog is not mounted twice.
    const [isLazy, setIsLazy] = useState(false)
    if (props.open && !loaded && !isLazy) setIsLazy(true)
    if (isLazy || (props.open && !loaded)) {
      return (
        <Suspense fallback={null}>
          <Lazy {...props} />
        </Suspense>
      )
    }
    const Loaded = loaded
    return Loaded ? <Loaded {...props} /> : null
  }
  return LazyDialog
}
