import type { CityServicesConfig } from '../city-config'

export const servicesConfig = {
  districts: [
    { id: 'huangpu', name: { zh: '黄浦区', en: 'Huangpu District' } },
    { id: 'xuhui', name: { zh: '徐汇区', en: 'Xuhui District' } },
    { id: 'changning', name: { zh: '长宁区', en: 'Changning District' } },
    { id: 'jingan', name: { zh: '静安区', en: 'Jing’an District' } },
    { id: 'putuo', name: { zh: '普陀区', en: 'Putuo District' } },
    { id: 'hongkou', name: { zh: '虹口区', en: 'Hongkou District' } },
    { id: 'yangpu', name: { zh: '杨浦区', en: 'Yangpu District' } },
    { id: 'minhang', name: { zh: '闵行区', en: 'Minhang District' } },
    { id: 'baoshan', name: { zh: '宝山区', en: 'Baoshan District' } },
    { id: 'jiading', name: { zh: '嘉定区', en: 'Jiading District' } },
    { id: 'pudong', name: { zh: '浦东新区', en: 'Pudong New Area' } },
    { id: 'jinshan', name: { zh: '金山区', en: 'Jinshan District' } },
    { id: 'songjiang', name: { zh: '松江区', en: 'Songjiang District' } },
    { id: 'qingpu', name: { zh: '青浦区', en: 'Qingpu District' } },
    { id: 'fengxian', name: { zh: '奉贤区', en: 'Fengxian District' } },
    { id: 'chongming', name: { zh: '崇明区', en: 'Chongming District' } },
  ],
  roads: [
    { id: 'yanan-elevated', name: { zh: '延安高架路', en: 'Yan’an Elevated Road' } },
    { id: 'inner-ring', name: { zh: '内环高架路', en: 'Inner Ring Elevated Road' } },
    { id: 'north-south-elevated', name: { zh: '南北高架路', en: 'North–South Elevated Road' } },
    { id: 'middle-ring', name: { zh: '中环路', en: 'Middle Ring Road' } },
    { id: 'outer-ring', name: { zh: '外环高速（S20）', en: 'Outer Ring Expressway (S20)' } },
    { id: 'yixian-elevated', name: { zh: '逸仙高架路', en: 'Yixian Elevated Road' } },
    { id: 'humin-elevated', name: { zh: '沪闵高架路', en: 'Humin Elevated Road' } },
    { id: 'g2-expressway', name: { zh: 'G2京沪高速', en: 'G2 Beijing–Shanghai Expressway' } },
  ],
  busLines: [
    {
      id: '71',
      name: { zh: '71路（延安路中运量）', en: 'Route 71 (Yan’an Road Medium-Capacity)' },
      stops: [
        { id: 'shenkun-hub', name: { zh: '申昆路枢纽站', en: 'Shenkun Road Hub' } },
        { id: 'yanan-w-hongxu', name: { zh: '延安西路虹许路', en: 'Yan’an Rd (W) & Hongxu Rd' } },
        { id: 'yanan-w-weining', name: { zh: '延安西路威宁路', en: 'Yan’an Rd (W) & Weining Rd' } },
        { id: 'yanan-w-panyu', name: { zh: '延安西路番禺路', en: 'Yan’an Rd (W) & Panyu Rd' } },
        { id: 'yanan-w-jiangsu', name: { zh: '延安西路江苏路', en: 'Yan’an Rd (W) & Jiangsu Rd' } },
        { id: 'yanan-m-huashan', name: { zh: '延安中路华山路', en: 'Yan’an Rd (M) & Huashan Rd' } },
        { id: 'yanan-m-shaanxi', name: { zh: '延安中路陕西南路', en: 'Yan’an Rd (M) & Shaanxi Rd (S)' } },
        { id: 'yanan-e-henan', name: { zh: '延安东路河南中路', en: 'Yan’an Rd (E) & Henan Rd (M)' } },
        { id: 'yanan-e-bund', name: { zh: '延安东路外滩', en: 'Yan’an Rd (E), the Bund' } },
      ],
    },
    {
      id: '20',
      name: { zh: '20路', en: 'Route 20' },
      stops: [
        { id: 'jiujiang-bund', name: { zh: '九江路外滩', en: 'Jiujiang Rd, the Bund' } },
        { id: 'jiujiang-henan', name: { zh: '九江路河南中路', en: 'Jiujiang Rd & Henan Rd (M)' } },
        { id: 'people-square', name: { zh: '人民广场', en: 'People’s Square' } },
        { id: 'nanjing-w-huangpi', name: { zh: '南京西路黄陂北路', en: 'Nanjing Rd (W) & Huangpi Rd (N)' } },
        { id: 'nanjing-w-shimen', name: { zh: '南京西路石门一路', en: 'Nanjing Rd (W) & Shimen No.1 Rd' } },
        { id: 'jingan-temple', name: { zh: '静安寺', en: 'Jing’an Temple' } },
        { id: 'yuyuan-zhenning', name: { zh: '愚园路镇宁路', en: 'Yuyuan Rd & Zhenning Rd' } },
        { id: 'yuyuan-jiangsu', name: { zh: '愚园路江苏路', en: 'Yuyuan Rd & Jiangsu Rd' } },
        { id: 'zhongshan-park', name: { zh: '中山公园', en: 'Zhongshan Park' } },
      ],
    },
    {
      id: '911',
      name: { zh: '911路（双层巴士）', en: 'Route 911 (double-decker)' },
      stops: [
        { id: 'laoximen', name: { zh: '老西门', en: 'Laoximen' } },
        { id: 'huaihai-m-huangpi', name: { zh: '淮海中路黄陂南路', en: 'Huaihai Rd (M) & Huangpi Rd (S)' } },
        { id: 'huaihai-m-shaanxi', name: { zh: '淮海中路陕西南路', en: 'Huaihai Rd (M) & Shaanxi Rd (S)' } },
        { id: 'huaihai-m-changshu', name: { zh: '淮海中路常熟路', en: 'Huaihai Rd (M) & Changshu Rd' } },
        { id: 'huaihai-w-panyu', name: { zh: '淮海西路番禺路', en: 'Huaihai Rd (W) & Panyu Rd' } },
        { id: 'hongqiao-kaixuan', name: { zh: '虹桥路凯旋路', en: 'Hongqiao Rd & Kaixuan Rd' } },
        { id: 'hongqiao-gubei', name: { zh: '虹桥路古北路', en: 'Hongqiao Rd & Gubei Rd' } },
        { id: 'shanghai-zoo', name: { zh: '上海动物园', en: 'Shanghai Zoo' } },
      ],
    },
    {
      id: '926',
      name: { zh: '926路', en: 'Route 926' },
      stops: [
        { id: 'xujiahui', name: { zh: '徐家汇', en: 'Xujiahui' } },
        { id: 'caoxi-n-nandan', name: { zh: '漕溪北路南丹路', en: 'Caoxi Rd (N) & Nandan Rd' } },
        { id: 'shanghai-stadium', name: { zh: '上海体育场', en: 'Shanghai Stadium' } },
        { id: 'longhua', name: { zh: '龙华', en: 'Longhua' } },
        { id: 'longyao-yunjin', name: { zh: '龙耀路云锦路', en: 'Longyao Rd & Yunjin Rd' } },
        { id: 'west-bund', name: { zh: '西岸美术馆', en: 'West Bund Museum' } },
        { id: 'houtan', name: { zh: '后滩', en: 'Houtan' } },
        { id: 'expo-park', name: { zh: '世博园', en: 'Expo Park' } },
      ],
    },
  ],
  contacts: {
    'bus-arrival': {
      department: { zh: '上海市交通委员会', en: 'Shanghai Municipal Transportation Commission' },
      hotline: '12328',
    },
    traffic: {
      department: { zh: '上海市交通委员会', en: 'Shanghai Municipal Transportation Commission' },
      hotline: '12328',
    },
    'school-enrollment': {
      department: { zh: '上海市教育委员会', en: 'Shanghai Municipal Education Commission' },
      hotline: '12345',
    },
    weather: { department: { zh: '上海市气象局', en: 'Shanghai Meteorological Service' }, hotline: '12121' },
    'social-insurance': {
      department: {
        zh: '上海市人力资源和社会保障局',
        en: 'Shanghai Municipal Human Resources and Social Security Bureau',
      },
      hotline: '12333',
    },
    'income-tax': {
      department: {
        zh: '国家税务总局上海市税务局',
        en: 'Shanghai Municipal Tax Service, State Taxation Administration',
      },
      hotline: '12366',
    },
    'housing-fund': {
      department: { zh: '上海市公积金管理中心', en: 'Shanghai Provident Fund Management Center' },
      hotline: '12329',
    },
    vaccination: {
      department: { zh: '上海市卫生健康委员会', en: 'Shanghai Municipal Health Commission' },
      hotline: '12320',
    },
    'enterprise-licence': {
      department: { zh: '上海市市场监督管理局', en: 'Shanghai Administration for Market Regulation' },
      hotline: '12315',
    },
    'service-points': {
      department: { zh: '上海市人民政府办公厅', en: 'General Office of Shanghai Municipal People’s Government' },
      hotline: '12345',
    },
    'garbage-sorting': {
      department: {
        zh: '上海市绿化和市容管理局',
        en: 'Shanghai Landscaping and City Appearance Administrative Bureau',
      },
      hotline: '12345',
    },
  },
} satisfies CityServicesConfig
