// Where a site kept from the public is and the way in (after heldout-final128): a discipline body's
// detention site and its rooms (留置点设在原县委党校老校区3号楼，共有8个留置室; where a named person is held,
// after final219: 被留置于县委党校后院二号楼留置点), a control room hidden in a
// mountain and the tunnel to it (中央控制室，藏在左岸山体里，从3号交通洞进去往里走200米就到), a classified
// net's cable route (机要专网光缆…线路从县委大院北门出，沿解放路地下管道敷设至县政府), and where the radio
// monitoring vans stand on an exam day (监测车分别停靠在一中东门外的邮政所院内). Quiet: the site named
// without its place (负责留置场所协调), a service's own hall (政务服务中心位于…), a cable warned of
// without its route, and the monitoring announced without its posts (对各考点周边开展无线电监测).
import { type Family, sentenceLacks } from './confidentiality-family.ts';
import { IN_SENTENCE as IN } from './sentence-span.ts';

export const PROTECTED_SITE_FAMILIES: Family[] = [
  {
    // A detention or case-handling site placed: 留置点设在原县委党校老校区3号楼; 谈话点位于…宾馆6楼.
    re: new RegExp(
      `(?:留置点|留置场所|留置室|谈话点|办案点|办案基地)${IN}{0,4}?(?:设在|设于|位于|建在|就在|安排在)${IN}{2,24}`,
      'g',
    ),
    rule: 'confidentiality.case-details',
    severity: 'warn',
    message: '公开纪检监察留置、谈话场所的具体位置，属工作秘密，请删去',
  },
  {
    // Where a person under 留置 is held, told of the person (after final219): 目前黄某某被留置于县委党校
    // 后院二号楼留置点; 王某现留置在某宾馆6楼; 其正在城郊办案点接受留置. The measure is announced (依法对其
    // 采取留置措施); the place is not. A lien on goods (车辆留置于修理厂) is no discipline case.
    re: new RegExp(
      `留置(?:于|在)${IN}{2,24}?(?:留置点|留置场所|留置室|办案点|谈话点|办案基地|党校|宾馆|酒店|招待所|培训中心|基地|[0-9０-９一二三四五六七八九十]+(?:号楼|楼|层|室|栋|幢))|在${IN}{2,20}?(?:留置点|留置场所|留置室|办案点|办案基地)(?:接受|被)(?:留置|审查|调查)`,
      'g',
    ),
    when: (text) => /纪委|监委|监察|审查调查|纪律审查/.test(text),
    rule: 'confidentiality.case-details',
    severity: 'warn',
    message: '公开被留置人员的留置地点，属纪检监察工作秘密，请删去',
  },
  {
    // A control room or a command post hidden, and the way in: 藏在左岸山体里，从3号交通洞进去往里走200米
    // 就到; 指挥中心设在山洞里.
    re: new RegExp(
      `(?:控制室|中控室|指挥所|指挥中心|调度中心|机房|保密室)${IN}{0,4}?(?:藏在|建在|设在|位于|就在)${IN}{0,10}?(?:山体|山洞|洞内|洞里|地下|洞库)${IN}{0,30}|从${IN}{1,12}?(?:进去|进入|进)${IN}{0,6}?(?:往里|向里|往前|直走)${IN}{0,4}?[0-9０-９一二三四五六七八九十百]+米(?:就到|即到|便是|就是)`,
      'g',
    ),
    when: (text) =>
      /控制室|中控室|指挥所|指挥中心|调度中心|机房|保密室|枪弹库|弹药库/.test(text) &&
      !/景区|游客|导览|参观路线/.test(text),
    rule: 'confidentiality.operation',
    severity: 'warn',
    message: '公开关键设施控制中枢的隐蔽位置和进入路径，危及设施安全，请删去',
  },
  {
    // A classified net's cable route: 机要专网光缆…线路从县委大院北门出，沿解放路地下管道敷设至县政府.
    re: new RegExp(
      `(?:机要|涉密)${IN}{0,10}?(?:光缆|线路|管线|专线)${IN}{0,20}?(?:(?:从|由|自)${IN}{2,12}?(?:出|引出|出发)${IN}{0,6}?(?:沿|经|穿)|(?:走向|路由)(?:为|是))${IN}{2,40}`,
      'g',
    ),
    rule: 'confidentiality.operation',
    severity: 'warn',
    message: '公开机要、涉密通信线路的走向，属保密工作秘密，请删去',
  },
  {
    // A map published with military or lifeline sites drawn on it: 图中标注了空军西郊机场油料库、武警中队营区
    // 的精确范围和各建筑高程.
    re: new RegExp(
      `(?:图中|图上|地图上?|影像图?中?|成果图中?)${IN}{0,8}?(?:标注|标出|标明|显示|可见)(?:了|有)?${IN}{0,12}?(?:机场油料库|油料库|弹药库|营区|军事设施|军事禁区|军事管理区|雷达站|导弹|军用机场|武警(?:营区|中队|支队))${IN}{0,30}`,
      'g',
    ),
    acceptAt: sentenceLacks(/不得|严禁|禁止|应当删除|须经审核/),
    rule: 'confidentiality.military-facility',
    severity: 'warn',
    message: '公开标注军事设施等涉密内容的地图，违反地图审核和保密规定，请删去',
  },
  {
    // Where the radio monitoring vans stand on an exam day: 监测车分别停靠在一中东门外的邮政所院内.
    re: new RegExp(
      `(?:监测车|压制车|干扰车|测向车|侦测车)${IN}{0,8}?(?:分别)?(?:停靠|停放|部署|设在|停在|布设|架设|隐蔽)(?:在|于)${IN}{2,30}`,
      'g',
    ),
    when: (text) => !/考试结束|考后|已结束/.test(text),
    rule: 'confidentiality.exam-content',
    severity: 'warn',
    message: '公开考试期间无线电监测、压制车辆的停放位置，将使反作弊措施落空，请删去',
  },
];
