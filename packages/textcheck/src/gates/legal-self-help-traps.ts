// Pattern family of the legal gate for an unlawful and deadly way of guarding crops, stock or a house
// given as advice: 村民可在田边私拉电网进行防范, 建议农户架设电网防野猪, 可在地头安放捕兽夹, 可布设
// 钢丝套. Private electric fences kill people (刑法 第一百一十四条、第一百一十五条, 电力设施保护条例), and
// gin traps and snares are banned hunting gear (野生动物保护法). A ban or a warning (严禁私拉电网, 切勿
// 私设电网, 不要安放捕兽夹) stops before the advice; an electric fence sold as such (电子围栏) and poison
// bait for rats (鼠洞口投放毒饵, public-health practice) are other things.
import type { PatternRule } from './pattern-findings.ts';
import { guardRules } from './regex-guard.ts';

/** Advice: 可, 可以, 建议, 不妨, 鼓励 — not 不可, 不建议. */
const ADVISED = '(?<![不禁])(?:可|可以|建议|不妨|鼓励|应|要|请|指导|引导)';
/** What may stand between the advice and the act: no ban or warning word. */
const GAP = '(?:(?!不|勿|禁|别|严|防止|杜绝|以免|避免)[^。；！？\\n]){0,14}?';
/** The trap: a private electric fence, a gin trap or a snare. */
const TRAP =
  '(?:(?:私拉|私设|私接|乱拉|架设|拉设|安装|设置)(?:高压)?(?:电网|电猫)|(?:投放|布设|安放|放置|下|设置)(?:捕兽夹|兽夹|猎夹|猎套|钢丝套|地弓|地枪))';

export const SELF_HELP_TRAP_PATTERNS: readonly PatternRule[] = guardRules([
  {
    rule: 'legal.illegal',
    severity: 'warn',
    pattern: new RegExp(`${ADVISED}${GAP}${TRAP}`, 'g'),
    message: '私拉电网、安放捕兽夹等防范方式违法且危及人身安全，不能作为建议发布',
  },
]);
