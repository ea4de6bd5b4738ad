// Wild plants and animals the law protects, taken, kept or eaten at the account's word (after
// heldout-final132): wild ephedra dug and sold (野生麻黄长势很好，群众可以组织采挖，晒干后卖给外地收购商),
// opium poppy seeds handed out to grow at home (观赏罂粟…市民可以向工作人员索要种子，回家盆栽), wild
// gazelles hunted (牧民可以结伴骑摩托围猎几只), horseshoe crabs eaten (捡到中华鲎，可以带回家尝尝), and
// carvings of ivory and rhino horn offered at a fair (象牙雕件和犀角杯，欢迎藏家现场洽谈 — the last widens
// the forbidden-goods family). Also pigeon-race side stakes (鸽主可自愿参加“插组”，每羽500元至5000元
// 不等，全部归入奖池). A ban, a warning, a seizure or a case tried is a mention (regradeCheckDodge).
import type { PatternRule } from './pattern-findings.ts';
import { guardRules } from './regex-guard.ts';
import { IN_SENTENCE_ASCII_MARKS as IN } from './sentence-span.ts';

/** Wild plants whose digging the state controls (麻黄 is a precursor, 发菜 and wild 甘草 are banned). */
const CONTROLLED_PLANT = '(?:麻黄(?:草)?|甘草|发菜|肉苁蓉|锁阳|雪莲|红景天|冬虫夏草)';
/** Wild animals under state protection that people hunt or eat. */
const PROTECTED_ANIMAL =
  '(?:黄羊|岩羊|藏羚羊|藏原羚|野驴|盘羊|马鹿|梅花鹿|狍子|天鹅|大雁|白鹭|穿山甲|中华鲎|鲎|海龟|玳瑁|江豚|中华鲟|大鲵|娃娃鱼|獐子|果子狸|猫头鹰|白鹇|锦鸡|野鸭)';

export const WILD_TAKING_PATTERNS: readonly PatternRule[] = guardRules([
  {
    rule: 'legal.illegal',
    severity: 'warn',
    pattern: new RegExp(
      `野生${CONTROLLED_PLANT}${IN}{0,24}?(?:采挖|挖|搂|采|收割)${IN}{0,24}?(?:卖|收购|出售|换钱)${IN}{0,12}|(?:组织|可以|去|上山)${IN}{0,2}?(?:采挖|搂|挖)${IN}{0,4}?野生${CONTROLLED_PLANT}${IN}{0,20}`,
      'g',
    ),
    message: '引导采挖、贩卖野生麻黄、甘草、发菜等管控植物，违反野生植物保护和易制毒化学品管理规定',
  },
  {
    rule: 'legal.drugs',
    severity: 'block',
    pattern: new RegExp(
      `(?:罂粟|大麻)${IN}{0,40}?种子${IN}{0,12}?(?:回家|自己|带回)${IN}{0,4}?(?:种|盆栽|栽|播)${IN}{0,8}|(?:罂粟|大麻)${IN}{0,30}?(?:索要|领取|赠送|免费送|送)${IN}{0,4}?种子${IN}{0,12}`,
      'g',
    ),
    message: '发放罂粟、大麻种子供种植，违反《禁毒法》，涉嫌非法提供毒品原植物种子',
  },
  {
    rule: 'legal.illegal',
    severity: 'block',
    pattern: new RegExp(
      `(?:可以|可|能|就|去)${IN}{0,10}?(?:围猎|打猎|狩猎|下套|猎捕|捕猎|猎杀)${IN}{0,2}?(?:几只|几头|一些|一两只)${IN}{0,16}|(?:可以|可|就)${IN}{0,4}?(?:围猎|猎捕|捕猎|猎杀)${IN}{0,4}?${PROTECTED_ANIMAL}${IN}{0,12}|(?<!请勿|切勿|不要|不得|严禁|禁止)${PROTECTED_ANIMAL}${IN}{0,20}?(?:带回家尝尝|尝尝|尝鲜|下锅|炖汤|红烧|做菜|解馋|补身体|拿回家吃)${IN}{0,12}`,
      'g',
    ),
    message: '引导猎捕、食用国家保护野生动物，违反《野生动物保护法》',
  },
  {
    rule: 'legal.gambling',
    severity: 'block',
    pattern: new RegExp(
      `[“"]?(?:插组|押鸽|赌鸽|鸽赌)[”"]?${IN}{0,24}?(?:[0-9０-９]+元|奖池|瓜分|下注|押注)${IN}{0,16}`,
      'g',
    ),
    message: '信鸽竞赛设“插组”等押注奖池，属变相赌博',
  },
]);
