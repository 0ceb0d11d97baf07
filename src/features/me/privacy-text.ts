import type { LocalizedText } from '../../services/common-schemas'

/**
 * The app's privacy notice, as sections of plain words. `{account}` and `{hotline}` are the city's.
 * It says what each portal collects, why, where it goes and what stays on the phone; the letters
 * portal's own notice (letters/pages/privacy) says more about a letter's contact details.
 */
export const PRIVACY_SECTIONS: { title: LocalizedText; body: LocalizedText }[] = [
  {
    title: { zh: '我们收集什么', en: 'What we collect' },
    body: {
      zh: '只收集办理您的事项所必需的信息：写信时的联系人姓名和手机号码（答复您用）；查询社保、个税、公积金、疫苗接种记录时的姓名和身份证号码（仅用于本次查询）；提问、发表意见时您写下的内容。浏览新闻、查公交天气等不需要任何个人信息。',
      en: 'Only what your matter needs: a letter’s contact name and mobile number (to answer you); your name and ID number for a social insurance, tax, housing fund or vaccination look-up (for that look-up only); what you write in a question or a comment. Reading news or checking buses and weather needs nothing about you.',
    },
  },
  {
    title: { zh: '信息发给谁', en: 'Who receives it' },
    body: {
      zh: '信件、提问和意见发给{account}及承办部门；个人查询只发给提供该项服务的部门。身份证号码和手机号码在页面上一律部分隐藏显示，本应用不在日志中记录它们。',
      en: 'Letters, questions and comments go to {account} and the departments that handle them; a personal look-up goes only to the department behind it. ID and mobile numbers are always shown partly hidden, and the app never writes them to its logs.',
    },
  },
  {
    title: { zh: '手机上保存什么', en: 'What stays on this phone' },
    body: {
      zh: '为了“填写的内容不丢失”，未提交的信件、提问和意见草稿保存在本机；您的信件、提问、意见记录和服务收藏也保存在本机，因为本应用不需要登录。身份证号码默认不保存，只有您勾选“在本机记住”时才保存。另有一个随机生成的设备编号，只用于“有帮助”每台设备计一次。',
      en: 'So that nothing you type is lost, unsent letters, questions and comments are kept on this phone; so are your letters, questions, comments and favourite services, since the app needs no sign-in. Your ID number is not kept unless you tick “remember me”. A random device number is kept only so each phone counts “helpful” once.',
    },
  },
  {
    title: { zh: '位置、照片和微信授权', en: 'Location, photos and WeChat permissions' },
    body: {
      zh: '只有在写信时您主动选择地图选点或添加照片，才会请求位置或相册权限，请求前会先说明用途；拒绝授权不影响手动填写。',
      en: 'Location or photo access is asked for only when you choose to pick a place on the map or add photos to a letter, after saying what it is for; saying no still lets you type it in.',
    },
  },
  {
    title: { zh: '清除我的数据', en: 'Clearing your data' },
    body: {
      zh: '在“我的”中点“清除我的数据”，即从本机删除以上保存的全部内容（显示设置除外）。已提交给政府部门的信件、提问和意见按档案管理规定保存，如需查询或更正，请拨打 {hotline}。',
      en: 'Tap “Clear my data” in Me to delete all of the above from this phone (display settings stay). Letters, questions and comments already sent are kept by the departments under archive rules; to see or correct them, call {hotline}.',
    },
  },
]
