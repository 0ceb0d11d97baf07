import { Image } from '@tarojs/components'
import type { StoryImage as StoryImageData } from '../../../services/stories/stories-schemas'
import { a11y } from '../../../shared/ui/a11y'

/**
 * A story's picture: loaded only when it scrolls near (`lazyLoad`), in a box of fixed height (city.scss)
 * so nothing below it moves when it arrives, and described for screen readers.
 */
export function StoryImage({ image, alt, large }: { image: StoryImageData; alt: string; large?: boolean }) {
  return (
    <Image
      className={`story-image ${large ? 'story-image--large' : ''}`}
      src={image.src}
      mode='aspectFill'
      lazyLoad
      {...a11y(alt, 'img')}
      // On H5 Taro draws a real <img> inside its wrapper: it needs the words too.
      imgProps={{ alt }}
    />
  )
}
