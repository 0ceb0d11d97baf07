import { View } from '@tarojs/components'
import Taro, { usePageScroll } from '@tarojs/taro'
import { useEffect, useMemo, useRef, useState, type ReactNode } from 'react'

interface WindowedListProps<T> {
  /** Unique within the page: used to measure where the list starts. */
  id: string
  items: readonly T[]
  /** Each row's height in design pixels (750-wide canvas), gap included. Rows are cut to this height. */
  rowHeight: number
  getKey: (item: T) => string
  renderRow: (item: T, index: number) => ReactNode
  /** Rows kept above and below the screen, so fast flicks do not show blank space. */
  overscan?: number
}

// getWindowInfo only: WeChat has had it since base library 2.20.1, and on H5 getSystemInfoSync would
// bring a browser-sniffing library into the first load.
function windowSize() {
  const info = Taro.getWindowInfo()
  return { width: info.windowWidth, height: info.windowHeight }
}

/**
 * A list that renders only the rows near the screen, with spacers for the rest, so a feed of thousands
 * stays as light as a feed of twenty. It follows the page's own scroll (not a scroll-view), which keeps
 * pull-to-refresh, reach-bottom and the browser's back-button scroll restoration working.
 */
export function WindowedList<T>({ id, items, rowHeight, getKey, renderRow, overscan = 4 }: WindowedListProps<T>) {
  const viewport = useMemo(windowSize, [])
  const rowPx = (rowHeight * viewport.width) / 750
  const listTop = useRef(0)
  const scrollTop = useRef(0)
  const [first, setFirst] = useState(0)

  const firstFor = (top: number) => Math.max(0, Math.floor((top - listTop.current) / rowPx) - overscan)

  useEffect(() => {
    Taro.createSelectorQuery()
      .select(`#${id}`)
      .boundingClientRect()
      .selectViewport()
      .scrollOffset()
      .exec((result: [{ top: number } | null, { scrollTop: number } | null]) => {
        const [rect, offset] = result ?? []
        if (!rect) return
        listTop.current = rect.top + (offset?.scrollTop ?? 0)
        setFirst(firstFor(scrollTop.current))
      })
    // Measured once per layout: the rows above do not move after the first paint.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [id, rowPx])

  usePageScroll(({ scrollTop: top }) => {
    scrollTop.current = top
    const next = firstFor(top)
    if (next !== first) setFirst(next)
  })

  const visible = Math.ceil(viewport.height / rowPx) + overscan * 2
  const start = Math.min(first, Math.max(0, items.length - visible))
  const end = Math.min(items.length, start + visible)

  return (
    <View id={id} style={{ paddingTop: `${start * rowPx}px`, paddingBottom: `${(items.length - end) * rowPx}px` }}>
      {items.slice(start, end).map((item, offset) => (
        <View key={getKey(item)} className='windowed-list__row' style={{ height: `${rowPx}px` }}>
          {renderRow(item, start + offset)}
        </View>
      ))}
    </View>
  )
}
