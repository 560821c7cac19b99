import { DemoAuthorizePage } from '@/sandbox/ui/demo-authorize-page'

export function Component() {
  return <DemoAuthorizePage />
}
