import { useId } from 'react'
import { setThemePreference, useThemePreference } from '@/lib/theme'
import { cn } from '@/lib/cn'
import { themeOptions } from './theme-icon'

/** Light / Dark / System as a radio group (saved in `marquee.theme`). */
export function ThemeSwitch({ className }: { className?: string }) {
  const preference = useThemePreference()
  const name = useId()
  return (
    <fieldset className={cn('space-y-1.5', className)}>
      <legend className="px-1 text-xs font-semibold uppercase tracking-wide text-muted">Theme</legend>
      <div className="grid grid-cols-3 gap-1 rounded-full bg-raised p-1">
        {themeOptions.map(({ value, label, Icon }) => (
          <label
            key={value}
            className="flex cursor-pointer items-center justify-center gap-1.5 rounded-full px-2 py-1.5 text-sm text-muted has-checked:bg-surface has-checked:text-fg has-checked:shadow-sm has-focus-visible:outline-2 has-focus-visible:outline-accent"
          >
            <input
              type="radio"
              name={name}
              value={value}
              checked={preference === value}
              onChange={() => setThemePreference(value)}
              className="sr-only"
            />
            <Icon className="size-4 shrink-0" />
            {label}
          </label>
        ))}
      </div>
    </fieldset>
  )
}
