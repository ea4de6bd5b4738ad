// Pattern family of the opinion gate for a base motive imputed to the public in the account's voice
// (after final195 and final196): people who complain or protest said to be after money (说到底就是想多
// 要钱, 无非是想讹点赔偿), and people's efforts for a place or a benefit mocked as scheming and answered
// with condescending advice (可谓费尽心机，奉劝还是把心思多放在孩子身上). A post may report a demand
// (患者家属要求赔偿) or warn of fraudsters (骗子无非是想骗取您的钱财); it may not sneer at the public's
// motives. Quoted and reported words only inform (the gate's regradeReported).
import type { PatternRule } from './pattern-findings.ts';
import { guardRules } from './regex-guard.ts';

/** Efforts called scheming: 费尽心机, 挖空心思, 处心积虑. */
const SCHEMING = '(?:费尽心机|挖空心思|煞费苦心|机关算尽|处心积虑|费尽心思)';

export const MOTIVE_PATTERNS: readonly PatternRule[] = guardRules([
  {
    // Money as the real motive: 说到底就是想多要钱, 说白了还不是为了多拿补偿, 无非是想讹点赔偿.
    rule: 'opinion.sarcasm',
    severity: 'warn',
    pattern:
      /(?:说到底|说白了|归根结底|归根到底|无非|还不是)(?:就|也)?(?:是|都是)?(?:想|为了|图)(?:多要|多拿|多讹|讹|多赔|要|多弄)(?:点|些|几个)?(?:钱|赔偿金?|补偿款?|赔偿款|好处费?)/g,
    message: '揣测群众“就是想多要钱”，贬损群众诉求，应客观陈述',
  },
  {
    // Scheming mocked, then advice from above: 可谓费尽心机，奉劝还是把心思多放在孩子身上; 真是挖空心思，
    // 劝各位还是把精力用在正道上. Scheming told of a crime (犯罪分子费尽心机，终被抓获) advises no one.
    rule: 'opinion.sarcasm',
    severity: 'warn',
    pattern: new RegExp(
      `${SCHEMING}[^。；！？\\n]{0,6}?[，,]\\s*(?:奉劝|劝)[^。；！？\\n]{0,12}?(?:心思|精力|功夫|工夫|心)(?:多)?(?:放在|用在|花在)[^。；！？\\n]{0,10}`,
      'g',
    ),
    message: '讥讽群众“费尽心机”并居高临下地“奉劝”，语气不当，应依规答复',
  },
]);
