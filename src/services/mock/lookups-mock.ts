/**
 * The services catalogue's look-ups, answered in the app from each city's places (cities/services/)
 * and the data below. Nothing is kept and nothing is logged: every answer is computed afresh from the
 * query and the mock's clock, so the same query at the same clock always answers the same.
 *
 * Rules the tests rely on:
 * - A query that breaks its schema is refused: kind `server`, status 422, with a message that names the
 *   field but never its value. A line, stop, district or road the city does not have, or a service the
 *   city does not offer (`contacts` in its services config), is kind `not-found` (404).
 * - Times are Beijing times (UTC+8), whatever the device's zone; "the previous month" is the calendar
 *   month before the clock's Beijing month. Every `updatedAt` is the clock's now.
 * - Personal look-ups (social-insurance, income-tax, housing-fund, vaccination) check the identity
 *   number, not the name. A number whose 3-digit sequence code (`residentId.slice(14, 17)`) is `000` has
 *   nothing on record: social insurance `{ insuredSince: null, status: 'none', months: [] }`; income tax
 *   `{ year, totalIncome: 0, totalTax: 0, records: [] }`; housing fund `{ status: 'none', balance: 0,
 *   monthlyDeposit: 0, employer: '', registeredMobile: null, deposits: [] }`; vaccination `{ doses: [] }`.
 * - Any other number has records, decided by the number and the city:
 *   - social insurance: status `paying`, `insuredSince` no later than January of the previous year, and
 *     the 12 months up to the previous month, newest first; the base lies between the city's floor and
 *     ceiling (`CONTRIBUTION_BASES`); personal = 10.5% of the base, employer = the city's employer rate,
 *     both to the fen; a minority changed employer within those months (`payer` differs).
 *   - income tax: wages (工资薪金) for every month of the asked year from `insuredSince` on, up to the
 *     previous month in the current year; none for a future year. Tax is the cumulative withholding of
 *     the 2019 law (5,000 a month, social insurance, housing fund and special deductions). A third of
 *     people also have one or two labour-service fees (劳务报酬), taxed at 20% after the 800/20% deduction.
 *     Records newest first; totals are the sums, to the fen.
 *   - housing fund: status `normal`; deposit = employee + employer share of the base, each rounded to the
 *     yuan (Shanghai 7% each; elsewhere 5, 8, 10 or 12% each); an 11-digit mobile starting 13, 15 or 18;
 *     the last 6 months' deposits up to the previous month, newest first.
 *   - vaccination: real vaccines by birth date (hepatitis B at birth, 1 and 6 months for those born from
 *     1992; COVID-19 in 2021–22 for adults; flu in some autumns; …), none after the clock's today, at
 *     the city's community health centres; newest first.
 * - enterprise-licence: a code starting `9` (registered with market regulation) is an enterprise of the
 *   city: active, except about one in ten revoked or cancelled; any other valid code → `{ enterprise: null }`.
 * - bus-arrival: `towards` is the line's last stop. From 23:00 to 04:59 no buses run (`arrivals: []`);
 *   otherwise 0–3 buses, minutes ascending, `stopsAway` = min(the stop's index on the line,
 *   ceil(minutes / 3)), so it never falls as minutes rise.
 * - traffic: decided by the area and the Beijing hour; 7:00–9:59 and 17:00–19:59 are worse; 0–3
 *   incidents, all within the last 2 hours, newest first.
 * - school-enrollment: the enrolment year is the clock's year up to August, the next year from
 *   September; five steps dated in that year, and 4 rules that differ between primary and junior-high.
 * - weather: now, and the 3 days from tomorrow, from the city's climate for that month.
 * - service-points: the district's service centre and 2–3 subdistrict/town centres, with landline
 *   numbers (area code, a hyphen, 7 or 8 digits).
 * - garbage-sorting (Shanghai's four categories): dictionary items whose Chinese name contains the
 *   query, or whose English name contains it ignoring case; at most 10, dictionary order; else `[]`.
 * - parking: 3–6 public car parks of the district (names, addresses, sizes and tariffs fixed per
 *   district), free spaces by the Beijing hour: 9:00–11:59 and 14:00–17:59 are the peak, when about one
 *   in three is full (0) and the rest have at most 15% free; 0:00–6:59 all have at least half free.
 * - air-quality: the national AQI (HJ 633-2012) of the clock's Beijing hour: the highest sub-index of
 *   the six pollutants (all listed, μg/m³, CO mg/m³ to 0.1), whose pollutant is primary if the AQI is
 *   over 50, else null; advice by AQI band; `hourly` is the 6 whole hours up to this one, newest first
 *   (`hourly[0].aqi` = `aqi`). Particles rise in winter, ozone on summer afternoons; in Yinchuan, one
 *   spring (March–May) day in four is a dust day, the same in every district: PM10 primary, AQI over
 *   150, and the advice starts with 沙尘天气. PM10 stays under 250 μg/m³ on other days.
 */
import * as v from 'valibot'
import type { CityId } from '../../../config/settings'
import type { CityServicesConfig, Place } from '../../cities/city-config'
import { loadServicesConfig } from '../../cities/services/load-services-config'
import type { LocalizedText } from '../common-schemas'
import { ServiceError } from '../errors'
import {
  LOOKUP_QUERY_SCHEMAS,
  POLLUTANTS,
  SERVICE_IDS,
  type LookupQuery,
  type LookupResult,
  type ServiceId,
  type WEATHER_CONDITIONS,
} from '../lookups/lookup-schemas'
import type { LookupsPort } from '../lookups/lookups-port'
import type { MockRuntime } from './mock-runtime'
import { stableHash } from './stable-hash'

const MINUTE = 60_000
const HOUR = 60 * MINUTE
const DAY = 24 * HOUR

type Condition = (typeof WEATHER_CONDITIONS)[number]
type Stage = LookupQuery<'school-enrollment'>['stage']

/** What the mock knows of a city beyond its services config. */
interface CityData {
  name: LocalizedText
  /** How company names start: 上海…有限公司. */
  prefixes: readonly string[]
  trades: readonly string[]
  areaCode: string
  /** Local numbers: their first digits and length. */
  phone: { leads: string; digits: number }
  plates: readonly string[]
  /** Social insurance contribution base from July 2025, yuan a month. */
  base: { floor: number; ceiling: number }
  /** The employer's social insurance share (pension 16% and the rest). */
  employerRate: number
  /** Housing fund rate, each of employee and employer. */
  fundRates: readonly number[]
  /** District id → `main road zh|en|subdistrict or town zh:en|…` (a town's name ends in 镇). */
  places: Record<string, string>
  centre: LocalizedText
  community: LocalizedText
  centreHours: LocalizedText
  /** Who registers companies, as in 上海市徐汇区市场监督管理局. */
  registrar: LocalizedText
  /** Average daily high and low per month, °C; humidity and AQI ranges; chance of rain or snow, %. */
  climate: { high: number[]; low: number[]; humidity: [number, number]; aqi: [number, number]; wet: number }
  /** The winter condition that is not rain: Chengdu's haze, Shanghai's fog. */
  murk: Condition
  /** Spring dust (沙尘) blows in from the deserts: Yinchuan's. */
  dust: boolean
  enrolment: {
    platform: LocalizedText
    /** Per step, `MM-DD` or `MM-DD/MM-DD`. */
    dates: Record<Stage, readonly string[]>
    rules: Record<Stage, LocalizedText>
  }
}

const text = (zh: string, en: string): LocalizedText => ({ zh, en })

