import { FaultPanel } from '@/sandbox/ui/fault-panel'

export function Component() {
  return <FaultPanel />
}
