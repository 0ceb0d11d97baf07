export default definePageConfig({ navigationBarTitleText: '我爱我城', enablePullDownRefresh: false })
