import { DemoActivatePage } from '@/sandbox/ui/demo-activate-page'

export function Component() {
  return <DemoActivatePage />
}
