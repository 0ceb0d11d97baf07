import { defineConfig } from '@tarojs/cli'

// The framework's floor for scripts/bench-h5.mjs: Taro's default template, H5 only, production build.
export default defineConfig<'webpack5'>({
  projectName: 'taro-baseline',
  date: '2026-11-23',
  designWidth: 750,
  deviceRatio: { 640: 2.34 / 2, 750: 1, 375: 2, 828: 1.81 / 2 },
  sourceRoot: 'src',
  outputRoot: 'dist',
  plugins: [],
  framework: 'react',
  compiler: 'webpack5',
  cache: { enable: false },
  h5: {
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
    postcss: {
      autoprefixer: { enable: true, config: {} },
    },
  },
})
