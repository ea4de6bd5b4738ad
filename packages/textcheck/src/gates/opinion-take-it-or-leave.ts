// Pattern family of the opinion gate for a complaint answered with "take it or leave it" (after
// final195): 觉得待遇低，可以不报考嘛, 嫌贵可以不买呗, and the asker told others queue for what they
// complain of (想当老师的人多的是, 不想干有的是人干). A reply explains the terms; telling the asker to go
// away because they are easily replaced is contempt. A rule of choice (如不符合条件，可不报考) has no
// 嘛 or 呗, and demand told as a fact (报名人数超过计划3倍) scorns no one. After final205 also the asker
// sent to another seller (嫌贵可以选择别家, 觉得不满意就去找别的商家) and told no one forces them (没人逼着
// 您买, 没有人求着你来): a choice the office offers (可选择节地生态葬) sends no one away.
import type { PatternRule } from './pattern-findings.ts';
import { guardRules } from './regex-guard.ts';

export const TAKE_IT_OR_LEAVE_PATTERNS: readonly PatternRule[] = guardRules([
  {
    rule: 'opinion.cold-reply',
    severity: 'warn',
    pattern:
      /(?:嫌|觉得|认为|感觉)[^。；！？\n，,]{1,10}[，,]\s*(?:那|那就)?(?:就|可以|大可|完全可以|尽管|大可以)(?:不|别)[\u4e00-\u9fff]{1,4}?(?:嘛|呗)|(?:想|愿意|抢着|排队)[\u4e00-\u9fff]{1,8}?的人(?:多的是|多得是|有的是|一抓一大把|多了去了)|(?:不想|不愿意?|不)(?:干|来|做|考)[，,]?(?:有的是|多的是|多得是)(?:人)/g,
    message: '以“可以不报考嘛”“想干的人多的是”回应诉求，态度生硬傲慢，应回应关切',
  },
  {
    rule: 'opinion.cold-reply',
    severity: 'warn',
    pattern:
      /(?:嫌|觉得|认为|感觉)[^。；！？\n，,]{1,10}?(?:的话)?[，,]?\s*(?:那|那就)?(?:就|可以|大可|完全可以|尽管|大可以)(?:去)?(?:选择|换|找|去|买)(?:一家|个)?(?:别家|别处|别的(?:地方|商家|店|单位|公司|家)|其他(?:地方|商家|店|单位|公司|家)|其它(?:地方|商家|家))|没(?:有)?人(?:逼|强迫|求|拦)着?(?:您|你|你们)(?:买|来|办|选|去|用|住|报|签|交|考)?/g,
    message: '以“嫌贵可以选择别家”“没人逼着您买”回应诉求，态度生硬傲慢，应回应关切',
  },
]);
