import { MonitorIcon, MoonIcon, SunIcon } from '@/components/ui/icons'
import type { ThemePreference } from '@/lib/theme'

/** The three preferences, as the switch offers them. */
export const themeOptions: { value: ThemePreference; label: string; Icon: typeof SunIcon }[] = [
  { value: 'light', label: 'Light', Icon: SunIcon },
  { value: 'dark', label: 'Dark', Icon: MoonIcon },
  { value: 'system', label: 'System', Icon: MonitorIcon },
]

/** The icon that shows the current preference (for the menu button). */
export function ThemeIcon({ preference }: { preference: ThemePreference }) {
  const Icon = themeOptions.find((o) => o.value === preference)?.Icon ?? MonitorIcon
  return <Icon />
}
