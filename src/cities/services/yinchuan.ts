import type { CityServicesConfig } from '../city-config'

export const servicesConfig = {
  // Three districts, two counties and the county-level city of Lingwu.
  districts: [
    { id: 'xingqing', name: { zh: '兴庆区', en: 'Xingqing District' } },
    { id: 'jinfeng', name: { zh: '金凤区', en: 'Jinfeng District' } },
    { id: 'xixia', name: { zh: '西夏区', en: 'Xixia District' } },
    { id: 'yongning', name: { zh: '永宁县', en: 'Yongning County' } },
    { id: 'helan', name: { zh: '贺兰县', en: 'Helan County' } },
    { id: 'lingwu', name: { zh: '灵武市', en: 'Lingwu City' } },
  ],
  roads: [
    { id: 'beijing-road', name: { zh: '北京路', en: 'Beijing Road' } },
    { id: 'qinshui-street', name: { zh: '亲水大街', en: 'Qinshui Street' } },
    { id: 'zhengyuan-street', name: { zh: '正源街', en: 'Zhengyuan Street' } },
    { id: 'helanshan-road', name: { zh: '贺兰山路', en: 'Helanshan Road' } },
    { id: 'jiefang-street', name: { zh: '解放街', en: 'Jiefang Street' } },
    { id: 'ningan-street', name: { zh: '宁安大街', en: 'Ning’an Street' } },
    { id: 'ring-expressway', name: { zh: '银川绕城高速', en: 'Yinchuan Ring Expressway' } },
  ],
  busLines: [
    {
      id: '1',
      name: { zh: '1路', en: 'Route 1' },
      stops: [
        { id: 'railway-station', name: { zh: '银川火车站', en: 'Yinchuan Railway Station' } },
        { id: 'xincheng', name: { zh: '新城', en: 'Xincheng' } },
        { id: 'baohu', name: { zh: '宝湖', en: 'Baohu' } },
        { id: 'beijing-m', name: { zh: '北京中路', en: 'Beijing Road (M)' } },
        { id: 'guangming-square', name: { zh: '光明广场', en: 'Guangming Square' } },
        { id: 'drum-tower', name: { zh: '鼓楼', en: 'Drum Tower' } },
        { id: 'yuhuang-pavilion', name: { zh: '玉皇阁', en: 'Yuhuang Pavilion' } },
        { id: 'nanmen-square', name: { zh: '南门广场', en: 'Nanmen Square' } },
      ],
    },
    {
      id: '102',
      name: { zh: '102路', en: 'Route 102' },
      stops: [
        { id: 'ningxia-university', name: { zh: '宁夏大学', en: 'Ningxia University' } },
        { id: 'wenchang-road', name: { zh: '文昌路', en: 'Wenchang Road' } },
        { id: 'beijing-w', name: { zh: '北京西路', en: 'Beijing Road (W)' } },
        { id: 'citizen-hall', name: { zh: '银川市民大厅', en: 'Yinchuan Citizens’ Hall' } },
        { id: 'yuehai-bay', name: { zh: '阅海湾', en: 'Yuehai Bay' } },
        { id: 'qinshui-street', name: { zh: '亲水大街', en: 'Qinshui Street' } },
        { id: 'lanshan-park', name: { zh: '览山公园', en: 'Lanshan Park' } },
      ],
    },
    {
      id: 'brt1',
      name: { zh: '快速公交1号线', en: 'BRT Line 1' },
      stops: [
        { id: 'railway-station', name: { zh: '银川火车站', en: 'Yinchuan Railway Station' } },
        { id: 'xixia-government', name: { zh: '西夏区政府', en: 'Xixia District Government' } },
        { id: 'ningan-street', name: { zh: '宁安大街', en: 'Ning’an Street' } },
        { id: 'citizen-hall', name: { zh: '银川市民大厅', en: 'Yinchuan Citizens’ Hall' } },
        { id: 'zhengyuan-street', name: { zh: '正源街', en: 'Zhengyuan Street' } },
        { id: 'guangming-square', name: { zh: '光明广场', en: 'Guangming Square' } },
        { id: 'dongmen', name: { zh: '东门', en: 'Dongmen' } },
      ],
    },
    {
      id: '6',
      name: { zh: '6路', en: 'Route 6' },
      stops: [
        { id: 'nanmen-square', name: { zh: '南门广场', en: 'Nanmen Square' } },
        { id: 'zhongshan-park', name: { zh: '中山公园', en: 'Zhongshan Park' } },
        { id: 'ningxia-museum', name: { zh: '宁夏博物馆', en: 'Ningxia Museum' } },
        { id: 'peoples-square', name: { zh: '人民广场', en: 'People’s Square' } },
        { id: 'jinfeng-government', name: { zh: '金凤区政府', en: 'Jinfeng District Government' } },
        { id: 'yuehai-park', name: { zh: '阅海公园', en: 'Yuehai Park' } },
      ],
    },
  ],
  contacts: {
    'bus-arrival': {
      department: { zh: '银川市交通运输局', en: 'Yinchuan Municipal Transport Bureau' },
      hotline: '12328',
    },
    traffic: { department: { zh: '银川市交通运输局', en: 'Yinchuan Municipal Transport Bureau' }, hotline: '12328' },
    'school-enrollment': {
      department: { zh: '银川市教育局', en: 'Yinchuan Municipal Education Bureau' },
      hotline: '12345',
    },
    weather: { department: { zh: '银川市气象局', en: 'Yinchuan Meteorological Bureau' }, hotline: '12121' },
    'air-quality': {
      department: { zh: '银川市生态环境局', en: 'Yinchuan Municipal Ecology and Environment Bureau' },
      hotline: '12369',
    },
    'social-insurance': {
      department: { zh: '银川市人力资源和社会保障局', en: 'Yinchuan Human Resources and Social Security Bureau' },
      hotline: '12333',
    },
    'income-tax': {
      department: {
        zh: '国家税务总局银川市税务局',
        en: 'Yinchuan Municipal Tax Service, State Taxation Administration',
      },
      hotline: '12366',
    },
    'housing-fund': {
      department: { zh: '银川住房公积金管理中心', en: 'Yinchuan Housing Provident Fund Management Center' },
      hotline: '12329',
    },
    vaccination: {
      department: { zh: '银川市卫生健康委员会', en: 'Yinchuan Municipal Health Commission' },
      hotline: '12320',
    },
    'enterprise-licence': {
      department: { zh: '银川市市场监督管理局', en: 'Yinchuan Administration for Market Regulation' },
      hotline: '12315',
    },
    'service-points': {
      department: { zh: '银川市审批服务管理局', en: 'Yinchuan Administrative Approval Service Bureau' },
      hotline: '12345',
    },
  },
} satisfies CityServicesConfig
