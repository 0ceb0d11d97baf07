// babel-preset-taro options: https://docs.taro.zone/docs/next/babel-config
// Jest runs outside Taro, so it gets the plain presets instead.
module.exports = (api) => {
  const isTest = api.env('test')
  api.cache.using(() => String(isTest))
  if (isTest) {
    return {
      presets: [
        ['@babel/preset-env', { targets: { node: 'current' } }],
        ['@babel/preset-react', { runtime: 'automatic' }],
        '@babel/preset-typescript',
      ],
    }
  }
  return {
    presets: [['taro', { framework: 'react', ts: true, compiler: 'webpack5' }]],
  }
}
