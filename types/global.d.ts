/// <reference types="@tarojs/taro" />

declare module '*.png'
declare module '*.svg'
declare module '*.css'
declare module '*.scss'

declare namespace NodeJS {
  interface ProcessEnv {
    NODE_ENV: 'development' | 'production' | 'test'
    TARO_ENV: 'weapp' | 'h5' | undefined
    /** WeChat appid; Taro writes it into the built project.config.json. */
    TARO_APP_ID?: string
    TARO_APP_CITY?: string
    TARO_APP_API?: string
    TARO_APP_API_BASE?: string
    TARO_APP_STAFF?: string
  }
}
