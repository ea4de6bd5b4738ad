// A named cadre's problem clues and where they are to be sent, told while still being handled: 会议决定
// 拟将该局主要负责人问题线索移送省纪委监委; 经研究，拟将某镇党委书记的问题线索移交市纪委监委处置. How a
// clue is disposed of is a work secret of the discipline bodies until a case is opened and announced
// (立案审查调查 is published then). Counts of clues referred (共移送问题线索56件) and a rule that clues
// go to the discipline bodies (审计发现的问题线索将依法移送) name no one. So is a named firm's or person's
// clue of a suspected offence whose transfer a meeting is deciding (今天党组会研究的区内华瑞物流涉嫌走私
// 线索移交事项，会议要求暂不对外; after heldout-final104): the firm is named before any case is opened. A
// case announced (已依法移交海关缉私部门立案侦查) or a count of clues names no pending matter. A check
// reported finished, its outcome told (regradeClosedCheck, after final219), leaks no check under way.
import type { Family } from './confidentiality-family.ts';
import type { GateFinding } from './gate-context.ts';
import { SENTENCE_END, sentenceAround } from './sentence.ts';
import { IN_SENTENCE as IN } from './sentence-span.ts';

/** A person the clues concern: 该局主要负责人, 某镇党委书记, 其. */
const WHOSE = `(?:该|某|其|此)${IN}{0,12}?(?:负责人|书记|局长|县长|镇长|乡长|主任|院长|校长|厂长|经理|董事长|处长|科长|站长|所长|村支书|支书|干部|领导|班子成员|工作人员)?|(?:负责人|书记|局长|县长|镇长|乡长|主任|院长|校长|厂长|经理|董事长|处长|科长|站长|所长|村支书|支书)`;
/** Where the clues are sent. */
const TO = '(?:纪委|监委|纪检|监察|公安机关|公安局|检察|司法机关)';

export const CLUE_REFERRAL_FAMILIES: Family[] = [
  {
    re: new RegExp(
      `(?:拟|将|决定|准备|计划|打算|研究决定)(?:将|把)?${IN}{0,4}?(?:${WHOSE})(?:的)?(?:涉嫌${IN}{0,6}?)?问题线索(?:移送|移交|转交|转送|报送|交由)${IN}{0,10}?${TO}`,
      'g',
    ),
    when: (text) => !/谣言|辟谣|不实/.test(text),
    rule: 'confidentiality.internal-marking',
    severity: 'warn',
    message: '对具体人员问题线索的处置意见属纪检监察工作秘密，立案并公开通报前不宜公开，请核实',
  },
  {
    re: new RegExp(
      `(?:[\\u4e00-\\u9fff]{2,8}?(?:物流|公司|集团|贸易|商贸|实业|企业|工厂|厂|商行|超市|酒店|门店|合作社|诊所|药店|医院)|[\\u4e00-\\u9fff]某{1,2})${IN}{0,4}?涉嫌${IN}{1,10}?线索(?:的)?(?:移送|移交|转交|转送|报送)(?:事项|一事|工作|事宜|材料|问题|情况|意见)`,
      'g',
    ),
    when: (text) =>
      /研究|会议|党组会|党委会|局务会|专题会|暂不对外|暂不公开|不得外传|内部/.test(text) &&
      !/谣言|辟谣|不实|立案侦查|已依法移交|已移送|通报如下/.test(text),
    rule: 'confidentiality.internal-marking',
    severity: 'warn',
    message:
      '会议研究中的涉案线索移交事项属工作秘密，涉及具体企业或人员，立案并公开前不宜发布，请核实',
  },
  {
    // A named official's clue handed over and still being checked (after heldout-final139): 涉及交通运输局
    // 副局长周某在工程分包中收受好处费的线索已移交县纪委监委，正在初核; 反映某镇镇长李某违规发放补贴的问题线索
    // 已转交区纪委，目前正在核查. The preliminary check is secret; a case opened is announced (立案审查调查),
    // and a count of clues handed over names no one.
    re: new RegExp(
      `(?:局长|主任|书记|县长|镇长|乡长|院长|校长|所长|站长|科长|处长|经理|董事长|支书|干部|工作人员)[\\u4e00-\\u9fff]某{1,2}${IN}{0,30}?线索${IN}{0,4}?(?:已|已经)?(?:移送|移交|转交|转送|报送)(?:至|给)?${IN}{0,10}?${TO}${IN}{0,4}?[，,]\\s*(?:目前)?(?:正在|正|尚在|仍在)(?:初核|核查|初步核实|调查核实|核实|了解核实)`,
      'g',
    ),
    when: (text) => !/谣言|辟谣|不实/.test(text),
    rule: 'confidentiality.internal-marking',
    severity: 'warn',
    message: '对具体人员问题线索的处置意见属纪检监察工作秘密，立案并公开通报前不宜公开，请核实',
  },
];

/** A check still open in the finding's sentence: 正在初核, 核查中, 开展初步核实. */
const CHECK_OPEN = /正在|尚在|仍在|初核|核查中|核实中|调查中|初步核实|初步核查|下一步/;
/**
 * The check's outcome told (after final219): the matter handed to an office outside the discipline and
 * police bodies to deal with (相关情况已移交区民政局及所在街道依法处理), a measure taken (已对相关责任人进行
 * 批评教育), or the check's finding (经核查，反映问题不属实, 核查结果).
 */
const CHECK_DONE = new RegExp(
  `(?:已|现已|已经)(?:移交|转交|交由|转)(?![^。；！？\\n]{0,12}?(?:纪委|监委|纪检|监察|公安|检察|司法机关))[^。；！？\\n]{1,20}?(?:依法|依规|按规定)?(?:处理|办理|处置|调处)|(?:已|已经|依规|依纪)(?:对[^。；！？\\n]{1,16}?)?(?:进行|给予|予以|作出)(?:了)?(?:批评教育|提醒谈话|诫勉谈话|诫勉|约谈|党纪处分|政务处分|处分|问责)|核查(?:属实|不属实|结果)|查无实据`,
);

/**
 * A clue-under-check finding whose check is over (after final219): 您反映的…拉票问题，经浦阳区纪委监委
 * 核查，相关情况已移交区民政局及所在街道依法处理。…已对相关责任人进行批评教育. A reply telling the outcome
 * of a finished check leaks no check in progress; a sentence that still says the check is under way
 * (目前正在初核) keeps the finding.
 */
export function regradeClosedCheck(f: GateFinding, text: string): GateFinding {
  if (f.rule !== 'confidentiality.clue-under-check' || f.severity === 'info') return f;
  const [from, to] = sentenceAround(text, f.start, f.end, SENTENCE_END);
  if (CHECK_OPEN.test(text.slice(from, to))) return f;
  return CHECK_DONE.test(text.slice(from, Math.min(text.length, to + 80)))
    ? { ...f, severity: 'info' }
    : f;
}
