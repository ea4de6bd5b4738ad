// A meeting's provisional leaning on a matter it has not decided, told with its figure: 会议对征收补偿
// 标准存在较大分歧，初步倾向每平方米下调200元，待县委常委会研究后再定; 倾向于将票价上调至3元，尚未形成
// 决定; 初步意向是按每亩5万元补偿，报县政府审定. What a body leans to before it decides is a work secret:
// told early it sets the figure the public will hold it to. The decision once taken (会议决定, 研究同意),
// a hearing or a draft put out for comment, and a trade fair's 意向订单 or 意向金额 (a count of deals,
// no leaning) are not matched. So is a leaning on a school's merger or a market's move told while the
// body has not decided (倾向于明年秋季将长岭小学并入镇中心小学，但尚未最终决定).
import type { Family } from './confidentiality-family.ts';
import { IN_SENTENCE as IN } from './sentence-span.ts';

/** A sum, a price or a rate: 200元, 2.5元, 5万元, 3%. */
const FIGURE = '[0-9０-９]+(?:[.．][0-9０-９]+)?(?:万|亿)?(?:元|角|%|％|个百分点)';
/** The matter still open: 待…研究后再定, 尚未形成决定, 存在分歧, 报…审定. */
const UNDECIDED =
  /(?:待|等|留待|提交|提请|报|报请|上报)[^。；！？\n]{0,16}?(?:研究|审议|审定|审批|批准|决定|定夺|讨论|再议)(?:后)?(?:再定|再议|确定|决定|定夺)?|(?:尚未|还未|未能?|没有)(?:形成|作出|达成)(?:最终|一致|正式)?(?:的)?(?:意见|决定|结论|决议|共识)|存在(?:较大|明显)?分歧|意见(?:不一|不统一|分歧)|另行研究|暂不(?:决定|表决)|不对外公开|仅供内部/;
/** Public by design: a hearing, a draft for comment, a congress, a decision announced. */
const PUBLIC = /听证|征求意见|公开征求|人大|政协|现予公布|特此公告|正式实施/;

/** A change to a school, a market or a village that a body leans to: 并入, 撤并, 搬迁至, 关停. */
const CHANGE =
  '(?:并入|撤并|合并|撤销|迁至|迁往|搬迁至?|关停|关闭|拆除|划入|划归|调整为|改建为|停办)';
/** Not decided, or kept from the public: 尚未最终决定, 还没有最终确定, 请暂不要对外宣传, 请勿外传. */
const NOT_FINAL =
  /(?:尚未|还未|还没有?|暂未|并未)(?:最终|正式)?(?:决定|确定|定案|敲定|拍板|形成决定|作出决定)|(?:暂|暂时|请勿|切勿|不要|暂不要|先不要)(?:不要)?(?:对外)?(?:宣传|公开|公布|外传|透露|扩散)|不对外公开|仅供内部/;

export const MEETING_LEANING_FAMILIES: Family[] = [
  {
    // A leaning on a school's merger, a market's move or a plant's closure, told while the body has not
    // decided (局务会初步研究，倾向于明年秋季将长岭小学并入镇中心小学，但尚未最终决定，请您暂不要对外宣传).
    // A decision announced (研究决定，将…并入), a parent's or a resident's leaning (多数家长倾向于…) and a
    // plan put out for comment are not matched.
    re: new RegExp(
      `(?:初步|基本|总体|多数意见)?倾向(?:于|性意见(?:是|为))?(?:在|于)?${IN}{0,10}?(?:将|把|对)${IN}{1,16}?${CHANGE}${IN}{0,12}?(?=[，,。；！？\\n]|$)`,
      'g',
    ),
    when: (text) => NOT_FINAL.test(text) && !PUBLIC.test(text),
    acceptAt: (text, start) =>
      !/(?:家长|居民|村民|群众|网友|市民|学生|业主)[^。；！？\n]{0,6}$/.test(
        text.slice(Math.max(0, start - 12), start),
      ),
    rule: 'confidentiality.internal-marking',
    severity: 'warn',
    message: '撤并、搬迁等事项尚未决定，其研究中的倾向性意见属工作秘密，不宜提前公开，请核实',
  },
  {
    re: new RegExp(
      `(?:初步|基本|总体|多数)?(?:倾向(?:于|性意见(?:是|为))?|意向(?:是|为))(?:将|把|按|按照|以)?${IN}{0,16}?(?:每[\\u4e00-\\u9fff]{1,3})?(?:上调|下调|提高|降低|调整为|调至|定为|补偿|核定)?${IN}{0,4}?${FIGURE}`,
      'g',
    ),
    when: (text) => UNDECIDED.test(text) && !PUBLIC.test(text),
    rule: 'confidentiality.internal-marking',
    severity: 'warn',
    message: '会议尚未作出决定，其初步倾向及拟定数额属工作秘密，不宜提前公开，请核实',
  },
];
