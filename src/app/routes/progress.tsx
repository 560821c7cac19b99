import { PlaceholderPage } from './placeholder-page'

export function Component() {
  return (
    <PlaceholderPage
      title="Progress"
      description="Up next in the shows you watch."
      needsUser="your progress"
    />
  )
}
