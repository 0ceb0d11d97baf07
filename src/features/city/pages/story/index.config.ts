export default definePageConfig({ navigationBarTitleText: '城市故事', enablePullDownRefresh: false })
