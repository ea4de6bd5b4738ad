// Who said what at an internal meeting that decided nothing: 张镇长提出每平方米补偿2800元，分管副镇长
// 认为标准偏高, while 会议未形成一致意见，待下次会议继续研究. The members' positions on a matter still
// open are a work secret: the public may learn the decision, not the debate before it. A meeting that
// decided (会议研究同意), the views of deputies and members at a people's congress or a political
// consultative conference (published on purpose), a public hearing and a mediation tell nothing early.
// A leader's dissent at a closed meeting (分管副市长对…提出不同意见) stays secret even once it decided,
// and so does a reviewer's stand in an award or a bid review (评委李建国对该项目的创新性提出了异议).
import type { Family } from './confidentiality-family.ts';

/** A member of the meeting by office, or unnamed: 张镇长, 分管副镇长, 财政所所长, 有的同志, 也有人. */
const MEMBER =
  '(?:书记|镇长|乡长|县长|区长|市长|局长|厅长|处长|主任|所长|站长|科长|组长|部长|院长|校长|主席|经理|负责人|领导|同志|常委|委员|班子成员|有的|也有人|还有人)';
/** A member's masked name after the office: 分管副县长周某, 局长王某某. */
const NAMED = '[\\u4e00-\\u9fff]某{1,2}';
/** Members told to disagree: 分歧较大, 争执不下. */
const SPLIT = '(?:分歧较大|存在(?:较大)?分歧|产生分歧|争执不下|各执一词|意见不一|争论激烈)';
/** A position taken: 提出, 认为, 主张, 坚持, 反对 (not 强调 or 表示, which any report of a speech uses). */
const POSITION = '(?:提出|认为|主张|坚持|建议|反对|质疑|担心|倾向于?)';
/** An internal meeting. */
const MEETING =
  /会议|会上|联席会|常务会|党委会|党组会|党工委会|办公会|班子会|碰头会|专题会|(?:研究|讨论|审议)时/;
/** The meeting left the matter open. */
const UNDECIDED =
  /未(?:能)?形成(?:一致意见|决议|决定|共识|统一意见)|未(?:能)?达成(?:一致|共识)|没有(?:形成|达成)(?:一致|共识|决议|决定)|意见(?:不一|不统一|分歧)|存在(?:较大)?分歧|分歧较大|争议较大|未能统一|待下次会议|下次会议(?:继续|再)|择期再议|留待下次|暂缓(?:决定|表决|研究)/;
/** Public by design: a congress or conference's deliberation, a hearing, a mediation. */
const PUBLIC_DEBATE = /人大|政协|代表|听证|调解|辩论赛|座谈/;

/** A leader at a closed meeting (not 负责人 or 有人, who may be a firm's or a citizen). */
const LEADER =
  '(?:书记|镇长|乡长|县长|区长|市长|州长|省长|局长|厅长|主任|常委|班子成员|分管领导|主要领导|副职)';
/** A closed meeting of a party or government body. */
const CLOSED_MEETING =
  /常务会|常委会|党组会|党委会|党工委会|办公会|班子会|碰头会|专题会议|(?:研究|讨论|审议)时|会议上|会上/;

/** Members counted, not named: 3名委员, 两位党委委员, 1名班子成员. */
const COUNTED_MEMBERS =
  '(?:[0-9０-９一二三四五六七八九十两]+(?:名|位|个)|部分|个别|少数)(?:党委|党组|支委)?(?:委员|常委|成员|班子成员|同志|参会人员|与会人员)';

/** Some of the members, unnamed: 有同志, 部分委员, 个别常委. */
const SOME_MEMBERS = '(?:有的?|部分|个别|少数|多数|一些)(?:同志|委员|常委|成员|班子成员|领导)';
/** The other side: 也有同志, 另有委员, 还有成员. */
const OTHER_MEMBERS = '(?:也有|另有|还有|另一些|其他)(?:的)?(?:同志|委员|常委|成员|领导|人)';