const CITIES: Record<CityId, CityData> = {
  shanghai: {
    name: text('上海市', 'Shanghai'),
    prefixes: ['上海'],
    trades: ['申联', '浦江', '汇鑫', '华亭', '沪远', '东湖', '松云', '启明'],
    areaCode: '021',
    phone: { leads: '5665', digits: 8 },
    plates: ['沪B', '沪D'],
    base: { floor: 7460, ceiling: 37302 },
    employerRate: 0.26,
    fundRates: [0.07],
    places: {
      huangpu: '西藏南路|Xizang South Road|南京东路:Nanjing Donglu|外滩:Waitan|瑞金二路:Ruijin Erlu',
      xuhui: '漕溪北路|Caoxi North Road|徐家汇:Xujiahui|田林:Tianlin|漕河泾:Caohejing',
      changning: '长宁路|Changning Road|华阳路:Huayanglu|新华路:Xinhualu',
      jingan: '共和新路|Gonghexin Road|静安寺:Jing’ansi|江宁路:Jiangninglu|大宁路:Daninglu',
      putuo: '大渡河路|Daduhe Road|长寿路:Changshoulu|甘泉路:Ganquanlu|长征镇:Changzheng',
      hongkou: '飞虹路|Feihong Road|四川北路:Sichuan Beilu|欧阳路:Ouyanglu|曲阳路:Quyanglu',
      yangpu: '江浦路|Jiangpu Road|五角场:Wujiaochang|控江路:Kongjianglu',
      minhang: '沪闵路|Humin Road|莘庄镇:Xinzhuang|七宝镇:Qibao|江川路:Jiangchuanlu',
      baoshan: '密山路|Mishan Road|友谊路:Youyilu|顾村镇:Gucun|大场镇:Dachang',
      jiading: '博乐路|Bole Road|新成路:Xinchenglu|南翔镇:Nanxiang|安亭镇:Anting',
      pudong: '合欢路|Hehuan Road|陆家嘴:Lujiazui|花木:Huamu|张江镇:Zhangjiang',
      jinshan: '金山大道|Jinshan Avenue|石化:Shihua|朱泾镇:Zhujing|枫泾镇:Fengjing',
      songjiang: '园中路|Yuanzhong Road|岳阳:Yueyang|方松:Fangsong|九亭镇:Jiuting',
      qingpu: '公园路|Gongyuan Road|夏阳:Xiayang|赵巷镇:Zhaoxiang|朱家角镇:Zhujiajiao',
      fengxian: '解放东路|Jiefang East Road|南桥镇:Nanqiao|奉浦:Fengpu',
      chongming: '人民路|Renmin Road|城桥镇:Chengqiao|陈家镇:Chenjia|堡镇:Baozhen',
    },
    centre: text('行政服务中心', 'Administrative Service Centre'),
    community: text('社区事务受理服务中心', 'Community Affairs Service Centre'),
    centreHours: text('周一至周五 9:00–17:00，周六 9:00–12:00', 'Mon–Fri 9:00–17:00, Sat 9:00–12:00'),
    registrar: text('市场监督管理局', 'Administration for Market Regulation'),
    climate: {
      high: [8, 10, 14, 20, 25, 28, 32, 32, 28, 23, 17, 11],
      low: [2, 4, 7, 12, 17, 21, 26, 26, 22, 16, 10, 4],
      humidity: [60, 85],
      aqi: [30, 90],
      wet: 32,
    },
    murk: 'fog',
    dust: false,
    enrolment: {
      platform: text('上海市义务教育入学报名系统', 'the Shanghai compulsory education enrolment system'),
      dates: {
        primary: ['04-08/04-23', '05-10/05-11', '06-12', '06-20/06-30', '08-28/08-29'],
        'junior-high': ['04-08/04-23', '05-10/05-11', '06-13', '06-22/06-30', '08-28/08-29'],
      },
      rules: {
        primary: text(
          '非本市户籍儿童，须父母一方持有效《上海市居住证》且积分达到标准分值，或持《居住证》满规定年限。',
          'Without Shanghai household registration, one parent must hold a valid Shanghai Residence Permit with the standard points, or have held a permit for the required years.',
        ),
        'junior-high': text(
          '非本市户籍学生，须在本市完成小学学业，且父母一方符合居住证入学条件。',
          'Without Shanghai household registration, pupils must have finished primary school in Shanghai and one parent must meet the residence-permit conditions.',
        ),
      },
    },
  },
  chengdu: {
    name: text('成都市', 'Chengdu'),
    prefixes: ['成都', '四川'],
    trades: ['蓉锦', '锦城', '蜀汇', '芙蓉', '川瑞', '青城', '锦官', '天府'],
    areaCode: '028',
    phone: { leads: '8668', digits: 8 },
    plates: ['川A'],
    base: { floor: 4246, ceiling: 21228 },
    employerRate: 0.242,
    fundRates: [0.05, 0.08, 0.1, 0.12],
    places: {
      jinjiang: '东大街|Dongda Street|春熙路:Chunxilu|书院街:Shuyuanjie|牛市口:Niushikou',
      qingyang: '蜀都大道|Shudu Avenue|草市街:Caoshijie|少城:Shaocheng|光华:Guanghua',
      jinniu: '一环路北三段|First Ring Road North Sec. 3|驷马桥:Simaqiao|荷花池:Hehuachi|营门口:Yingmenkou',
      wuhou: '武侯祠大街|Wuhouci Street|浆洗街:Jiangxijie|玉林:Yulin|火车南站:Huochenanzhan',
      chenghua: '建设路|Jianshe Road|猛追湾:Mengzhuiwan|双桥子:Shuangqiaozi',
      longquanyi: '驿都大道|Yidu Avenue|龙泉:Longquan|大面:Damian|十陵:Shiling',
      qingbaijiang: '凤凰大道|Fenghuang Avenue|大弯:Dawan|大同:Datong|红阳:Hongyang',
      xindu: '新都大道|Xindu Avenue|新都:Xindu|大丰:Dafeng|三河:Sanhe',
      wenjiang: '光华大道|Guanghua Avenue|柳城:Liucheng|公平:Gongping|涌泉:Yongquan',
      shuangliu: '棠湖路|Tanghu Road|东升:Dongsheng|九江:Jiujiang|西航港:Xihanggang',
      pidu: '望丛中路|Wangcong Middle Road|郫筒:Pitong|犀浦:Xipu|红光:Hongguang',
      xinjin: '希望路|Xiwang Road|五津:Wujin|花源:Huayuan|普兴:Puxing',
      jianyang: '雄州大道|Xiongzhou Avenue|简城:Jiancheng|射洪坝:Shehongba|东溪:Dongxi',
      dujiangyan: '都江堰大道|Dujiangyan Avenue|灌口:Guankou|幸福:Xingfu|奎光塔:Kuiguangta',
      pengzhou: '天彭大道|Tianpeng Avenue|天彭:Tianpeng|致和:Zhihe|丽春镇:Lichun',
      qionglai: '长松路|Changsong Road|临邛:Linqiong|文君:Wenjun|羊安:Yang’an',
      chongzhou: '蜀州路|Shuzhou Road|崇阳:Chongyang|三江:Sanjiang|羊马:Yangma',
      jintang: '十里大道|Shili Avenue|淮口:Huaikou|栖贤:Qixian|三星镇:Sanxing',
      dayi: '晋原大道|Jinyuan Avenue|晋原:Jinyuan|沙渠:Shaqu|安仁镇:Anren',
      pujiang: '朝阳大道|Chaoyang Avenue|鹤山:Heshan|寿安:Shou’an|大塘镇:Datang',
    },
    centre: text('政务服务中心', 'Government Service Centre'),
    community: text('便民服务中心', 'Community Service Centre'),
    centreHours: text('周一至周五 9:00–17:00，周六、周日 10:00–16:00', 'Mon–Fri 9:00–17:00, Sat–Sun 10:00–16:00'),
    registrar: text('市场监督管理局', 'Administration for Market Regulation'),
    climate: {
      high: [10, 12, 17, 23, 27, 29, 31, 31, 26, 21, 16, 11],
      low: [3, 5, 9, 14, 18, 21, 23, 23, 20, 15, 10, 4],
      humidity: [70, 88],
      aqi: [35, 110],
      wet: 35,
    },
    murk: 'haze',
    dust: false,
    enrolment: {
      platform: text('成都市义务教育入学服务平台', 'the Chengdu compulsory education enrolment platform'),
      dates: {
        primary: ['06-01/06-10', '06-11/06-20', '07-15', '07-25/07-31', '08-29/08-30'],
        'junior-high': ['06-01/06-10', '06-11/06-20', '07-16', '07-26/07-31', '08-29/08-30'],
      },
      rules: {
        primary: text(
          '随迁子女凭父母一方在本市的居住证和社保缴纳证明申请，按积分入学办法统筹安排学位。',
          'Children of families who moved here apply with a parent’s Chengdu residence permit and social insurance record; places are allocated by points.',
        ),
        'junior-high': text(
          '随迁子女须在本市就读并完成小学学业，由区（市）县教育行政部门统筹安排初中学位。',
          'Children of families who moved here must finish primary school in Chengdu; the district education bureau allocates a junior high place.',
        ),
      },
    },
  },
  yinchuan: {
    name: text('银川市', 'Yinchuan'),
    prefixes: ['宁夏', '银川'],
    trades: ['塞上', '凤城', '贺兰', '宁光', '艾依', '沙湖', '西夏', '朔方'],
    areaCode: '0951',
    phone: { leads: '5668', digits: 7 },
    plates: ['宁A'],
    base: { floor: 4237, ceiling: 21186 },
    employerRate: 0.245,
    fundRates: [0.05, 0.08, 0.1, 0.12],
    places: {
      xingqing: '解放东街|Jiefang East Street|文化街:Wenhuajie|新华街:Xinhuajie|凤凰北街:Fenghuang Beijie',
      jinfeng:
        '北京中路|Beijing Middle Road|长城中路:Changcheng Zhonglu|黄河东路:Huanghe Donglu|满城北街:Mancheng Beijie',
      xixia: '朔方路|Shuofang Road|朔方路:Shuofanglu|文昌路:Wenchanglu|贺兰山西路:Helanshan Xilu',
      yongning: '宁和南街|Ninghe South Street|杨和镇:Yanghe|李俊镇:Lijun|望远镇:Wangyuan',
      helan: '银河东路|Yinhe East Road|习岗镇:Xigang|金贵镇:Jingui|立岗镇:Ligang',
      lingwu: '灵州大道|Lingzhou Avenue|城区:Chengqu|宁东镇:Ningdong|东塔镇:Dongta',
    },
    centre: text('政务服务中心', 'Government Service Centre'),
    community: text('便民服务中心', 'Community Service Centre'),
    centreHours: text('周一至周五 9:00–12:00、13:30–17:30', 'Mon–Fri 9:00–12:00 and 13:30–17:30'),
    registrar: text('审批服务管理局', 'Administrative Approval Service Bureau'),
    climate: {
      high: [-1, 4, 11, 19, 25, 29, 30, 28, 24, 17, 8, 1],
      low: [-13, -9, -2, 5, 11, 16, 19, 18, 12, 4, -4, -11],
      humidity: [25, 55],
      aqi: [40, 120],
      wet: 12,
    },
    murk: 'haze',
    dust: true,
    enrolment: {
      platform: text('银川市义务教育招生入学服务平台', 'the Yinchuan compulsory education enrolment platform'),
      dates: {
        primary: ['07-01/07-10', '07-11/07-20', '07-22', '07-25/07-31', '08-28/08-29'],
        'junior-high': ['07-03/07-12', '07-13/07-20', '07-23', '07-26/07-31', '08-28/08-29'],
      },
      rules: {
        primary: text(
          '进城务工人员随迁子女凭居住证明和务工证明，由区（县）教育局统筹安排公办学校就读。',
          'Children of migrant workers bring proof of residence and work; the district or county education bureau allocates a state school place.',
        ),
        'junior-high': text(
          '进城务工人员随迁子女在本市小学毕业的，按相对就近原则统筹安排初中学位。',
          'Children of migrant workers who finished primary school in Yinchuan get a junior high place near home.',
        ),
      },
    },
  },
}

