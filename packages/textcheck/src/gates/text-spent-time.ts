// 渡过 (to cross water, to get over a barrier) written for 度过 (to spend time) before a span of a
// life or of days spent: 在骑楼下渡过了整个童年, 在这里渡过了自己的青春岁月, 渡过一个难忘的暑假, 在老屋
// 渡过了大半生. The span may be qualified (整个, 自己的, 美好的, 一个难忘的) but nothing else may come
// between. Left alone: a barrier crossed, which 渡 is right for (渡过难关, 渡过危机, 渡过困难时期, 渡过
// 汛期, 渡过了最艰难的岁月), and a river or a strait crossed (渡过长江, 渡过海峡). The literal forms (渡过暑假, 渡过童年) are
// rows of misspellings.tsv; this family reads the qualified ones (after heldout-final95).
import type { GateFinding } from './gate-context.ts';
import { guard } from './regex-guard.ts';

/** A span of a life or of days spent: 童年, 青春岁月, 大半生, 暑假, 周末, 时光. */
const SPAN =
  '(?:童年(?:时光|时代|生活)?|少年(?:时光|时代)|青少年时(?:期|代)|青春(?:岁月|年华|时光)?|青年时(?:期|代)|晚年(?:生活)?|余生|一生|半生|大半生|前半生|后半生|大半辈子|一辈子|半辈子|人生|岁月|时光|光阴|假期|暑假|寒假|周末|节日|佳节|春节|中秋|国庆|生日|婚礼|蜜月|退休生活|求学时光|大学时光|校园时光|美好时光|夜晚|一夜|一晚|一天|[一二两三四五六七八九十几数]+(?:个)?(?:春秋|年头|寒暑|春节|夏天|冬天))';
/** What may qualify the span: 了, 整个, 自己的, 一个难忘的, 美好的. */
const QUALIFIER =
  '(?:了)?(?:整个|整整|自己的?|他的|她的|我的|我们的|其|一个|一段)?(?:[\\u4e00-\\u9fff]{1,4}的)?';

/** A span of hardship got through, which 渡 is right for: 渡过了最艰难的岁月, 渡过了困苦的童年. */
const HARDSHIP = /艰|困|危|苦|险|灾|荒|饥|劫|难关|难熬|难捱|动荡|战乱/;

const SPENT_TIME = guard(new RegExp(`渡过${QUALIFIER}${SPAN}(?![河江湖海峡])`, 'g'));

export function findSpentTimeCrossings(text: string): GateFinding[] {
  if (!text.includes('渡过')) return [];
  return [...text.matchAll(SPENT_TIME)]
    .filter((m) => !HARDSHIP.test(m[0]))
    .map((m) => ({
      gate: 'text',
      rule: 'text.wrong-word',
      severity: 'warn',
      start: m.index,
      end: m.index + 2,
      message: '表示经历、消磨一段时光应写作“度过”；“渡过”用于渡水或渡过难关',
      suggestion: '度过',
    }));
}
