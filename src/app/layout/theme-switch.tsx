import { useId } from 'react'
import { MonitorIcon, MoonIcon, SunIcon } from '@/components/ui/icons'
import { setThemePreference, useThemePreference, type ThemePreference } from '@/lib/theme'
import { cn } from '@/lib/cn'

const options: { value: ThemePreference; label: string; Icon: typeof SunIcon }[] = [
  { value: 'light', label: 'Light', Icon: SunIcon },
  { value: 'dark', label: 'Dark', Icon: MoonIcon },
  { value: 'system', label: 'System', Icon: MonitorIcon },
]

/** Light / Dark / System as a radio group (saved in `marquee.theme`). */
export function ThemeSwitch({ className }: { className?: string }) {
  const preference = useThemePreference()
  const name = useId()
  return (
    <fieldset className={cn('space-y-1.5', className)}>
      <legend className="px-1 text-xs font-semibold uppercase tracking-wide text-muted">Theme</legend>
      <div className="grid grid-cols-3 gap-1 rounded-full bg-raised p-1">
        {options.map(({ value, label, Icon }) => (
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

/** The icon that shows the current preference (for the menu button). */
export function ThemeIcon({ preference }: { preference: ThemePreference }) {
  const Icon = options.find((o) => o.value === preference)?.Icon ?? MonitorIcon
  return <Icon />
}
