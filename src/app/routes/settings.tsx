import { ThemeSwitch } from '../layout/theme-switch'
import { PlaceholderPage } from './placeholder-page'

export function Component() {
  return (
    <PlaceholderPage
      title="Settings"
      description="Your Trakt account and Marquee preferences."
      needsUser="your settings"
    >
      <ThemeSwitch className="mt-4 max-w-sm" />
    </PlaceholderPage>
  )
}
