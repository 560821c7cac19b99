import { PlaceholderPage } from './placeholder-page'

export function Component() {
  return (
    <PlaceholderPage
      title="Calendar"
      description="Episodes and movies coming up for you."
      needsUser="your calendar"
    />
  )
}