export const MEETING_POSITION_FAMILIES: Family[] = [
  {
    // A member's position, to the end of its clause: 张镇长提出每平方米补偿2800元, 分管副镇长认为标准
    // 偏高, also with the member's name after the office (分管副县长周某坚持暂缓); and members told to
    // disagree (县发改局与财政局负责人意见分歧较大, 两位副镇长争执不下, 常委王某与李某意见分歧较大), each
    // then by masked name alone at a clause's start (，王某认为…过高, 李某则坚持不低于7200元). The name or
    // title before the office word joins the finding.
    re: new RegExp(
      `${MEMBER}(?:${NAMED})?${POSITION}[^。；！？\\n，,]{2,30}|${MEMBER}(?:之间|双方|二人|两人)?(?:的)?(?:意见|看法)?${SPLIT}|${MEMBER}${NAMED}(?:与|和|同)(?:副)?(?:${MEMBER})?${NAMED}(?:之间|双方|二人|两人)?(?:的)?(?:意见|看法)?${SPLIT}|(?<=[，,；;]\\s{0,2})${NAMED}(?:则|也|却|还)?${POSITION}[^。；！？\\n，,]{2,30}`,
      'g',
    ),
    widenLeft: /[\u4e00-\u9fff]{1,6}$/,
    when: (text) => MEETING.test(text) && UNDECIDED.test(text) && !PUBLIC_DEBATE.test(text),
    rule: 'confidentiality.internal-marking',
    severity: 'warn',
    message: '会议尚未形成决定，参会人员的不同意见属工作秘密，不宜公开发布，请核实',
  },
  {
    // A leader's dissent at an internal meeting, whatever it decided: 分管副市长对项目环评风险提出不同
    // 意见, 王书记在会上明确反对, 两名常委投了反对票, 有3名委员对该人选投了反对票. Who opposed what in a closed meeting is a work
    // secret even once the meeting has decided; a public debate (人大, 政协, 听证, 座谈) is not closed.
    re: new RegExp(
      `${LEADER}(?:在会上|会上)?(?:对|就|针对)?[^。；！？\n，,]{0,16}?(?:提出|表达|发表|持)(?:了)?(?:不同意见|反对意见|异议|保留意见|不同看法)|${LEADER}[^。；！？\n，,]{0,6}?(?:投了?反对票|投了?弃权票|明确(?:表示)?反对|表示反对|坚决反对|不同意)|${COUNTED_MEMBERS}[^。；！？\n，,]{0,8}?投(?:了)?(?:反对|弃权)票`,
      'g',
    ),
    widenLeft: /[\u4e00-\u9fff]{1,6}$/,
    when: (text) => CLOSED_MEETING.test(text) && !PUBLIC_DEBATE.test(text),
    rule: 'confidentiality.internal-marking',
    severity: 'warn',
    message: '内部会议上领导成员的不同意见、反对意见属工作秘密，不宜公开发布，请核实',
  },
  {
    // Members split at a closed meeting, told side against side even once it decided: 会上，有同志认为
    // 预警发布偏早…，也有同志坚持应提前发布; 部分委员主张缓建，另有委员反对. A single view reported
    // (有同志建议加强宣传) shows no split; a public debate (人大, 政协, 座谈) is not closed.
    re: new RegExp(`${SOME_MEMBERS}${POSITION}[^。；！？\\n，,]{2,30}`, 'g'),
    when: (text) =>
      CLOSED_MEETING.test(text) &&
      !PUBLIC_DEBATE.test(text) &&
      new RegExp(`${SOME_MEMBERS}${POSITION}[^。；！？\\n]{2,40}?${OTHER_MEMBERS}${POSITION}`).test(
        text,
      ),
    rule: 'confidentiality.internal-marking',
    severity: 'warn',
    message: '内部会议上成员之间的分歧意见属工作秘密，不宜公开发布，请核实',
  },
  {
    // A reviewer's stand in an award, a bid or a title review, told with who took it (after final170):
    // 评审中评委李建国对该项目的创新性提出了异议, 两名评标专家投了反对票, 评审专家王某给出最低分. Reviewers'
    // opinions and scores are kept secret (科学技术奖励 and 评标 rules), so that no reviewer is pressed;
    // the result (拟奖项目名单, 中标候选人) and the review's procedure are public, and so is an objection
    // the public may raise during the notice (对公示项目有异议的，可在公示期内提出).
    re: /(?<![向给])(?:评委(?!会)|评审专家|评审委员(?!会)|评标专家|专家组成员|评审组成员|评议组成员|答辩委员(?!会)|评审组专家)(?:(?!办|会|室|处)[\u4e00-\u9fff]){0,4}?(?:在评审中|在评审时|在会上)?(?:对[^。；！？\n，,]{1,20}?)?(?:提出(?:了)?(?:异议|质疑|反对意见|不同意见)|投(?:了)?(?:反对|否决)票|持(?:反对|保留)意见|表示反对|明确反对|打(?:了|出)?(?:最)?低分|给出?(?:了)?(?:最)?低分)/g,
    when: (text) => /评审|评标|评选|评议|答辩|评奖/.test(text),
    rule: 'confidentiality.internal-marking',
    severity: 'warn',
    message: '评审专家的个人评审意见、投票和打分属评审秘密，不宜公开发布，请核实',
  },
  {
    // The vote count of a closed meeting: 局党组会…最终以5票赞成、3票反对获得通过; 镇党委会表决，4票
    // 赞成，3票反对. How many members opposed is the debate's outcome told member by member; the vote of
    // a people's congress or a villagers' assembly (人大常委会会议以48票赞成…表决通过) is public by design.
    re: /[0-9０-９一二三四五六七八九十]+票(?:赞成|同意)[、，,]?\s*(?:[0-9０-９一二三四五六七八九十]+票(?:反对|弃权|不同意)[、，,]?\s*){1,2}(?:(?:获得?|予以|表决)?通过)?|[0-9０-９一二三四五六七八九十]+票(?:反对|不同意)[、，,]?\s*[0-9０-９一二三四五六七八九十]+票(?:赞成|同意)/g,
    widenLeft: /以$/,
    when: (text) => CLOSED_MEETING.test(text) && !PUBLIC_DEBATE.test(text),
    rule: 'confidentiality.internal-marking',
    severity: 'warn',
    message: '内部会议的表决票数（赞成、反对情况）属工作秘密，不宜公开发布，请核实',
  },
];
