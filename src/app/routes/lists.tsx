import { PlaceholderPage } from './placeholder-page'

export function Component() {
  return (
    <PlaceholderPage title="Lists" description="Your lists and the lists you like." needsUser="your lists" />
  )
}