const INDUSTRIES = [
  '信息科技',
  '商贸',
  '建筑工程',
  '餐饮管理',
  '物流',
  '文化传媒',
  '生物科技',
  '企业管理咨询',
  '电子商务',
]
const SURNAMES = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗高'
const GIVEN = [
  '伟',
  '芳',
  '敏',
  '静',
  '磊',
  '洋',
  '军',
  '杰',
  '婷',
  '强',
  '建华',
  '晓明',
  '丽娟',
  '志强',
  '海燕',
  '国庆',
]

const STEP_TEXTS: [LocalizedText, LocalizedText][] = [
  [
    text('入学信息登记', 'Registration'),
    text(
      '在{p}登记户籍、居住地址和监护人信息。',
      'Register the household registration, home address and guardians on {p}.',
    ),
  ],
  [
    text('材料审核', 'Document check'),
    text(
      '携户口簿、房产证明或居住证等材料，按通知到指定地点现场验证。',
      'Bring the household register, proof of home ownership or the residence permit to the check you are called to.',
    ),
  ],
  [
    text('民办学校电脑随机录取', 'Private-school random draw'),
    text(
      '报名人数超过招生计划的民办学校，在公证下实行电脑随机录取。',
      'Private schools with more applicants than places admit by a computer draw, under notarisation.',
    ),
  ],
  [
    text('录取结果公布', 'Results'),
    text(
      '在{p}查询录取结果；未被民办学校录取的，由区教育局统筹安排公办学校。',
      'See the result on {p}; children not admitted by a private school get a state school place from the district.',
    ),
  ],
  [
    text('新生报到', 'Enrolment day'),
    text(
      '持录取通知书和户口簿到学校报到，9月1日开学。',
      'Bring the admission notice and household register to the school; term starts on 1 September.',
    ),
  ],
]

const COMMON_RULES: Record<Stage, LocalizedText[]> = {
  primary: [
    text('年满6周岁（当年8月31日前出生）的适龄儿童可报名入学。', 'Children who turn six by 31 August may enrol.'),
    text(
      '公办小学按户籍和实际居住地对口入学，人户一致的优先。',
      'State primary schools admit by catchment; children registered and living at the same address come first.',
    ),
    text(
      '公办、民办学校同步招生；民办学校报名人数超过招生计划的，实行电脑随机录取。',
      'State and private schools admit at the same time; oversubscribed private schools admit by computer draw.',
    ),
  ],
  'junior-high': [
    text(
      '小学应届毕业生按小学对口初中入学。',
      'This year’s primary school leavers go to the junior high paired with their primary school.',
    ),
    text('九年一贯制学校的小学毕业生直升本校初中。', 'Pupils of nine-year schools continue in the same school.'),
    text(
      '民办初中报名人数超过招生计划的实行电脑随机录取；未被录取的回到对口公办初中。',
      'Oversubscribed private junior highs admit by computer draw; pupils not drawn go to their paired state school.',
    ),
  ],
}

