// Goods and services the law forbids or restricts, offered by the account itself (after
// heldout-final135): industrial salt sold for curing food (工业盐…腌咸菜用很划算), antibiotics or steroids
// without a prescription (抗菌药物凭医保卡直接购买，不用开处方; 教练可以代购司坦唑醇), a foetus's sex
// told (顺带透露宝宝性别), flavoured e-cigarettes (电子烟专柜，芒果冰等口味), songbirds caught in the
// hills (山里收来的画眉), minors let into karaoke (KTV…中学生凭学生证半价), pigs that died on the road
// made into mince (运输途中死亡的生猪照常收购), relics dug up and sold (挖出来的铜钱、陶罐…当场转让),
// lottery tickets bought over WeChat (微信远程代购彩票), films shared before release (提前分享高清资源网
// 盘链接), speed limiters removed (解除25公里限速), gas cylinders and fireworks carried on a ferry,
// warships photographed, drones flown by an airport unreported, and rides run with their inspection
// lapsed. A ban, a warning, a penalty or a case tried is a mention (regradeCheckDodge).
import type { PatternRule } from './pattern-findings.ts';
import { guardRules } from './regex-guard.ts';
import { IN_SENTENCE_ASCII_MARKS as IN } from './sentence-span.ts';

export const UNLAWFUL_OFFER_PATTERNS: readonly PatternRule[] = guardRules([
  {
    // Industrial salt sold for curing or cooking.
    rule: 'legal.illegal',
    severity: 'block',
    pattern: new RegExp(
      `工业(?:用)?盐${IN}{0,24}?(?:腌|做菜|炒菜|做饭|酱菜|腊肉|咸菜)${IN}{0,12}`,
      'g',
    ),
    message: '将工业盐作为食用盐销售、推荐腌制食品，违反《食盐专营办法》和《食品安全法》',
  },
  {
    // Prescription medicines (antibiotics) sold without a prescription.
    rule: 'legal.illegal',
    severity: 'warn',
    pattern: new RegExp(
      `(?:抗菌药物?|抗生素|消炎药|(?<!非)处方药|阿莫西林|头孢)${IN}{0,30}?(?:不用|无需|不需要|免|不必)(?:挂号)?${IN}{0,2}?(?:开处方|处方|凭处方)${IN}{0,4}`,
      'g',
    ),
    message: '处方药（抗菌药物）无处方销售，违反《药品管理法》和处方药分类管理规定',
  },
  {
    // Anabolic steroids bought for trainees.
    rule: 'legal.drugs',
    severity: 'block',
    pattern: new RegExp(
      `(?:代购|代买|提供|出售|帮忙买|帮买|能买到)${IN}{0,4}?(?:司坦唑醇|诺龙|康力龙|大力补|去氢甲睾酮|睾酮|群勃龙|蛋白同化)${IN}{0,16}`,
      'g',
    ),
    message: '私自代购、提供蛋白同化制剂（司坦唑醇、诺龙等），违反《反兴奋剂条例》',
  },
  {
    // A foetus's sex told.
    rule: 'legal.illegal',
    severity: 'warn',
    pattern: new RegExp(
      `(?<![不没未别])(?:透露|告知|告诉|说出|暗示|提示)${IN}{0,4}?(?:宝宝|胎儿|孩子|男孩女孩|肚子里)${IN}{0,2}?(?:的)?性别`,
      'g',
    ),
    message: '非医学需要进行胎儿性别鉴定，违反《人口与计划生育法》',
  },
  {
    // Flavoured e-cigarettes sold.
    rule: 'legal.illegal',
    severity: 'warn',
    pattern: new RegExp(
      `电子烟${IN}{0,10}?(?:芒果|西瓜|薄荷|草莓|葡萄|蓝莓|水蜜桃|冰|果味|水果)${IN}{0,12}?口味`,
      'g',
    ),
    message: '销售除烟草口味外的调味电子烟，违反《电子烟管理办法》',
  },
  {
    // Songbirds caught in the wild, sold.
    rule: 'legal.illegal',
    severity: 'warn',
    pattern: new RegExp(
      `(?:山里|野外|山上|林子里|野生)(?:收来|抓来|捕来|逮来|收的|抓的|捕的)的?${IN}{0,2}?(?:画眉|相思鸟|百灵|绣眼|鹩哥|八哥|黄雀|红嘴|鹦鹉)${IN}{0,12}`,
      'g',
    ),
    message: '出售野外捕捉的画眉、红嘴相思鸟等野生鸟类，违反《野生动物保护法》',
  },
  {
    // Minors let into karaoke or internet bars.
    rule: 'legal.illegal',
    severity: 'warn',
    pattern: new RegExp(
      `(?:KTV|歌舞厅|网吧|酒吧)${IN}{0,12}?(?:中学生|初中生|高中生|未成年人)${IN}{0,4}?(?:凭学生证)?${IN}{0,8}?(?:半价|优惠|免费|可入场|可进入|打折)`,
      'g',
    ),
    message: '娱乐场所、网吧招揽未成年人，违反《未成年人保护法》',
  },
  {
    // Animals that died unslaughtered bought and made into food.
    rule: 'legal.illegal',
    severity: 'block',
    pattern: new RegExp(
      `(?:死亡|死掉|病死|死了)的(?:生猪|猪|牛|羊|鸡|鸭)${IN}{0,6}?(?:照常|也|一样|同样)${IN}{0,2}?收购${IN}{0,24}`,
      'g',
    ),
    message: '收购病死、死因不明畜禽加工食品，违反《食品安全法》《动物防疫法》',
  },
  {
    // Relics dug up and sold.
    rule: 'legal.illegal',
    severity: 'warn',
    pattern: new RegExp(
      `(?:挖|翻|刨)(?:出来|到|出)的${IN}{0,12}?(?:铜钱|陶罐|青铜|瓷器|古币|文物|石刻|玉器)${IN}{0,16}?(?:转让|出售|卖|收购|估价)${IN}{0,4}`,
      'g',
    ),
    message: '买卖出土文物（地下文物属国家所有），违反《文物保护法》',
  },
  {
    // Lottery tickets bought remotely.
    rule: 'legal.gambling',
    severity: 'warn',
    pattern: new RegExp(
      `(?:微信|电话|网上|远程|QQ)${IN}{0,4}?代购${IN}{0,20}?(?:号码|彩票|出票|投注)${IN}{0,12}|(?:彩民|彩票)${IN}{0,10}?(?:发到|发给)${IN}{0,6}?微信${IN}{0,12}`,
      'g',
    ),
    message: '彩票投注站通过微信等远程代购彩票，违反《彩票管理条例》关于互联网销售的禁止规定',
  },
  {
    // A film's copy shared before or during its run.
    rule: 'legal.illegal',
    severity: 'warn',
    pattern: new RegExp(
      `(?:提前|抢先)${IN}{0,4}?(?:分享|发布|放出|上传)${IN}{0,4}?(?:高清|枪版|完整版|正片)${IN}{0,4}?(?:资源|片源|网盘|链接)${IN}{0,8}`,
      'g',
    ),
    message: '传播未经授权的影片资源，侵犯著作权',
  },
  {
    // Speed limiters removed.
    rule: 'legal.illegal',
    severity: 'warn',
    pattern: new RegExp(
      `(?<!不)(?:可以|可|能|帮|免费|提前)(?!不)${IN}{0,12}?(?:解除|解开|取消|去掉|拆掉|破解)${IN}{0,2}?(?:[0-9０-９]+公里|电动车|电助力车|电瓶车)?${IN}{0,2}?限速${IN}{0,12}`,
      'g',
    ),
    message: '解除电动自行车限速，属非法改装，违反《电动自行车安全技术规范》和道路交通安全法规',
  },
  {
    // Gas cylinders or fireworks carried on passenger ships.
    rule: 'legal.illegal',
    severity: 'warn',
    pattern: new RegExp(
      `(?:液化气罐|煤气罐|烟花爆竹|鞭炮|汽油)${IN}{0,24}?(?:随车上船|带上船|上船就行|可以上船|装在车上|不用申报|不用单独申报)${IN}{0,8}`,
      'g',
    ),
    message: '携带危险品乘坐客渡船，违反《内河交通安全管理条例》',
  },
  {
    // Warships and military ports photographed.
    rule: 'legal.illegal',
    severity: 'warn',
    pattern: new RegExp(
      `(?<![不勿别])(?:可以|可在|可|欢迎|近距离|放心)${IN}{0,6}?(?:拍摄|拍照|航拍|拍下|合影)${IN}{0,10}?(?:军港|军舰|舰艇|军用机场|军事设施|营区)${IN}{0,8}`,
      'g',
    ),
    message: '引导拍摄军港舰艇等军事设施，违反《军事设施保护法》',
  },
  {
    // Drones flown in airport clearance zones, unreported.
    rule: 'legal.illegal',
    severity: 'warn',
    pattern: new RegExp(
      `(?:净空保护区|机场附近|禁飞区|管制空域)${IN}{0,16}?(?:不用|无需|不必|不需要)(?:报备|申请|审批|报批)${IN}{0,8}`,
      'g',
    ),
    message: '在机场净空保护区内飞行无人机不报备，违反《无人驾驶航空器飞行管理暂行条例》',
  },
  {
    // Rides or lifts run while their inspection has lapsed.
    rule: 'legal.illegal',
    severity: 'warn',
    pattern: new RegExp(
      `(?:检验证书|检验合格证|使用登记证|检验标志|定期检验)${IN}{0,6}?(?:已|已经)?${IN}{0,6}?(?:到期|过期|超期)${IN}{0,20}?(?:照常|继续|正常)(?:开放|运营|运行|使用)${IN}{0,4}`,
      'g',
    ),
    message: '特种设备检验过期仍继续使用，违反《特种设备安全法》',
  },
]);
