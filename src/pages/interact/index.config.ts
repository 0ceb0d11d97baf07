export default definePageConfig({ navigationBarTitleText: '互动' })
