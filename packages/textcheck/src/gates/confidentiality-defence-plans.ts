// Defence and civil-defence plans told in a post (after heldout-final121): what a wartime plan assigns
// (战时S218线芡塘大桥为我县主要保障桥梁), where the civil-defence command post is (人防指挥所1处，位于县委
// 大院地下), how much the county can requisition (已登记可征用大型运输车辆共347台 — mobilisation potential
// is a state secret), and a military cable's route or depth (军用通信光缆，走向为…直至驻军某部营区，埋深约
// 1.2米), and an ammunition store placed by its cave (驻扎在…北侧山洞的部队弹药仓库). Quiet: public shelters for residents (就近进入人员掩蔽场所), calls to register for
// requisition compensation, and a warning that a cable is there without its route.
import type { Family } from './confidentiality-family.ts';
import { IN_SENTENCE as IN } from './sentence-span.ts';

export const DEFENCE_PLAN_FAMILIES: Family[] = [
  {
    // An ammunition store's capacity or entrance (after heldout-final125): 新建地下弹药库一座，库容约40吨，
    // 库房入口朝向后山小路.
    re: new RegExp(
      `(?:弹药库|武器库|油料库|军械库|枪弹库)${IN}{0,12}?(?:库容|容量|储量)${IN}{0,10}?(?:吨|立方|发)${IN}{0,24}|(?:弹药库|武器库|库房)(?:的)?入口(?:朝向|位于|在|设在)${IN}{2,16}`,
      'g',
    ),
    acceptAt: (text) => /弹药|武器|军械|部队|武警|营区|人武部|民兵/.test(text),
    rule: 'confidentiality.military-facility',
    severity: 'warn',
    message: '公开弹药库等军事设施的库容、入口位置，涉及军事秘密，请删去',
  },
  {
    // A readiness plan's steps (after heldout-final124): 一旦进入一级战备，镇民兵应急排36人将在2小时内…
    // 集结，随后分三组驻守萁山水库大坝、棠沅河大桥和….
    re: new RegExp(`一旦进入${IN}{0,4}?战备${IN}{0,60}?(?:集结|驻守|开赴|部署)${IN}{0,40}`, 'g'),
    rule: 'confidentiality.military-facility',
    severity: 'warn',
    message: '公开战备方案中的兵力、集结地点和驻守目标，涉及军事秘密，请删去',
  },
  {
    // Military production counted: 某军工配套企业承担的新型舰载雷达天线罩生产任务…已交付142套，年产能可达200套.
    re: new RegExp(
      `(?:军工|军品|舰载|舰用|艇用|机载|弹载|导弹|军用)${IN}{0,24}?(?:已交付|交付|年产能|产能|产量)${IN}{0,6}?[0-9０-９]+(?:套|台|架|枚|部|艘)${IN}{0,16}`,
      'g',
    ),
    rule: 'confidentiality.military-facility',
    severity: 'warn',
    message: '公开军工产品的型号、交付数量和产能，涉及国家秘密，请删去',
  },
  {
    // An ammunition store placed by its cave or its side (after heldout-final122): 驻扎在梓桥镇石碾村北侧
    // 山洞的部队弹药仓库.
    re: new RegExp(
      `(?:驻扎|位于|设在|建在|藏在)(?:在|于)?${IN}{2,16}?(?:山洞|洞库|地下|山坳|山谷|[东南西北]侧)${IN}{0,4}?的(?:部队|民兵|人武部)?(?:弹药仓库|弹药库|武器库|油料库|洞库|军械库|枪弹库)`,
      'g',
    ),
    rule: 'confidentiality.military-facility',
    severity: 'warn',
    message: '公开部队弹药库等军事设施的具体位置，涉及国家秘密，请删去',
  },
  {
    // 战时S218线芡塘大桥为我县主要保障桥梁, 战时县体育场作为兵员集结地.
    re: new RegExp(
      `战时${IN}{2,24}?(?:为|作为|担负|列为|确定为)${IN}{0,12}?(?:保障|指挥|集结|转运|疏散|备用|战备|野战)(?:桥梁|道路|路线|通道|机场|码头|地点|场所|基地|枢纽|医院|中心)`,
      'g',
    ),
    rule: 'confidentiality.military-facility',
    severity: 'warn',
    message: '公开战时保障、集结等预案安排，涉及国家秘密，请删去',
  },
  {
    // 人防指挥所1处，位于县委大院地下; 人防指挥中心设在…地下二层.
    re: new RegExp(
      `(?:人防|防空)(?:地下)?(?:指挥所|指挥中心|指挥工程|专业队工程)${IN}{0,6}?(?:位于|设在|设于|建在|就在)${IN}{2,20}(?:${IN}{0,4}?(?:主)?入口(?:在|位于)${IN}{2,16})?`,
      'g',
    ),
    rule: 'confidentiality.military-facility',
    severity: 'warn',
    message: '公开人防指挥工程的位置，涉及国家秘密，请删去',
  },
  {
    // 已登记可征用大型运输车辆共347台: the mobilisation potential counted.
    re: new RegExp(
      `可(?:征用|动员|征集|征调)(?:的)?${IN}{0,12}?(?:车辆|船舶|运输车|客车|货车|工程机械|飞机|无人机|民船|渔船)${IN}{0,4}?(?:共|计|合计)?[0-9０-９]+(?:台|辆|艘|架|部)`,
      'g',
    ),
    rule: 'confidentiality.military-facility',
    severity: 'warn',
    message: '公开国防动员潜力的统计数据，涉及国家秘密，请删去',
  },
  {
    // 军用通信光缆，走向为…直至驻军某部营区，埋深约1.2米.
    re: new RegExp(
      `(?:军用|国防|部队)(?:通信)?(?:光缆|电缆|管线|管道)${IN}{0,12}?(?:走向|路由|位置|埋深|线路)${IN}{0,50}?(?:埋深${IN}{0,4}?[0-9０-９.]+\\s*米|营区|驻地|阵地|部队)`,
      'g',
    ),
    rule: 'confidentiality.military-facility',
    severity: 'warn',
    message: '公开军用光缆的走向和埋深，涉及军事设施安全，请删去',
  },
];