/** Shanghai's categories: [zh, en, category, tip if the category's own is not enough]. */
type GarbageCategory = LookupResult<'garbage-sorting'>['matches'][number]['category']
const GARBAGE: [string, string, GarbageCategory, string?, string?][] = [
  ['报纸', 'Newspaper', 'recyclable'],
  ['快递纸箱', 'Cardboard box', 'recyclable'],
  ['塑料瓶', 'Plastic bottle', 'recyclable'],
  ['易拉罐', 'Drink can', 'recyclable'],
  ['玻璃瓶', 'Glass bottle', 'recyclable'],
  ['旧衣服', 'Old clothes', 'recyclable'],
  ['旧书', 'Old books', 'recyclable'],
  ['旧手机', 'Old mobile phone', 'recyclable'],
  ['牛奶盒', 'Milk carton', 'recyclable', '利乐包装请清空、压扁后投放。', 'Empty and flatten cartons first.'],
  ['泡沫塑料', 'Polystyrene foam', 'recyclable'],
  ['金属锅', 'Metal pan', 'recyclable'],
  ['充电电池', 'Rechargeable battery', 'hazardous'],
  ['纽扣电池', 'Button cell battery', 'hazardous'],
  ['过期药品', 'Expired medicine', 'hazardous', '连同包装一起投放。', 'Put it in with its packaging.'],
  ['荧光灯管', 'Fluorescent tube', 'hazardous'],
  ['节能灯', 'Energy-saving bulb', 'hazardous'],
  ['水银温度计', 'Mercury thermometer', 'hazardous'],
  ['油漆桶', 'Paint can', 'hazardous'],
  ['杀虫剂', 'Insecticide', 'hazardous'],
  ['剩菜剩饭', 'Leftovers', 'wet'],
  ['果皮', 'Fruit peel', 'wet'],
  ['苹果核', 'Apple core', 'wet'],
  ['菜叶', 'Vegetable leaves', 'wet'],
  ['蛋壳', 'Eggshells', 'wet'],
  ['茶叶渣', 'Used tea leaves', 'wet'],
  ['鱼骨', 'Fish bones', 'wet'],
  ['过期食品', 'Expired food', 'wet', '去掉包装后投放，包装另行分类。', 'Unwrap it; sort the packaging separately.'],
  ['咖啡渣', 'Coffee grounds', 'wet'],
  ['瓜子壳', 'Sunflower seed shells', 'wet'],
  ['鲜花', 'Cut flowers', 'wet'],
  ['面包', 'Bread', 'wet'],
  [
    '大骨头',
    'Large bones',
    'dry',
    '猪腿骨等大骨头难以腐烂，属于干垃圾。',
    'Big bones such as pork leg bones do not rot: dry waste.',
  ],
  [
    '干电池',
    'Dry cell battery',
    'dry',
    '无汞干电池属于干垃圾；充电电池、纽扣电池是有害垃圾。',
    'Mercury-free dry cells are dry waste; rechargeable and button cells are hazardous.',
  ],
  ['用过的纸巾', 'Used tissues', 'dry'],
  ['尿不湿', 'Nappies', 'dry'],
  ['烟蒂', 'Cigarette ends', 'dry'],
  ['陶瓷碗', 'Ceramic bowl', 'dry'],
  ['榴莲壳', 'Durian shell', 'dry', '坚硬难以腐烂，属于干垃圾。', 'Too hard to rot: dry waste.'],
  ['椰子壳', 'Coconut shell', 'dry', '坚硬难以腐烂，属于干垃圾。', 'Too hard to rot: dry waste.'],
  ['猫砂', 'Cat litter', 'dry'],
]
const GARBAGE_TIPS: Record<GarbageCategory, LocalizedText> = {
  recyclable: text(
    '轻投轻放；清洁干燥，避免污染；立体包装清空后压扁投放。',
    'Clean and dry; empty containers and flatten them.',
  ),
  hazardous: text(
    '轻放，易破损的连同包装投放；易挥发的密封后投放。',
    'Handle with care; keep fragile items wrapped; seal anything that evaporates.',
  ),
  wet: text('沥干水分，去除包装后投放。', 'Drain it and take it out of its packaging.'),
  dry: text('尽量沥干水分；难以辨识类别的投放到干垃圾容器。', 'Drain it; anything you cannot place goes in dry waste.'),
}

const SALARY = text('工资薪金', 'Wages and salaries')
const LABOUR = text('劳务报酬', 'Remuneration for labour services')
/** The annual brackets of the cumulative withholding method: [up to, rate, quick deduction]. */
const TAX_BRACKETS: [number, number, number][] = [
  [36_000, 0.03, 0],
  [144_000, 0.1, 2_520],
  [300_000, 0.2, 16_920],
  [420_000, 0.25, 31_920],
  [660_000, 0.3, 52_920],
  [960_000, 0.35, 85_920],
  [Number.POSITIVE_INFINITY, 0.45, 181_920],
]

/** A repeatable sequence of whole numbers from a seed (mulberry32): `draw(n)` is in [0, n). */
function draws(seed: string): (n: number) => number {
  let state = stableHash(seed)
  return (n) => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = Math.imul(state ^ (state >>> 15), state | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) % n
  }
}
type Draw = ReturnType<typeof draws>

const pad = (n: number) => String(n).padStart(2, '0')
const fen = (yuan: number) => Math.round(yuan * 100) / 100
const sum = (values: number[]) => fen(values.reduce((a, b) => a + b, 0))
const pick = <T>(draw: Draw, items: readonly T[]): T => items[draw(items.length)]
const digits = (draw: Draw, count: number) => Array.from({ length: count }, () => draw(10)).join('')

/** The clock's Beijing calendar and wall time. */
function beijingTime(now: number) {
  const d = new Date(now + 8 * HOUR)
  const [year, month, day] = [d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate()]
  return {
    year,
    month,
    day,
    hour: d.getUTCHours(),
    minute: d.getUTCMinutes(),
    date: `${year}-${pad(month)}-${pad(day)}`,
  }
}

/** `YYYY-MM` of the month `offset` months from year/month (1-based). */
function monthOf(year: number, month: number, offset = 0): string {
  const index = year * 12 + month - 1 + offset
  return `${Math.floor(index / 12)}-${pad((index % 12) + 1)}`
}

function shiftDate(date: string, days: number, months = 0): string {
  const [y, m, d] = date.split('-').map(Number)
  return new Date(Date.UTC(y, m - 1 + months, d) + days * DAY).toISOString().slice(0, 10)
}

interface Context {
  city: CityId
  config: CityServicesConfig
  data: CityData
  now: number
  bj: ReturnType<typeof beijingTime>
}

function notFound(what: string): never {
  throw new ServiceError('not-found', `No such ${what} in this city`, 404)
}

function district(ctx: Context, id: string): Place {
  return ctx.config.districts.find((d) => d.id === id) ?? notFound('district')
}

/** A district's main road and its subdistricts and towns, from `CityData.places`. */
function placesOf(ctx: Context, districtId: string) {
  const [roadZh, roadEn, ...parts] = (ctx.data.places[districtId] ?? '|').split('|')
  const subdistricts = parts.map((part) => {
    const [zh, en] = part.split(':')
    const town = zh.endsWith('镇')
    return {
      place: text(zh, en),
      name: text(town ? zh : `${zh}街道`, `${en} ${town ? 'Town' : 'Subdistrict'}`),
      office: text(
        town ? `${zh}人民政府` : `${zh}街道办事处`,
        `${en} ${town ? 'Town Government' : 'Subdistrict Office'}`,
      ),
      town,
    }
  })
  return { road: text(roadZh, roadEn), subdistricts }
}

