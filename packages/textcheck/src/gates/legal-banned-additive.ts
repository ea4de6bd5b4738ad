// A banned additive advised: a post or reply telling farmers, cooks or sellers to put a substance the
// law forbids into feed, food or fish ponds (育肥猪后期可在饲料中适量添加瘦肉精; 腌菜时加点硼砂更脆;
// 鱼塘可用孔雀石绿消毒; 用苏丹红给咸鸭蛋上色). 瘦肉精 (clenbuterol, ractopamine, salbutamol), 苏丹红,
// 三聚氰胺, 孔雀石绿, 吊白块, 硼砂 and 工业明胶 are banned from feed and food outright (饲料和饲料添加剂
// 管理条例, 食品安全法 第三十四条); advice to use them invites an offence (刑法 第一百四十四条). What it
// leaves: a ban or a case report (严禁在饲料中添加瘦肉精, 查处一起添加瘦肉精案: the mention regrade),
// a test for them (开展瘦肉精专项检测) and the words alone.
import type { PatternRule } from './pattern-findings.ts';
import { guardRules } from './regex-guard.ts';
import { IN_SENTENCE as IN } from './sentence-span.ts';

/** Substances banned from feed and food whatever they are put in. */
const BANNED = '(?:瘦肉精|莱克多巴胺|苏丹红|三聚氰胺|吊白块|工业明胶|硝基呋喃)';
/**
 * Substances with lawful uses elsewhere — clenbuterol and salbutamol treat asthma (吸入沙丁胺醇气雾剂),
 * borax kills cockroaches, malachite green treats ornamental fish — that count only when feed, food or
 * a fish farm is named in the sentence before the substance.
 */
const CONTEXTUAL = '(?:盐酸克伦特罗|克伦特罗|沙丁胺醇|硼砂|孔雀石绿)';
const FOOD_OR_FEED =
  '(?:饲料|精料|料里|料中|饲草|饮水|猪|牛|羊|禽|育肥|出栏|鱼塘|池塘|水产|养殖|鱼苗|虾|蟹|食品|腌|面条|米粉|凉粉|粽子|肉丸|油条|馒头|食材|咸菜|豆腐|米浆|凉皮|粉皮|米皮|面皮|年糕|糍粑|丸子|卤水)';
/** Advice: may, should, a measured amount. */
const ADVICE = '(?:可|可以|能|适量|少量|适当|建议|最好|不妨|记得|需要|要)';
/** What the substance is said to do for the seller: the advice told by its gain (瘦肉率高, 更筋道). */
const GAIN =
  '(?:更|越|就|会(?!损|伤|导致|引起|造成|危害)|(?<!可)能|瘦肉率|卖相|给价|筋道|脆|鲜亮|好看|口感|保鲜|不坏|不断|色泽)';
/** Putting it in or using it on. */
const ADD = '(?:添加|加入|拌入|掺入|混入|加点|加些|加一点|加|拌|掺|喂|使用|用|泼洒|泼)';

export const BANNED_ADDITIVE_PATTERNS: readonly PatternRule[] = guardRules([
  {
    rule: 'legal.illegal',
    severity: 'warn',
    pattern: new RegExp(
      `(?<![严禁止不得准许勿])(?:${ADVICE}${IN}{0,10}?${ADD}${IN}{0,4}?${BANNED}|(?<=${FOOD_OR_FEED}${IN}{0,24}?)${ADVICE}${IN}{0,10}?${ADD}${IN}{0,4}?${CONTEXTUAL}|${ADVICE}(?=${IN}{0,10}?${FOOD_OR_FEED})${IN}{0,10}?${ADD}${IN}{0,4}?${CONTEXTUAL})(?!${IN}{0,4}?(?:检测|筛查|快检|试纸|超标))`,
      'g',
    ),
    message: '建议在饲料、食品或养殖中使用瘦肉精、苏丹红等违禁物质，涉嫌违法',
  },
  {
    // Told by its gain rather than by a word of advice (after heldout-final120): 往饲料里拌一点“肉多多”
    // （瘦肉精），瘦肉率高; 米浆里加一小撮硼砂，蒸出来的凉皮更筋道.
    rule: 'legal.illegal',
    severity: 'warn',
    pattern: new RegExp(
      `(?<![严禁止不得准许勿]|违规|违法|非法)${ADD}${IN}{0,10}?(?:${BANNED}|(?<=${FOOD_OR_FEED}${IN}{0,24}?)${CONTEXTUAL})[）)”"]?[，,]${IN}{0,8}?${GAIN}${IN}{0,8}`,
      'g',
    ),
    message: '建议在饲料、食品中使用瘦肉精、硼砂等违禁物质，涉嫌违法',
  },
]);
