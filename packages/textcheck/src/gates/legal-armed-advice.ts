// Weapons, force and threats offered or advised by the account itself (after heldout-final132): guns
// made at home to scare birds (养殖户可以自制土铳装点火药，朝天放几响), crossbows and bladed knives sold for
// the car (新到一批开刃砍刀和弩，自驾游客可以买一把带在车上防身), detonators bought outside the licensed
// supplier (雷管、炸药可以自己找渠道买，不必走民爆公司配送), staff told to beat whom they catch (先按在地上
// 揍一顿，再扭送派出所; 安排几个人把他拖到一边好好“收拾”一顿) and a critic threatened (发帖那位的住址我们
// 查得到，晚上出门可得小心点). A ban, a warning, a seizure or a case tried is a mention (regradeCheckDodge).
import type { PatternRule } from './pattern-findings.ts';
import { guardRules } from './regex-guard.ts';
import { IN_SENTENCE_ASCII_MARKS as IN } from './sentence-span.ts';

/** Guns a villager makes: 土铳, 火药枪, 鸟枪. */
const HOME_GUN = '(?:土铳|火铳|鸟铳|土枪|火药枪|猎枪|鸟枪|气枪|砂枪|铳)';
/** Told to do it, not reported done (他们有自制猎枪 is a report): 可以, 不妨, 建议, 教你. */
const ADVISED = '(?:可以|就能|不妨|建议|教你|教大家|学会|最好)';
/** Blades and bows no shop may sell for carrying. */
const ARM =
  '(?:开刃(?:的)?(?:砍刀|长刀|刀具|刀|剑|唐刀|苗刀)|(?<!强)弩(?!之末)|弓弩|管制刀具|甩棍|电击器|电棍|电击棍|弹弓枪)';
/** Explosives only licensed firms supply. */
const EXPLOSIVE = '(?:雷管|炸药|导火索|导爆索|民爆(?:物品|器材|产品))';

export const ARMED_ADVICE_PATTERNS: readonly PatternRule[] = guardRules([
  {
    rule: 'legal.weapons',
    severity: 'block',
    pattern: new RegExp(
      `${ADVISED}${IN}{0,6}?(?:自制|土制|自己做|自己造|私造|自己动手做|组装)(?:个|一把|几把|的)?${HOME_GUN}${IN}{0,24}|${ADVISED}${IN}{0,12}?${HOME_GUN}${IN}{0,10}?(?:装|填|灌|塞)(?:点|些|上)?(?:火药|黑火药|铁砂|钢珠)${IN}{0,16}`,
      'g',
    ),
    message: '教唆私自制造、使用火药枪支，违反《枪支管理法》，涉嫌非法制造枪支',
  },
  {
    rule: 'legal.weapons',
    severity: 'warn',
    pattern: new RegExp(
      `(?:新到|到货|出售|有售|售卖|销售|上架|新进)(?:一批|了)?${IN}{0,6}?${ARM}${IN}{0,30}|${ARM}${IN}{0,20}?(?:买一把|买把|买个|带在车上|随身带|随车带|带上|防身)${IN}{0,16}`,
      'g',
    ),
    message: '销售、推荐携带管制刀具、弩等器具，违反《治安管理处罚法》和管制器具管理规定',
  },
  {
    rule: 'legal.weapons',
    severity: 'block',
    pattern: new RegExp(
      `${EXPLOSIVE}${IN}{0,16}?(?:自己|自行|私下|另外|另)${IN}{0,4}?(?:找渠道|找人|买|购买|采购|弄)${IN}{0,20}|(?:不必|不用|不需要|无需|不要)走?民爆(?:公司|企业|仓库|配送)${IN}{0,16}`,
      'g',
    ),
    message: '引导绕开民爆企业自行购买雷管、炸药，违反《民用爆炸物品安全管理条例》',
  },
  {
    rule: 'legal.violence',
    severity: 'block',
    pattern: new RegExp(
      `(?:按在地上|摁在地上|按倒在地|拖到一边|拉到一边|拖到角落|拉到角落|拖到没人的地方)${IN}{0,8}?(?:揍|打|收拾|教训|修理)${IN}{0,12}|(?:揍|打|收拾|教训|修理)[”"]?一顿${IN}{0,4}?[，,]?(?:再|然后)${IN}{0,4}?(?:扭送|送派出所|送交|交给警察|报警)${IN}{0,8}|(?:安排|叫|找|派)(?:几个|几名|一些|两个|些)?人${IN}{0,12}?(?:好好|狠狠)?[“"]?(?:收拾|教训|揍|修理)[”"]?(?:一顿|一下)${IN}{0,6}`,
      'g',
    ),
    message: '教唆殴打他人，涉嫌故意伤害，违反《治安管理处罚法》',
  },
  {
    rule: 'legal.violence',
    severity: 'block',
    pattern: new RegExp(
      `(?:住址|住哪|家在哪|家住哪|住在哪|家里地址|孩子在哪上学)${IN}{0,8}?(?:我们|我)?(?:都)?(?:查得到|查到了|找得到|知道|一清二楚|清楚得很)${IN}{0,4}?[，,]${IN}{0,12}?(?:小心(?:点|些)?|当心|注意安全|走着瞧|等着)${IN}{0,6}`,
      'g',
    ),
    message: '以掌握住址相威胁，属恐吓他人，违反《治安管理处罚法》',
  },
]);