function companyName(ctx: Context, draw: Draw): string {
  return `${pick(draw, ctx.data.prefixes)}${pick(draw, ctx.data.trades)}${pick(draw, INDUSTRIES)}有限公司`
}

/** What the city holds on a person, or null for nobody on record (sequence code 000). */
function personOf(ctx: Context, residentId: string) {
  if (residentId.slice(14, 17) === '000') return null
  const draw = draws(`${ctx.city}|person|${residentId}`)
  const { floor, ceiling } = ctx.data.base
  // Wages spread like real ones: most near the floor, a few over the ceiling (whose base is capped).
  const salary = Math.round((floor * 0.95 + (draw(1000) / 1000) ** 2 * (ceiling * 1.3 - floor)) / 10) * 10
  const base = Math.min(ceiling, Math.max(floor, salary))
  const { year, month } = ctx.bj
  const birthYear = Number(residentId.slice(6, 10))
  const started = monthOf(Math.max(birthYear + 22, 2000) + draw(6), 1 + draw(12))
  const latest = monthOf(year - 1, 1)
  const employer = companyName(ctx, draw)
  // One in five changed jobs within the last year: months before `changed` were paid by another company.
  const changed = draw(5) === 0 ? monthOf(year, month, -1 - draw(11)) : ''
  const previous = companyName(ctx, draw)
  return {
    draw,
    salary,
    base,
    since: started < latest ? started : latest,
    payerIn: (m: string) => (m < changed && previous !== employer ? previous : employer),
    employer,
    fundRate: pick(draw, ctx.data.fundRates),
  }
}
type Person = NonNullable<ReturnType<typeof personOf>>

/** Both shares of the housing fund, each rounded to the yuan as the funds do. */
const fundDeposit = (person: Person) => 2 * Math.round(person.base * person.fundRate)

/** The months before the clock's month, newest first. */
function lastMonths(ctx: Context, count: number): string[] {
  return Array.from({ length: count }, (_, i) => monthOf(ctx.bj.year, ctx.bj.month, -1 - i))
}

function annualTax(taxable: number): number {
  const [, rate, quick] = TAX_BRACKETS.find(([upTo]) => taxable <= upTo) ?? TAX_BRACKETS[0]
  return Math.max(0, taxable * rate - quick)
}

function isRush(hour: number) {
  return (hour >= 7 && hour < 10) || (hour >= 17 && hour < 20)
}

type Pollutant = (typeof POLLUTANTS)[number]
/**
 * Concentrations at IAQI 0, 50, 100, 150, 200, 300, 400, 500 (HJ 633-2012): 1-hour values for the gases
 * (SO₂ over 800 by its 24-hour ones), 24-hour for the particles.
 */
const BREAKPOINTS: Record<Pollutant, number[]> = {
  pm25: [0, 35, 75, 115, 150, 250, 350, 500],
  pm10: [0, 50, 150, 250, 350, 420, 500, 600],
  o3: [0, 160, 200, 300, 400, 800, 1000, 1200],
  no2: [0, 100, 200, 700, 1200, 2340, 3090, 3840],
  so2: [0, 150, 500, 650, 800, 1600, 2100, 2620],
  co: [0, 5, 10, 35, 60, 90, 120, 150],
}
const IAQI = [0, 50, 100, 150, 200, 300, 400, 500]

function subIndex(id: Pollutant, value: number): number {
  const bp = BREAKPOINTS[id]
  const i = bp.findIndex((b, k) => k > 0 && value <= b)
  if (i < 0) return 500
  return Math.ceil(IAQI[i - 1] + ((IAQI[i] - IAQI[i - 1]) * (value - bp[i - 1])) / (bp[i] - bp[i - 1]))
}

/** Per AQI band (优 … 严重污染), from HJ 633-2012's advice. */
const AIR_ADVICE = [
  text('空气质量令人满意，各类人群可正常活动。', 'Air quality is good: enjoy the outdoors.'),
  text(
    '空气质量可接受，极少数异常敏感人群应减少户外活动。',
    'Acceptable; unusually sensitive people should spend less time outdoors.',
  ),
  text(
    '儿童、老年人及心脏病、呼吸系统疾病患者应减少长时间、高强度的户外锻炼。',
    'Children, older people and those with heart or lung disease should cut down long or hard exercise outdoors.',
  ),
  text(
    '儿童、老年人及心脏病、呼吸系统疾病患者避免长时间、高强度的户外锻炼，一般人群适量减少户外运动。',
    'Children, older people and those with heart or lung disease should avoid long or hard exercise outdoors; others should do less.',
  ),
  text(
    '儿童、老年人和心脏病、肺病患者应停留在室内，停止户外运动，一般人群减少户外运动。',
    'Children, older people and those with heart or lung disease should stay indoors; others should exercise outdoors less.',
  ),
  text(
    '儿童、老年人和病人应当留在室内，避免体力消耗，一般人群应避免户外活动。',
    'Children, older people and the sick should stay indoors and rest; others should not go out.',
  ),
]
const DUST_ADVICE = text(
  '沙尘天气：外出请戴口罩，关好门窗，驾车减速慢行。',
  'Dust: wear a mask outside, keep windows shut, drive slowly.',
)
/** Heating in winter raises particles; the summer sun raises ozone. By month. */
const SMOG = [1.6, 1.4, 1.1, 0.9, 0.8, 0.7, 0.7, 0.7, 0.8, 1.0, 1.3, 1.6]
const SUN = [0.3, 0.4, 0.6, 0.8, 1, 1.1, 1.1, 1, 0.8, 0.6, 0.4, 0.3]

/** A district's air in the Beijing hour that starts at `start`: the day's weather is the city's. */
function airAt(ctx: Context, districtId: string, start: number) {
  const { month, hour, date } = beijingTime(start)
  const day = draws(`${ctx.city}|air|${date}`)
  const draw = draws(`${ctx.city}|air|${districtId}|${date}|${hour}`)
  const m = month - 1
  const level = SMOG[m] * (0.6 + day(80) / 100) * (0.85 + draw(30) / 100) * (0.92 + (stableHash(districtId) % 17) / 100)
  const sun = SUN[m] * (0.7 + day(60) / 100) * (hour >= 12 && hour < 18 ? 1 : hour >= 9 && hour < 20 ? 0.6 : 0.25)
  // One spring day in four, dust: PM10 over 250 (AQI over 150) all day.
  const dust = ctx.data.dust && m >= 2 && m <= 4 && day(4) === 0 ? (250 + day(300)) * (1 + draw(40) / 100) : 0
  const values: Record<Pollutant, number> = {
    pm25: Math.round(35 * level * (m <= 2 || m >= 10 ? 1.3 : 1) + dust * 0.15),
    pm10: Math.round(75 * level + dust),
    o3: Math.round(40 + 120 * sun),
    no2: Math.round(32 * level * (isRush(hour) ? 1.4 : 1)),
    so2: Math.round(9 * level),
    co: Math.round(8 * level) / 10,
  }
  const indexes = POLLUTANTS.map((id) => subIndex(id, values[id]))
  const aqi = Math.max(...indexes)
  return { aqi, primary: aqi > 50 ? POLLUTANTS[indexes.indexOf(aqi)] : null, values, dust: dust > 0 }
}

