import { lazy, Suspense } from 'react'
import { cn } from '@/lib/cn'

// The switch shows only in an open menu: its code loads on the first open, not with every first visit.
const ThemeSwitch = lazy(async () => ({ default: (await import('./theme-switch')).ThemeSwitch }))

/** The theme switch in a menu, with room kept for it while its code arrives. */
export function MenuThemeSwitch({ className }: { className?: string }) {
  return (
    <Suspense fallback={<div className={cn('min-h-17', className)} />}>
      <ThemeSwitch className={className} />
    </Suspense>
  )
}
