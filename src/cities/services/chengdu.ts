import type { CityServicesConfig } from '../city-config'

export const servicesConfig = {
  // Twelve districts, then the five county-level cities and the three counties Chengdu administers.
  districts: [
    { id: 'jinjiang', name: { zh: '锦江区', en: 'Jinjiang District' } },
    { id: 'qingyang', name: { zh: '青羊区', en: 'Qingyang District' } },
    { id: 'jinniu', name: { zh: '金牛区', en: 'Jinniu District' } },
    { id: 'wuhou', name: { zh: '武侯区', en: 'Wuhou District' } },
    { id: 'chenghua', name: { zh: '成华区', en: 'Chenghua District' } },
    { id: 'longquanyi', name: { zh: '龙泉驿区', en: 'Longquanyi District' } },
    { id: 'qingbaijiang', name: { zh: '青白江区', en: 'Qingbaijiang District' } },
    { id: 'xindu', name: { zh: '新都区', en: 'Xindu District' } },
    { id: 'wenjiang', name: { zh: '温江区', en: 'Wenjiang District' } },
    { id: 'shuangliu', name: { zh: '双流区', en: 'Shuangliu District' } },
    { id: 'pidu', name: { zh: '郫都区', en: 'Pidu District' } },
    { id: 'xinjin', name: { zh: '新津区', en: 'Xinjin District' } },
    { id: 'jianyang', name: { zh: '简阳市', en: 'Jianyang City' } },
    { id: 'dujiangyan', name: { zh: '都江堰市', en: 'Dujiangyan City' } },
    { id: 'pengzhou', name: { zh: '彭州市', en: 'Pengzhou City' } },
    { id: 'qionglai', name: { zh: '邛崃市', en: 'Qionglai City' } },
    { id: 'chongzhou', name: { zh: '崇州市', en: 'Chongzhou City' } },
    { id: 'jintang', name: { zh: '金堂县', en: 'Jintang County' } },
    { id: 'dayi', name: { zh: '大邑县', en: 'Dayi County' } },
    { id: 'pujiang', name: { zh: '蒲江县', en: 'Pujiang County' } },
  ],
  roads: [
    { id: 'first-ring', name: { zh: '一环路', en: 'First Ring Road' } },
    { id: 'second-ring-elevated', name: { zh: '二环高架路', en: 'Second Ring Elevated Road' } },
    { id: 'third-ring', name: { zh: '三环路', en: 'Third Ring Road' } },
    { id: 'ring-expressway', name: { zh: '绕城高速（G4202）', en: 'Ring Expressway (G4202)' } },
    { id: 'tianfu-avenue', name: { zh: '天府大道', en: 'Tianfu Avenue' } },
    { id: 'renmin-south', name: { zh: '人民南路', en: 'Renmin South Road' } },
    { id: 'shudu-avenue', name: { zh: '蜀都大道', en: 'Shudu Avenue' } },
    { id: 'airport-expressway', name: { zh: '机场高速', en: 'Airport Expressway' } },
  ],
  busLines: [
    {
      id: '1',
      name: { zh: '1路', en: 'Route 1' },
      stops: [
        { id: 'north-station', name: { zh: '火车北站', en: 'North Railway Station' } },
        { id: 'renmin-n-2', name: { zh: '人民北路二段', en: 'Renmin North Road Sec. 2' } },
        { id: 'wenshu-monastery', name: { zh: '文殊院', en: 'Wenshu Monastery' } },
        { id: 'luomashi', name: { zh: '骡马市', en: 'Luomashi' } },
        { id: 'tianfu-square', name: { zh: '天府广场', en: 'Tianfu Square' } },
        { id: 'jinjiang-hotel', name: { zh: '锦江宾馆', en: 'Jinjiang Hotel' } },
        { id: 'huaxiba', name: { zh: '华西坝', en: 'Huaxiba' } },
        { id: 'sichuan-gymnasium', name: { zh: '省体育馆', en: 'Sichuan Gymnasium' } },
        { id: 'nijiaqiao', name: { zh: '倪家桥', en: 'Nijiaqiao' } },
        { id: 'south-station', name: { zh: '火车南站', en: 'South Railway Station' } },
      ],
    },
    {
      id: 'k1',
      name: { zh: '快速公交K1（二环内环）', en: 'BRT K1 (Second Ring, inner loop)' },
      stops: [
        { id: 'north-station-west', name: { zh: '火车北站西', en: 'North Railway Station West' } },
        { id: 'simaqiao', name: { zh: '驷马桥', en: 'Simaqiao' } },
        { id: 'jianshe-road', name: { zh: '建设路口', en: 'Jianshe Road' } },
        { id: 'shuangqiaozi', name: { zh: '双桥子', en: 'Shuangqiaozi' } },
        { id: 'niushikou', name: { zh: '牛市口', en: 'Niushikou' } },
        { id: 'jingjusi', name: { zh: '净居寺路口', en: 'Jingjusi Road' } },
        { id: 'renmin-s-2nd-ring', name: { zh: '人民南路二环路口', en: 'Renmin South Road & Second Ring' } },
        { id: 'yiguanmiao', name: { zh: '衣冠庙', en: 'Yiguanmiao' } },
      ],
    },
    {
      id: '55',
      name: { zh: '55路', en: 'Route 55' },
      stops: [
        { id: 'wuhou-shrine', name: { zh: '武侯祠', en: 'Wuhou Shrine' } },
        { id: 'ximianqiao', name: { zh: '洗面桥', en: 'Ximianqiao' } },
        { id: 'peoples-park', name: { zh: '人民公园', en: 'People’s Park' } },
        { id: 'kuanzhai-alley', name: { zh: '宽窄巷子', en: 'Kuanzhai Alley' } },
        { id: 'xi-dajie', name: { zh: '西大街', en: 'Xi Dajie' } },
        { id: 'wenshu-monastery', name: { zh: '文殊院', en: 'Wenshu Monastery' } },
        { id: 'north-station', name: { zh: '火车北站', en: 'North Railway Station' } },
        { id: 'zhaojue-temple', name: { zh: '昭觉寺', en: 'Zhaojue Temple' } },
      ],
    },
    {
      id: '501',
      name: { zh: '501路', en: 'Route 501' },
      stops: [
        { id: 'south-station', name: { zh: '火车南站', en: 'South Railway Station' } },
        { id: 'financial-city', name: { zh: '金融城', en: 'Financial City' } },
        { id: 'fuhuayuan', name: { zh: '孵化园', en: 'Fuhuayuan' } },
        { id: 'tianfu-5th-st', name: { zh: '天府五街', en: 'Tianfu 5th Street' } },
        { id: 'tianfu-3rd-st', name: { zh: '天府三街', en: 'Tianfu 3rd Street' } },
        { id: 'century-city', name: { zh: '世纪城', en: 'Century City' } },
        { id: 'huafu-avenue', name: { zh: '华府大道', en: 'Huafu Avenue' } },
        { id: 'sihe', name: { zh: '四河', en: 'Sihe' } },
      ],
    },
  ],
  contacts: {
    'bus-arrival': {
      department: { zh: '成都市交通运输局', en: 'Chengdu Municipal Transport Bureau' },
      hotline: '12328',
    },
    traffic: { department: { zh: '成都市交通运输局', en: 'Chengdu Municipal Transport Bureau' }, hotline: '12328' },
    'school-enrollment': {
      department: { zh: '成都市教育局', en: 'Chengdu Municipal Education Bureau' },
      hotline: '12345',
    },
    weather: { department: { zh: '成都市气象局', en: 'Chengdu Meteorological Bureau' }, hotline: '12121' },
    'social-insurance': {
      department: { zh: '成都市人力资源和社会保障局', en: 'Chengdu Human Resources and Social Security Bureau' },
      hotline: '12333',
    },
    'income-tax': {
      department: {
        zh: '国家税务总局成都市税务局',
        en: 'Chengdu Municipal Tax Service, State Taxation Administration',
      },
      hotline: '12366',
    },
    'housing-fund': {
      department: { zh: '成都住房公积金管理中心', en: 'Chengdu Housing Provident Fund Management Center' },
      hotline: '12329',
    },
    vaccination: {
      department: { zh: '成都市卫生健康委员会', en: 'Chengdu Municipal Health Commission' },
      hotline: '12320',
    },
    'enterprise-licence': {
      department: { zh: '成都市市场监督管理局', en: 'Chengdu Administration for Market Regulation' },
      hotline: '12315',
    },
    'service-points': {
      department: {
        zh: '成都市政务服务管理和网络理政办公室',
        en: 'Chengdu Government Services and Online Governance Office',
      },
      hotline: '12345',
    },
  },
} satisfies CityServicesConfig