type Handlers = { [S in ServiceId]: (ctx: Context, query: LookupQuery<S>) => LookupResult<S> }

const HANDLERS: Handlers = {
  'bus-arrival': (ctx, { lineId, stopId }) => {
    const line = ctx.config.busLines.find((l) => l.id === lineId) ?? notFound('bus line')
    const index = line.stops.findIndex((s) => s.id === stopId)
    if (index < 0) notFound('stop on this line')
    const towards = line.stops[line.stops.length - 1].name
    const updatedAt = new Date(ctx.now).toISOString()
    const { hour, minute, date } = ctx.bj
    if (hour >= 23 || hour < 5) return { towards, arrivals: [], updatedAt }
    const draw = draws(`${ctx.city}|bus|${lineId}|${stopId}|${date}T${hour}:${minute}`)
    const count = [0, 1, 2, 2, 3, 3][draw(6)]
    const arrivals: LookupResult<'bus-arrival'>['arrivals'] = []
    let minutes = draw(6)
    for (let i = 0; i < count; i += 1) {
      arrivals.push({
        minutes,
        stopsAway: Math.min(index, Math.ceil(minutes / 3)),
        plate: `${pick(draw, ctx.data.plates)}·${digits(draw, 5)}`,
        crowding: pick(
          draw,
          isRush(hour)
            ? (['crowded', 'standing', 'standing', 'seats'] as const)
            : (['seats', 'seats', 'standing'] as const),
        ),
      })
      minutes += 4 + draw(10)
    }
    return { towards, arrivals, updatedAt }
  },

  traffic: (ctx, { areaId }) => {
    const road = ctx.config.roads.find((r) => r.id === areaId)
    const area = road ?? district(ctx, areaId)
    const { hour, date } = ctx.bj
    const draw = draws(`${ctx.city}|traffic|${areaId}|${date}|${hour}`)
    const night = hour < 6 || hour >= 22
    const score = draw(60) + (isRush(hour) ? 40 : 0) - (night ? 30 : 0)
    const level = score < 40 ? 'smooth' : score < 70 ? 'slow' : score < 90 ? 'congested' : 'blocked'
    // Elevated roads and expressways run faster than a district's streets at the same level.
    const speeds = { smooth: [30, 15], slow: [20, 10], congested: [10, 10], blocked: [3, 7] }[level]
    const averageSpeedKmh = Math.round((speeds[0] + draw(speeds[1])) * (road ? 1.6 : 1))
    const count = draw(night ? 2 : isRush(hour) ? 4 : 3)
    const incidents = Array.from({ length: count }, () => {
      const kind = pick(draw, ['accident', 'accident', 'roadworks', 'closure', 'event'] as const)
      const way = pick(draw, [
        text('（东往西方向）', ', westbound'),
        text('（西往东方向）', ', eastbound'),
        text('（南往北方向）', ', northbound'),
        text('（北往南方向）', ', southbound'),
      ])
      const street = road ? undefined : placesOf(ctx, area.id).road
      const place = road
        ? text(`${road.name.zh}${way.zh}`, `${road.name.en}${way.en}`)
        : text(`${area.name.zh}${street?.zh ?? ''}`, street ? `${street.en}, ${area.name.en}` : area.name.en)
      const detail = {
        accident: text('两车追尾，占用一条车道，请减速慢行。', 'A rear-end collision blocks one lane; slow down.'),
        roadworks: text('道路养护施工，封闭一条车道。', 'Maintenance works close one lane.'),
        closure: text('临时封闭，请绕行。', 'Closed for now; use another route.'),
        event: text('大型活动散场，车流量较大。', 'A large event is ending; heavy traffic.'),
      }[kind]
      return { at: new Date(ctx.now - (1 + draw(119)) * MINUTE).toISOString(), kind, place, detail }
    }).sort((a, b) => b.at.localeCompare(a.at))
    return { level, averageSpeedKmh, incidents, updatedAt: new Date(ctx.now).toISOString() }
  },

  'school-enrollment': (ctx, { districtId, stage }) => {
    district(ctx, districtId)
    const year = ctx.bj.month < 9 ? ctx.bj.year : ctx.bj.year + 1
    const { platform, dates, rules } = ctx.data.enrolment
    const fill = (t: LocalizedText) => text(t.zh.replace('{p}', `“${platform.zh}”`), t.en.replace('{p}', platform.en))
    const steps = dates[stage].map((span, i) => {
      const [from, to] = span.split('/')
      return {
        from: `${year}-${from}`,
        to: to ? `${year}-${to}` : null,
        title: STEP_TEXTS[i][0],
        detail: fill(STEP_TEXTS[i][1]),
      }
    })
    return { year, steps, rules: [...COMMON_RULES[stage], rules[stage]] }
  },

  weather: (ctx, { districtId }) => {
    district(ctx, districtId)
    const { high, low, humidity, aqi, wet } = ctx.data.climate
    const offset = (stableHash(districtId) % 3) - 1
    const dayOf = (date: string) => {
      const draw = draws(`${ctx.city}|weather|${districtId}|${date}`)
      const month = Number(date.slice(5, 7)) - 1
      const swing = draw(7) - 3 + offset
      const dayLow = low[month] + swing - draw(2)
      const roll = draw(100)
      const winter = month <= 1 || month === 11
      const condition: Condition =
        roll < wet
          ? dayLow <= 0
            ? 'snow'
            : roll < wet / 3
              ? 'rain'
              : 'light-rain'
          : roll < wet + 25
            ? 'cloudy'
            : roll < wet + 38
              ? 'overcast'
              : winter && roll < wet + 48
                ? ctx.data.murk
                : 'sunny'
      const dayHigh = high[month] + swing - (condition.includes('rain') || condition === 'snow' ? 3 : 0)
      return { date, high: Math.max(dayHigh, dayLow + 2), low: dayLow, condition }
    }
    const today = dayOf(ctx.bj.date)
    const { hour } = ctx.bj
    // Coolest around 6:00, warmest around 14:00.
    const warmth = hour >= 6 && hour <= 14 ? (hour - 6) / 8 : 1 - ((hour + 24 - 14) % 24) / 16
    const draw = draws(`${ctx.city}|weather-now|${districtId}|${ctx.bj.date}|${hour}`)
    const rainy = today.condition.includes('rain') || today.condition === 'snow'
    return {
      now: {
        temperature: Math.round(today.low + (today.high - today.low) * warmth),
        condition: today.condition,
        humidity: Math.min(100, humidity[0] + draw(humidity[1] - humidity[0]) + (rainy ? 12 : 0)),
        windScale: 1 + draw(3) + (ctx.city === 'yinchuan' ? 1 : 0),
        aqi: Math.max(15, aqi[0] + draw(aqi[1] - aqi[0]) + (today.condition === 'haze' ? 70 : 0) - (rainy ? 15 : 0)),
      },
      days: [1, 2, 3].map((n) => dayOf(shiftDate(ctx.bj.date, n))),
      updatedAt: new Date(ctx.now).toISOString(),
    }
  },

  'social-insurance': (ctx, { residentId }) => {
    const person = personOf(ctx, residentId)
    if (!person) return { insuredSince: null, status: 'none', months: [] }
    const personal = fen(person.base * 0.105)
    const employer = fen(person.base * ctx.data.employerRate)
    const months = lastMonths(ctx, 12).map((month) => ({
      month,
      base: person.base,
      personal,
      employer,
      payer: person.payerIn(month),
    }))
    return { insuredSince: person.since, status: 'paying', months }
  },

  'income-tax': (ctx, { residentId, year }) => {
    const person = personOf(ctx, residentId)
    const last = year < ctx.bj.year ? 12 : year === ctx.bj.year ? ctx.bj.month - 1 : 0
    const months = Array.from({ length: last }, (_, i) => monthOf(year, i + 1)).filter(
      (m) => person && m >= person.since,
    )
    if (!person || months.length === 0) return { year, totalIncome: 0, totalTax: 0, records: [] }
    const draw = draws(`${ctx.city}|tax|${residentId}|${year}`)
    const monthlyDeduction =
      5000 + fen(person.base * 0.105) + fundDeposit(person) / 2 + pick(draw, [0, 1000, 1500, 2000, 3000, 5000])
    const records: LookupResult<'income-tax'>['records'] = []
    let withheld = 0
    months.forEach((month, i) => {
      const due = fen(annualTax(Math.max(0, (i + 1) * (person.salary - monthlyDeduction))))
      records.push({
        month,
        payer: person.payerIn(month),
        kind: SALARY,
        income: person.salary,
        tax: fen(due - withheld),
      })
      withheld = due
    })
    if (draw(3) === 0) {
      const client = companyName(ctx, draw)
      for (const month of new Set([pick(draw, months), pick(draw, months)])) {
        const income = 500 * (4 + draw(13))
        const tax = fen((income <= 4000 ? income - 800 : income * 0.8) * 0.2)
        records.push({ month, payer: client, kind: LABOUR, income, tax })
      }
    }
    // Newest first; within a month, wages before fees.
    records.sort((a, b) => b.month.localeCompare(a.month) || (a.kind === SALARY ? -1 : b.kind === SALARY ? 1 : 0))
    return {
      year,
      totalIncome: sum(records.map((r) => r.income)),
      totalTax: sum(records.map((r) => r.tax)),
      records,
    }
  },

  'housing-fund': (ctx, { residentId }) => {
    const person = personOf(ctx, residentId)
    if (!person) {
      return { status: 'none', balance: 0, monthlyDeposit: 0, employer: '', registeredMobile: null, deposits: [] }
    }
    const monthlyDeposit = fundDeposit(person)
    const [sinceYear, sinceMonth] = person.since.split('-').map(Number)
    const paidMonths = (ctx.bj.year - sinceYear) * 12 + ctx.bj.month - sinceMonth
    // Most people have drawn on it (rent, a home purchase): what is left is a few years' deposits at most.
    const balance = fen(monthlyDeposit * Math.min(paidMonths, 6 + person.draw(54)) * 1.015)
    const mobile = `1${pick(person.draw, ['3', '5', '8'])}${digits(person.draw, 9)}`
    return {
      status: 'normal',
      balance,
      monthlyDeposit,
      employer: person.employer,
      registeredMobile: mobile,
      deposits: lastMonths(ctx, 6).map((month) => ({ month, amount: monthlyDeposit })),
    }
  },

  vaccination: (ctx, { residentId }) => {
    if (!personOf(ctx, residentId)) return { doses: [] }
    const draw = draws(`${ctx.city}|vaccination|${residentId}`)
    const birth = `${residentId.slice(6, 10)}-${residentId.slice(10, 12)}-${residentId.slice(12, 14)}`
    const birthYear = Number(birth.slice(0, 4))
    const districtId = pick(draw, ctx.config.districts).id
    const home = district(ctx, districtId)
    const { subdistricts } = placesOf(ctx, districtId)
    const clinic = () => {
      const s = pick(draw, subdistricts)
      return s.town
        ? text(`${home.name.zh}${s.name.zh}卫生院`, `${s.name.en} Health Centre, ${home.name.en}`)
        : text(
            `${home.name.zh}${s.name.zh}社区卫生服务中心`,
            `${s.name.en} Community Health Service Centre, ${home.name.en}`,
          )
    }
    const doses: LookupResult<'vaccination'>['doses'] = []
    const add = (date: string, vaccine: LocalizedText, dose: number, site = clinic()) => {
      if (date >= birth && date <= ctx.bj.date) doses.push({ date, vaccine, dose, site })
    }
    if (birthYear >= 1992) {
      const hepB = text('乙型肝炎疫苗', 'Hepatitis B vaccine')
      add(birth, hepB, 1, text(`${home.name.zh}妇幼保健院`, `${home.name.en} Maternal and Child Health Hospital`))
      add(shiftDate(birth, 0, 1), hepB, 2)
      add(shiftDate(birth, 0, 6), hepB, 3)
    }
    if (birthYear >= 2008) {
      const mmr = text('麻腮风联合减毒活疫苗', 'Measles, mumps and rubella vaccine (live)')
      add(shiftDate(birth, 0, 8), mmr, 1)
      add(shiftDate(birth, 0, 18), mmr, 2)
    }
    if (birth <= '2003-06-01') {
      const covid = text('新冠病毒灭活疫苗（Vero细胞）', 'COVID-19 vaccine (Vero cell), inactivated')
      const first = shiftDate('2021-04-01', draw(90))
      add(first, covid, 1)
      add(shiftDate(first, 28 + draw(28)), covid, 2)
      if (draw(5) > 0) add(shiftDate('2021-11-15', draw(90)), covid, 3)
    }
    const female = Number(residentId[16]) % 2 === 0
    if (female && birthYear >= 1990 && birthYear <= 2010 && draw(3) === 0) {
      const hpv = text('9价人乳头瘤病毒疫苗', '9-valent HPV vaccine')
      const first = shiftDate('2023-03-01', draw(300))
      add(first, hpv, 1)
      add(shiftDate(first, 0, 2), hpv, 2)
      add(shiftDate(first, 0, 6), hpv, 3)
    }
    if (ctx.bj.year - birthYear >= 60) {
      add(
        shiftDate('2024-10-08', draw(40)),
        text('23价肺炎球菌多糖疫苗', '23-valent pneumococcal polysaccharide vaccine'),
        1,
      )
    }
    const flu = text('流感病毒裂解疫苗', 'Influenza vaccine (split virion)')
    for (let year = ctx.bj.year - 2; year <= ctx.bj.year; year += 1) {
      if (draw(2) === 0) add(shiftDate(`${year}-10-01`, draw(50)), flu, 1)
    }
    return { doses: doses.sort((a, b) => b.date.localeCompare(a.date)) }
  },

  'enterprise-licence': (ctx, { creditCode }) => {
    // Codes registered with market regulation start with 9; others (institutions, associations) are not here.
    if (!creditCode.startsWith('9')) return { enterprise: null }
    const draw = draws(`${ctx.city}|enterprise|${creditCode}`)
    const where = pick(draw, ctx.config.districts)
    const { road } = placesOf(ctx, where.id)
    const { name: city, registrar } = ctx.data
    const roll = draw(20)
    const byDistrict = draw(3) > 0
    // 成都市武侯区… but 简阳市… and 金堂县…: only a city's districts carry its name.
    const districtZh = where.name.zh.endsWith('区') ? `${city.zh}${where.name.zh}` : where.name.zh
    return {
      enterprise: {
        name: companyName(ctx, draw),
        status: roll === 0 ? 'revoked' : roll === 1 ? 'cancelled' : 'active',
        type: pick(draw, [
          text(
            '有限责任公司（自然人投资或控股）',
            'Limited liability company (invested or controlled by natural persons)',
          ),
          text(
            '有限责任公司（自然人投资或控股）',
            'Limited liability company (invested or controlled by natural persons)',
          ),
          text('有限责任公司（自然人独资）', 'Limited liability company (wholly owned by a natural person)'),
          text(
            '股份有限公司（非上市、自然人投资或控股）',
            'Company limited by shares (unlisted, controlled by natural persons)',
          ),
        ]),
        legalRepresentative: `${SURNAMES[draw(SURNAMES.length)]}${pick(draw, GIVEN)}`,
        registeredCapital: `${pick(draw, [10, 50, 100, 200, 500, 1000, 3000])}万元人民币`,
        establishedOn: `${1998 + draw(Math.max(1, ctx.bj.year - 1998))}-${pad(1 + draw(12))}-${pad(1 + draw(28))}`,
        authority: byDistrict
          ? text(`${districtZh}${registrar.zh}`, `${where.name.en} ${registrar.en}, ${city.en}`)
          : text(`${city.zh}${registrar.zh}`, `${city.en} ${registrar.en}`),
        address: `${city.zh}${where.name.zh}${road.zh}${1 + draw(999)}号${2 + draw(20)}${pad(1 + draw(30))}室`,
      },
    }
  },

  'service-points': (ctx, { districtId }) => {
    const area = district(ctx, districtId)
    const { road, subdistricts } = placesOf(ctx, districtId)
    const { name: city, centre, community, centreHours, areaCode, phone } = ctx.data
    const numberFor = (seed: string) => {
      const draw = draws(`${ctx.city}|phone|${seed}`)
      return `${areaCode}-${pick(draw, [...phone.leads])}${digits(draw, phone.digits - 1)}`
    }
    const main = {
      name: text(`${area.name.zh}${centre.zh}`, `${area.name.en} ${centre.en}`),
      address: text(
        `${city.zh}${area.name.zh}${road.zh}${1 + (stableHash(districtId) % 600)}号`,
        `No. ${1 + (stableHash(districtId) % 600)} ${road.en}, ${area.name.en}, ${city.en}`,
      ),
      hours: centreHours,
      phone: numberFor(districtId),
    }
    const local = subdistricts.map((s) => ({
      name: text(`${s.name.zh}${community.zh}`, `${s.name.en} ${community.en}`),
      address: text(
        `${city.zh}${area.name.zh}${s.office.zh}一楼`,
        `Ground floor, ${s.office.en}, ${area.name.en}, ${city.en}`,
      ),
      hours: text('周一至周五 9:00–17:00（法定节假日除外）', 'Mon–Fri 9:00–17:00 (closed on public holidays)'),
      phone: numberFor(`${districtId}|${s.name.zh}`),
    }))
    return { points: [main, ...local] }
  },

  parking: (ctx, { districtId }) => {
    const area = district(ctx, districtId)
    const { road, subdistricts } = placesOf(ctx, districtId)
    const { name: city, centre } = ctx.data
    const at = (zh: string, en: string) => text(`${city.zh}${area.name.zh}${zh}`, `${en}, ${area.name.en}, ${city.en}`)
    const onRoad = (n: number) => at(`${road.zh}${n}号`, `No. ${n} ${road.en}`)
    const draw = draws(`${ctx.city}|parking|${districtId}`)
    const named = (zh: string, en: string) => text(`${area.name.zh}${zh}`, `${area.name.en} ${en}`)
    // The service centre's car park is at the centre's address (service-points).
    const parks = [
      [named(`${centre.zh}停车场`, `${centre.en} Car Park`), onRoad(1 + (stableHash(districtId) % 600))],
      [text(`${road.zh}地下停车场`, `${road.en} Underground Car Park`), onRoad(1 + draw(800))],
      ...subdistricts.map((s) => [
        text(`${s.place.zh}公共停车场`, `${s.place.en} Public Car Park`),
        at(`${s.office.zh}旁`, `Next to ${s.office.en}`),
      ]),
      [named('体育中心停车场', 'Sports Centre Car Park'), onRoad(1 + draw(800))],
      [named('人民医院停车场', 'People’s Hospital Car Park'), onRoad(1 + draw(800))],
    ].slice(0, 3 + draw(4))
    const { hour, date } = ctx.bj
    const now = draws(`${ctx.city}|parking|${districtId}|${date}|${hour}`)
    const peak = (hour >= 9 && hour < 12) || (hour >= 14 && hour < 18)
    const carParks = parks.map(([name, address]) => {
      const totalSpaces = pick(draw, [60, 80, 120, 150, 200, 260, 320, 400, 500, 650])
      const [first, then] = pick(draw, ['5/2', '4/2', '3/1', '6/3', '2/1']).split('/')
      // The share of spaces taken: one in three full at the peak.
      const full = peak && now(3) === 0
      const busy = full ? 1 : peak ? 0.85 + now(15) / 100 : hour < 7 ? 0.15 + now(30) / 100 : 0.45 + now(40) / 100
      return {
        name,
        address,
        freeSpaces: totalSpaces - Math.round(totalSpaces * busy),
        totalSpaces,
        fee: text(`首小时${first}元，之后每小时${then}元`, `¥${first} first hour, then ¥${then} an hour`),
      }
    })
    return { carParks, updatedAt: new Date(ctx.now).toISOString() }
  },

  'air-quality': (ctx, { districtId }) => {
    district(ctx, districtId)
    const start = Math.floor(ctx.now / HOUR) * HOUR
    const { aqi, primary, values, dust } = airAt(ctx, districtId, start)
    const band = AIR_ADVICE[[50, 100, 150, 200, 300].filter((b) => aqi > b).length]
    return {
      aqi,
      primaryPollutant: primary,
      pollutants: POLLUTANTS.map((id) => ({ id, value: values[id] })),
      advice: dust ? text(DUST_ADVICE.zh + band.zh, `${DUST_ADVICE.en} ${band.en}`) : band,
      updatedAt: new Date(ctx.now).toISOString(),
      hourly: [0, 1, 2, 3, 4, 5].map((n) => ({
        at: new Date(start - n * HOUR).toISOString(),
        aqi: airAt(ctx, districtId, start - n * HOUR).aqi,
      })),
    }
  },

  'garbage-sorting': (_ctx, { item }) => {
    const wanted = item.toLowerCase()
    const matches = GARBAGE.filter(([zh, en]) => zh.includes(item) || en.toLowerCase().includes(wanted))
      .slice(0, 10)
      .map(([zh, en, category, tipZh, tipEn]) => ({
        item: text(zh, en),
        category,
        tip: tipZh && tipEn ? text(tipZh, tipEn) : GARBAGE_TIPS[category],
      }))
    return { matches }
  },
}

/** The in-app look-ups: see the rules at the top of this file. */
export function createLookupsMock(runtime: MockRuntime): LookupsPort {
  return {
    lookup: <S extends ServiceId>(city: CityId, service: S, query: LookupQuery<S>) =>
      runtime.call(async () => {
        if (!SERVICE_IDS.includes(service)) notFound('look-up')
        const parsed = v.safeParse(LOOKUP_QUERY_SCHEMAS[service], query)
        if (!parsed.success) {
          // The field, never its value: queries carry names and identity numbers.
          const field = parsed.issues[0].path?.map((p) => String(p.key)).join('.') ?? 'query'
          throw new ServiceError('server', `Look-up query refused: ${service} ${field}`, 422)
        }
        const config = await loadServicesConfig(city)
        const data = CITIES[city]
        if (!config || !data || !config.contacts[service]) notFound('look-up')
        const now = runtime.clock.now()
        const ctx: Context = { city, config, data, now, bj: beijingTime(now) }
        const answer = HANDLERS[service] as Handlers[S]
        return runtime.respond(answer(ctx, parsed.output as LookupQuery<S>))
      }),
  }
}
