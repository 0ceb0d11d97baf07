/**
 * How a portal's mock reaches the mini program: the main package cannot afford it, so it ships in the
 * portal's subpackage, whose pages hand it over as they load (provide-*-mock.weapp.ts). A call made
 * before then (a launch-time refresh) waits for it.
 */
export function createMockHandover<M>() {
  let provided: M | null = null
  const waiting: ((mock: M) => void)[] = []
  return {
    provide(mock: M): void {
      provided = mock
      waiting.splice(0).forEach((resolve) => resolve(mock))
    },
    load(): Promise<M> {
      return provided ? Promise.resolve(provided) : new Promise((resolve) => waiting.push(resolve))
    },
  }
}
