import { useNavigation } from 'react-router'

/** A thin bar at the top while the router loads the next page (lazy code or loaders). */
export function NavigationProgress() {
  const navigation = useNavigation()
  if (navigation.state === 'idle') return null
  return (
    <div
      role="progressbar"
      aria-label="Loading page"
      className="pointer-events-none fixed inset-x-0 top-0 z-50 h-0.5 overflow-hidden"
    >
      {/* Grows towards 90% over a few seconds; the bar disappears when the page arrives. */}
      <div className="h-full origin-left scale-x-90 bg-accent transition-transform duration-[4s] ease-out motion-reduce:transition-none rtl:origin-right starting:scale-x-0" />
    </div>
  )
}
