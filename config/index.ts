import { defineConfig, type UserConfigExport } from '@tarojs/cli'
import TsconfigPathsPlugin from 'tsconfig-paths-webpack-plugin'
import devConfig from './dev'
import prodConfig from './prod'
import { PreloadRouteChunksPlugin } from './preload-route-chunks'
import { readCityIdentity } from './city-identity'
import { CITY_IDS, parseSettings } from './settings'

export default defineConfig<'webpack5'>(async (merge) => {
  const settings = parseSettings(process.env)
  const target = process.env.TARO_ENV ?? 'weapp'
  // The mini program shows only its build city; the H5 preview can switch to any.
  const shownCities = target === 'h5' ? CITY_IDS : [settings.city]
  const identities = Object.fromEntries(shownCities.map((city) => [city, readCityIdentity(city)]))
  const identity = identities[settings.city]
  const banners = Object.fromEntries(shownCities.map((city) => [city, identities[city].banner]))
  const isDev = process.env.NODE_ENV === 'development'
  // Watch mode empties its output folder first, so development builds get their own folder and never
  // wipe a production build.
  // BUILD_OUTPUT_ROOT lets a check build elsewhere (scripts/check-http-build.mjs) without touching dist/.
  const outputRoot = process.env.BUILD_OUTPUT_ROOT || (isDev ? `dist/dev/${target}` : `dist/${target}`)

  const baseConfig: UserConfigExport<'webpack5'> = {
    projectName: 'city-gov-miniprogram',
    date: '2026-11-23',
    designWidth: 750,
    deviceRatio: { 640: 2.34 / 2, 750: 1, 375: 2, 828: 1.81 / 2 },
    sourceRoot: 'src',
    outputRoot,
    plugins: [],
    // Written out in full so Taro inlines them; the app reads only these validated values.
    env: {
      TARO_APP_CITY: JSON.stringify(settings.city),
      TARO_APP_API: JSON.stringify(settings.api),
      TARO_APP_API_BASE: JSON.stringify(settings.apiBase),
      TARO_APP_STAFF: JSON.stringify(process.env.TARO_APP_STAFF === '1' ? '1' : ''),
    },
    defineConstants: { CITY_BANNERS: JSON.stringify(banners) },
    framework: 'react',
    compiler: 'webpack5',
    cache: { enable: false },
    // Taro's minifier escapes every non-ASCII character (6 bytes for each Chinese character instead of
    // 3). Both runtimes read UTF-8 source, and the mini program's package limits count bytes.
    terser: { enable: true, config: { output: { ascii_only: false } } },
    mini: {
      postcss: {
        pxtransform: { enable: true, config: {} },
      },
      // Modules used only by a subpackage move into that subpackage instead of the main package.
      optimizeMainPackage: { enable: true },
      miniCssExtractPluginOption: { ignoreOrder: true },
      // Nesting depth the generic base.wxml template unrolls; deeper nodes recurse through Taro's comp
      // component. Our pages stay within 8 levels, and 8 instead of 16 saves ~22 KB of the main package.
      ...{ baseLevel: 8 }, // read by Taro's MiniPlugin, missing from its config type
      webpackChain(chain) {
        chain.resolve.plugin('tsconfig-paths').use(TsconfigPathsPlugin)
      },
    },
    h5: {
      // Taro's React components as plain DOM elements (div, span, a real <button>) instead of web
      // components: a lighter first load, and native semantics for screen readers.
      useHtmlComponents: true,
      publicPath: '/',
      staticDirectory: 'static',
      output: {
        filename: 'js/[name].[contenthash:8].js',
        chunkFilename: 'js/[name].[contenthash:8].js',
      },
      miniCssExtractPluginOption: {
        ignoreOrder: true,
        filename: 'css/[name].[contenthash:8].css',
        chunkFilename: 'css/[name].[contenthash:8].css',
      },
      router: { mode: 'browser' },
      // Taro's inline script sets the root font size from the window width, and sets it again on the
      // first resize: on phones that rescales the whole page after it has painted (a layout shift of
      // ~0.3). src/index.html states the same rule in CSS, which the browser applies before painting.
      htmlPluginOption: {
        script: '',
        // index.html places the tags itself: it starts the scripts once the shell has painted.
        inject: false,
        // The app shell in index.html: the build city's header, painted before any script runs.
        shell: {
          account: identity.accountName.zh,
          accountEn: identity.accountName.en,
          city: identity.name.zh,
          cityEn: identity.name.en,
          theme: identity.themeColor,
          banner: identity.banner,
        },
      },
      postcss: {
        autoprefixer: { enable: true, config: {} },
      },
      webpackChain(chain) {
        chain.resolve.plugin('tsconfig-paths').use(TsconfigPathsPlugin)
        // React DOM in a script of its own: evaluating it together with the app made one long task that
        // kept the main thread busy; two shorter ones let the browser answer a tap in between.
        chain.optimization.merge({
          splitChunks: {
            cacheGroups: {
              reactDom: {
                name: 'react-dom',
                test: /[\\/]node_modules[\\/](react-dom|scheduler)[\\/]/,
                chunks: 'all',
                priority: 30,
                enforce: true,
              },
            },
          },
        })
        // Home is where visits start (routes.ts: the first tab).
        chain.plugin('preload-home').use(PreloadRouteChunksPlugin, [/src[\\/]pages[\\/]home[\\/]index\.tsx$/])
      },
    },
  }

  return merge({}, baseConfig, isDev ? devConfig : prodConfig)
})
