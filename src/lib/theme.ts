import { useSyncExternalStore } from 'react'

export type ThemePreference = 'light' | 'dark' | 'system'

/** Same key and values as the pre-paint script in index.html. */
export const THEME_KEY = 'marquee.theme'

const listeners = new Set<() => void>()

function isPreference(value: unknown): value is ThemePreference {
  return value === 'light' || value === 'dark' || value === 'system'
}

/** The saved preference, `system` when none. */
export function getThemePreference(): ThemePreference {
  try {
    const saved = localStorage.getItem(THEME_KEY)
    return isPreference(saved) ? saved : 'system'
  } catch {
    return 'system'
  }
}

function darkQuery(): MediaQueryList | null {
  return typeof window !== 'undefined' && typeof window.matchMedia === 'function'
    ? window.matchMedia('(prefers-color-scheme: dark)')
    : null
}

/** The theme actually shown for a preference (`system` follows the OS). */
export function resolveTheme(preference: ThemePreference): 'light' | 'dark' {
  if (preference !== 'system') return preference
  return darkQuery()?.matches ? 'dark' : 'light'
}

/** Sets `data-theme` on <html>, which swaps the colour tokens. */
export function applyTheme(preference: ThemePreference = getThemePreference()): void {
  document.documentElement.dataset.theme = resolveTheme(preference)
}

/** Saves and applies a preference. */
export function setThemePreference(preference: ThemePreference): void {
  try {
    localStorage.setItem(THEME_KEY, preference)
  } catch {
    // Private mode: the choice still applies for this page.
  }
  applyTheme(preference)
  listeners.forEach((listener) => listener())
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener)
  const media = darkQuery()
  const onSystemChange = () => {
    if (getThemePreference() === 'system') applyTheme('system')
    listener()
  }
  const onStorage = (event: StorageEvent) => {
    if (event.key !== THEME_KEY) return
    applyTheme()
    listener()
  }
  media?.addEventListener?.('change', onSystemChange)
  window.addEventListener('storage', onStorage)
  return () => {
    listeners.delete(listener)
    media?.removeEventListener?.('change', onSystemChange)
    window.removeEventListener('storage', onStorage)
  }
}

/** The saved preference (React hook); while mounted, follows OS changes and other tabs. */
export function useThemePreference(): ThemePreference {
  return useSyncExternalStore(subscribe, getThemePreference, () => 'system')
}

/** Call once at boot: re-applies the saved theme and keeps "system" in step with the OS and other tabs. */
export function initTheme(): () => void {
  applyTheme()
  return subscribe(() => {})
}
