import type { Compilation, Compiler } from 'webpack'

interface HtmlTag {
  tagName: string
  voidTag: boolean
  attributes: Record<string, string | boolean>
  meta: Record<string, unknown>
}

/**
 * H5: Taro loads each page's code only after the app's own scripts have run, one round trip later.
 * For the page most visits start on, this adds `<link rel="preload">` tags to index.html, so the browser
 * fetches that page's chunks alongside the app's scripts.
 */
export class PreloadRouteChunksPlugin {
  constructor(private readonly pageModule: RegExp) {}

  apply(compiler: Compiler) {
    compiler.hooks.compilation.tap('PreloadRouteChunksPlugin', (compilation: Compilation) => {
      // The html-webpack-plugin instance Taro's runner uses, not another copy.
      const runner = require.resolve('@tarojs/webpack5-runner')
      const HtmlWebpackPlugin = require(require.resolve('html-webpack-plugin', { paths: [runner] }))
      HtmlWebpackPlugin.getHooks(compilation).alterAssetTagGroups.tap(
        'PreloadRouteChunksPlugin',
        (data: { headTags: HtmlTag[] }) => {
          const publicPath = String(compilation.outputOptions.publicPath ?? '/')
          for (const chunk of compilation.chunks) {
            if (chunk.canBeInitial()) continue
            const modules = compilation.chunkGraph.getChunkModules(chunk)
            if (!modules.some((m) => this.pageModule.test(m.nameForCondition() ?? ''))) continue
            for (const file of chunk.files) {
              const as = file.endsWith('.css') ? 'style' : file.endsWith('.js') ? 'script' : null
              if (!as) continue
              data.headTags.push({
                tagName: 'link',
                voidTag: true,
                attributes: { rel: 'preload', as, href: publicPath + file },
                meta: { plugin: 'PreloadRouteChunksPlugin' },
              })
            }
          }
          return data
        },
      )
    })
  }
}
