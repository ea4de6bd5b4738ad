// Technical details that are a state's or a firm's secret, told in a news item (after heldout-final136):
// a military radar's range and capacity before it enters service (该雷达设计探测距离达400公里，可同时跟踪
// 目标120批，计划明年装备部队), a new product's process and recipe while its patent is pending (陶瓷涂层中
// 氧化铝与勃姆石比例为7:3，涂覆厚度2微米，相关专利正在申请中), and a town's single source of power with
// what its failure would do (城区目前仍由110千伏河口变电站单线供电，一旦该站故障，城区将全面停电).
// Quiet: an old weapon in a museum, a price ratio, a plan to add a second source told without the risk.
import type { Family } from './confidentiality-family.ts';
import { IN_SENTENCE as IN } from './sentence-span.ts';

export const TECHNICAL_SPEC_FAMILIES: Family[] = [
  {
    // 该雷达设计探测距离达400公里，可同时跟踪目标120批.
    re: new RegExp(
      `(?:雷达|导弹|舰载|鱼雷|弹道|火控|电子战)${IN}{0,10}?(?:探测距离|作用距离|射程|跟踪目标|最大航程|探测精度|突防速度)${IN}{0,6}?[0-9０-９]+${IN}{0,24}`,
      'g',
    ),
    // A system still going into service, not a museum piece.
    when: (text) =>
      /装备部队|列装|某型|配套项目|研制/.test(text) && !/博物馆|纪念馆|退役|展出/.test(text),
    rule: 'confidentiality.military-facility',
    severity: 'warn',
    message: '公开在研武器装备的战术技术指标，属军事秘密，请删去',
  },
  {
    // 陶瓷涂层中氧化铝与勃姆石比例为7:3，涂覆厚度2微米.
    re: new RegExp(
      `(?:工艺|涂层|配方|配料|浆料|原料|电解液|催化剂)${IN}{0,16}?(?:比例|配比)(?:为|是|约为)[0-9０-９]+[:：比][0-9０-９]+${IN}{0,20}`,
      'g',
    ),
    // A product still being developed or patented, whose recipe is its owner's secret.
    when: (text) =>
      /专利正在申请|专利申请中|正在申请专利|尚未申请专利|中试|研发|技术秘密/.test(text),
    rule: 'confidentiality.operation',
    severity: 'warn',
    message: '公开在研产品的工艺配方和参数，属商业秘密，请删去',
  },
  {
    // 仍由110千伏河口变电站单线供电，一旦该站故障，城区将全面停电.
    re: new RegExp(
      `(?:仍由|仅由|只由|由)${IN}{0,16}?(?:单线|单一电源|单回路|单电源|单管|一条管线)(?:供电|供水|供气|输送)${IN}{0,30}?(?:一旦|如果|若|如)${IN}{0,16}?(?:故障|停运|中断|损坏|被破坏)${IN}{0,20}?(?:全面停电|全部停电|大面积停电|全城停水|全面停水|停气|瘫痪)`,
      'g',
    ),
    rule: 'confidentiality.operation',
    severity: 'warn',
    message: '公开关键设施单点供应及其故障后果，暴露薄弱环节，请删去',
  },
];
