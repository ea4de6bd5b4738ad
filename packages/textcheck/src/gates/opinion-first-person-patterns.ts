// The opinion gate's personal views (opinion.first-person): a stance or a belief in the first person
// (我看悬, 我觉得) and a view dismissed in the account's own voice (根本站不住脚).
import type { PatternRule } from './pattern-findings.ts';

/** A stance in the first person: 我看悬, 一百个不赞成, 我坚决不同意. */
export const PERSONAL_STANCE: PatternRule = {
  rule: 'opinion.first-person',
  severity: 'warn',
  pattern:
    /(?<!自)我看(?:是|不是|啊|呀|未必|悬|没戏|够呛|行|不行)(?=[。！？，,!?]|$)|(?:一百个|一万个|一千个)(?:不|没)?(?:赞成|同意|放心|满意|看好|支持|服气|愿意)|(?<!自)我(?:是|就是|真的|也)?(?:坚决|非常|十分|真心|实在)?(?:不赞成|不同意|不看好|看不惯|瞧不上)/g,
  message: '个人观点表述，政务新媒体不得发布个人观点',
};

/** A belief in the first person: 我觉得, 小编认为, 笔者以为, 本人搞不懂. */
export const PERSONAL_BELIEF: PatternRule = {
  rule: 'opinion.first-person',
  severity: 'warn',
  pattern:
    /(?<!自)(?:我|小编|本人|笔者|俺)(?:个人|真心|倒|还是|就|只|真的|也|实在|一直){0,2}(?:觉得|认为|以为|感觉|寻思|想说|只想说|不明白|搞不懂|就纳闷)/g,
  message: '个人观点表述，政务新媒体不得发布个人观点',
};

/**
 * A view dismissed as baseless in the account's own voice: 根本站不住脚, 压根不值一驳, 完全是胡搅蛮缠
 * (not negated: 也不是纯粹无理取闹).
 */
export const VIEW_DISMISSED: PatternRule = {
  rule: 'opinion.first-person',
  severity: 'warn',
  pattern:
    /(?<!不是|并非|并不是|并不|不)(?:根本|压根|完全|纯属|纯粹|简直)(?:就)?(?:是)?(?:站不住脚|不值一驳|胡搅蛮缠|无理取闹|强词夺理|一派胡言|胡说八道|无稽之谈)/g,
  message: '以个人口吻评判他人观点，政务新媒体不得发布个人观点',
};
