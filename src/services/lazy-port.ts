/**
 * A port whose implementation is loaded on its first call. Home must not pay for portals it does not
 * show: on H5 the implementation becomes a chunk of its own; the mini program bundles it (it cannot
 * fetch code later), so there this only defers creating it.
 */
export function lazyPort<P extends Record<keyof P, (...args: never[]) => Promise<unknown>>>(
  load: () => Promise<P>,
  methods: readonly (keyof P)[],
): P {
  let loading: Promise<P> | undefined
  const port = {} as Record<keyof P, unknown>
  for (const method of methods) {
    port[method] = (...args: never[]) => {
      // A load that failed (a chunk lost on a bad connection) is tried again on the next call.
      loading ??= load().catch((error: unknown) => {
        loading = undefined
        throw error
      })
      return loading.then((impl) => impl[method](...args))
    }
  }
  return port as P
}
