export default definePageConfig({ navigationBarTitleText: '你问我答', enablePullDownRefresh: false })
