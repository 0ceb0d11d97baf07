export default definePageConfig({ navigationBarTitleText: '政务矩阵' })
