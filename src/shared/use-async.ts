import { useCallback, useEffect, useRef, useState } from 'react'

export type AsyncState<T> =
  | { status: 'loading'; data?: undefined; error?: undefined }
  | { status: 'error'; data?: undefined; error: unknown }
  | { status: 'success'; data: T; error?: undefined }

/**
 * Runs `load` when `key` changes and on `retry()`. An answer that arrives after a newer request started
 * is dropped, so a slow old response never overwrites a new one.
 */
export function useAsync<T>(load: () => Promise<T>, key: string): AsyncState<T> & { retry: () => void } {
  const [state, setState] = useState<AsyncState<T>>({ status: 'loading' })
  const latest = useRef(0)
  const loadRef = useRef(load)
  loadRef.current = load

  const run = useCallback(() => {
    const request = ++latest.current
    setState({ status: 'loading' })
    loadRef.current().then(
      (data) => request === latest.current && setState({ status: 'success', data }),
      (error: unknown) => request === latest.current && setState({ status: 'error', error }),
    )
  }, [])

  useEffect(() => {
    run()
    return () => {
      latest.current += 1
    }
  }, [key, run])

  return { ...state, retry: run }
}
