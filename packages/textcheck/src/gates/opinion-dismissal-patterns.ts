// Replies that wave a fault away or wish harm in mockery: the misconduct the office has just found
// made light of with a rhetorical 怎么了 (教练骂两句怎么了？严师出高徒嘛; 说了几句又怎么了; 推一下能
// 怎么了), and people who ignore a warning left to 达尔文 or natural selection (那就只能让达尔文来教他做人
// 了; 这是在冲击达尔文奖; 就让自然选择来淘汰他们吧) — the reader's death told as a joke. A question
// a parent asks (孩子被老师骂了两句怎么办) and Darwin as a scientist (达尔文提出了进化论, 达尔文奖的由来)
// are neither. Quoted and reported words only inform (the gate's regradeReported).
import type { PatternRule } from './pattern-findings.ts';
import { guardRules } from './regex-guard.ts';

/** A harsh act counted small: 骂两句, 说几句, 推一下, 打两下. */
const SMALL_ACT =
  '(?:骂|说|吼|凶|训|呵斥|批评|打|推|踢|拍)(?:了|他|她|你|学员|学生|孩子)?(?:两句|几句|一句|两下|几下|一下)';

export const DISMISSAL_PATTERNS: readonly PatternRule[] = guardRules([
  {
    rule: 'opinion.sarcasm',
    severity: 'warn',
    pattern: new RegExp(
      `${SMALL_ACT}(?:又|能|还能|就)?怎么(?:了|样)(?:[？?]\\s*(?:严师出高徒|打是亲|骂是爱|玉不琢不成器|棍棒底下出孝子)[嘛吧啊呀]?)?`,
      'g',
    ),
    message: '以反问为不当行为开脱，轻慢投诉群众，语气不当',
  },
  {
    rule: 'opinion.sarcasm',
    severity: 'warn',
    pattern:
      /(?:让|由|交给|请)达尔文(?:来|去)?(?:教|收|收拾|管)(?:他|她|他们|她们|这些人|这种人|这类人)?(?:做人)?|(?:冲击|角逐|争夺|竞争|提名|颁发?给?|获得?|荣获|领取|申请)(?:今年的?|年度)?达尔文奖|(?:让|由|交给)(?:大)?自然(?:选择|法则)?(?:来|去)?(?:淘汰|收拾|收了|收走)(?:他|她|他们|她们|这些人|这种人|这类人)/g,
    message: '以“达尔文”“自然淘汰”调侃他人伤亡，冷漠嘲讽，语气不当',
  },
]);
